import { MigrationInterface, QueryRunner } from 'typeorm';

export class IntakeStarted1796561297926 implements MigrationInterface {
  name = 'IntakeStarted1796561297926';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "athlete" ADD "intake_started_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "athlete" DROP COLUMN "intake_started_at"`);
  }
}
