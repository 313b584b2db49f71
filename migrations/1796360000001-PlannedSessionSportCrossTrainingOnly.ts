import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sport is for cross-training only: a run, strength session, race or rest day has none. The API has refused
 * one since the sport came (SPORT_NOT_CROSS_TRAINING); a row written around it loses the sport here.
 */
export class PlannedSessionSportCrossTrainingOnly1796360000001 implements MigrationInterface {
  name = 'PlannedSessionSportCrossTrainingOnly1796360000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "planned_session" SET "sport" = NULL WHERE "sport" IS NOT NULL AND "kind" <> 'CROSS_TRAINING'`,
    );
    await queryRunner.query(
      `ALTER TABLE "planned_session" ADD CONSTRAINT "CHK_planned_session_sport_cross_training" CHECK ("sport" IS NULL OR "kind" = 'CROSS_TRAINING')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "planned_session" DROP CONSTRAINT "CHK_planned_session_sport_cross_training"`,
    );
  }
}
