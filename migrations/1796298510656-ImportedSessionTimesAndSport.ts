import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportedSessionTimesAndSport1796298510656 implements MigrationInterface {
  name = 'ImportedSessionTimesAndSport1796298510656';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "logged_session" ADD "elapsed_seconds" integer`);
    await queryRunner.query(`ALTER TABLE "logged_session" ADD "moving_seconds" integer`);
    await queryRunner.query(`ALTER TABLE "logged_session" ADD "sport" character varying(64)`);
    await queryRunner.query(
      `ALTER TABLE "logged_session" ADD "sport_inferred" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "logged_session" DROP COLUMN "sport_inferred"`);
    await queryRunner.query(`ALTER TABLE "logged_session" DROP COLUMN "sport"`);
    await queryRunner.query(`ALTER TABLE "logged_session" DROP COLUMN "moving_seconds"`);
    await queryRunner.query(`ALTER TABLE "logged_session" DROP COLUMN "elapsed_seconds"`);
  }
}
