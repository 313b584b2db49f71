import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A zone prescription says which zone model it is of: Z2 of 3 (moderate, around threshold) and Z2 of 5 (easy
 * aerobic) are different sessions. `zone_scale` is 3 or 5 on a ZONE effort, null when the plan does not say
 * (every row before this migration) and always null on an RPE effort; interval efforts (JSON) carry `scale`
 * under the same rule.
 */
export class PlannedSessionZoneScale1796360000000 implements MigrationInterface {
  name = 'PlannedSessionZoneScale1796360000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "planned_session" ADD "zone_scale" smallint`);
    await queryRunner.query(
      `ALTER TABLE "planned_session" ADD CONSTRAINT "CHK_planned_session_zone_scale" CHECK ("zone_scale" IS NULL OR ("zone_scale" IN (3, 5) AND "effort_type" = 'ZONE'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "planned_session" ADD CONSTRAINT "CHK_planned_session_intervals_zone_scale" CHECK ("intervals" IS NULL OR ((("intervals"->'workEffort'->>'scale') IS NULL OR ("intervals"->'workEffort'->>'type' = 'ZONE' AND ("intervals"->'workEffort'->>'scale') IN ('3', '5'))) AND (("intervals"->'recoveryEffort'->>'scale') IS NULL OR ("intervals"->'recoveryEffort'->>'type' = 'ZONE' AND ("intervals"->'recoveryEffort'->>'scale') IN ('3', '5')))))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "planned_session" DROP CONSTRAINT "CHK_planned_session_intervals_zone_scale"`,
    );
    await queryRunner.query(`ALTER TABLE "planned_session" DROP CONSTRAINT "CHK_planned_session_zone_scale"`);
    // The interval efforts' scales go with the column: the schema before this migration knows no scale.
    await queryRunner.query(
      `UPDATE "planned_session" SET "intervals" = jsonb_set(jsonb_set("intervals", '{workEffort}', ("intervals"->'workEffort') - 'scale'), '{recoveryEffort}', ("intervals"->'recoveryEffort') - 'scale')
        WHERE "intervals" IS NOT NULL AND ("intervals"->'workEffort' ? 'scale' OR "intervals"->'recoveryEffort' ? 'scale')`,
    );
    await queryRunner.query(`ALTER TABLE "planned_session" DROP COLUMN "zone_scale"`);
  }
}
