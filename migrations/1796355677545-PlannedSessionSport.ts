import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlannedSessionSport1796355677545 implements MigrationInterface {
  name = 'PlannedSessionSport1796355677545';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."cross_training_sport" AS ENUM('BIKE', 'SWIM', 'OTHER')`);
    await queryRunner.query(`ALTER TABLE "planned_session" ADD "sport" "public"."cross_training_sport"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "planned_session" DROP COLUMN "sport"`);
    await queryRunner.query(`DROP TYPE "public"."cross_training_sport"`);
  }
}
