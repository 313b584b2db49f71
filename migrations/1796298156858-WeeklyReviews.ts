import { MigrationInterface, QueryRunner } from 'typeorm';

export class WeeklyReviews1796298156858 implements MigrationInterface {
  name = 'WeeklyReviews1796298156858';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."weekly_review_status" AS ENUM('PENDING', 'IN_PROGRESS', 'DONE', 'SNOOZED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "weekly_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "week_start" date NOT NULL, "status" "public"."weekly_review_status" NOT NULL, "snoozed_until" date, "engine_status" character varying(16) NOT NULL, "priority" integer NOT NULL, "days_since_contact" integer, "engine_version" character varying(64) NOT NULL, "input_digest" character(64) NOT NULL, "output" jsonb NOT NULL, "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "generation" integer NOT NULL DEFAULT '1', "completed_at" TIMESTAMP WITH TIME ZONE, "completed_by_user_id" uuid, "published_plan_id" uuid, CONSTRAINT "PK_0159d68eff64a0f38f3fa132cc2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_548daf54c06890ad5a523b6942" ON "weekly_review" ("published_plan_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_weekly_review_queue" ON "weekly_review" ("organization_id", "week_start", "priority", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_730873808dc2fbef58491eb0af" ON "weekly_review" ("athlete_id", "week_start") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."review_suggestion_state" AS ENUM('PROPOSED', 'APPLIED', 'EDITED_AND_APPLIED', 'DISMISSED', 'SUPERSEDED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "weekly_review_suggestion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "review_id" uuid NOT NULL, "suggestion_id" character varying(100) NOT NULL, "kind" character varying(50) NOT NULL, "severity" character varying(16) NOT NULL, "position" integer NOT NULL, "state" "public"."review_suggestion_state" NOT NULL, "suggestion" jsonb NOT NULL, "edited_changes" jsonb, "dismiss_reason" text, "shared" boolean NOT NULL DEFAULT false, "plan_id" uuid, "plan_revision" integer, "plan_before" jsonb, "plan_after" jsonb, "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7f0f86343efdac015049b2c0c06" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_65671557a0c92def3b84769cde" ON "weekly_review_suggestion" ("plan_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3381156f19e18905a002313fdf" ON "weekly_review_suggestion" ("review_id", "suggestion_id") WHERE "state" <> 'SUPERSEDED'`,
    );
    await queryRunner.query(`ALTER TABLE "organization" ADD "review_weekday" smallint NOT NULL DEFAULT '6'`);
    await queryRunner.query(
      `ALTER TABLE "organization" ADD "review_time" character varying(5) NOT NULL DEFAULT '16:00'`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_review" ADD CONSTRAINT "FK_c8770028a51b1fbeb30986176a5" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_review" ADD CONSTRAINT "FK_ef827ed5e3d4ffd4e41d6207bbb" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_review" ADD CONSTRAINT "FK_255a30e68a281364b8d998d7aa5" FOREIGN KEY ("completed_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_review" ADD CONSTRAINT "FK_548daf54c06890ad5a523b69425" FOREIGN KEY ("published_plan_id") REFERENCES "weekly_plan"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_review_suggestion" ADD CONSTRAINT "FK_b3bacffd5b5f85efce9bfc26ef4" FOREIGN KEY ("review_id") REFERENCES "weekly_review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_review_suggestion" ADD CONSTRAINT "FK_65671557a0c92def3b84769cde1" FOREIGN KEY ("plan_id") REFERENCES "weekly_plan"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_review_suggestion" ADD CONSTRAINT "FK_0145c91e823ee74ebac5f47d19c" FOREIGN KEY ("decided_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "weekly_review_suggestion" DROP CONSTRAINT "FK_0145c91e823ee74ebac5f47d19c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_review_suggestion" DROP CONSTRAINT "FK_65671557a0c92def3b84769cde1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_review_suggestion" DROP CONSTRAINT "FK_b3bacffd5b5f85efce9bfc26ef4"`,
    );
    await queryRunner.query(`ALTER TABLE "weekly_review" DROP CONSTRAINT "FK_548daf54c06890ad5a523b69425"`);
    await queryRunner.query(`ALTER TABLE "weekly_review" DROP CONSTRAINT "FK_255a30e68a281364b8d998d7aa5"`);
    await queryRunner.query(`ALTER TABLE "weekly_review" DROP CONSTRAINT "FK_ef827ed5e3d4ffd4e41d6207bbb"`);
    await queryRunner.query(`ALTER TABLE "weekly_review" DROP CONSTRAINT "FK_c8770028a51b1fbeb30986176a5"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "review_time"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "review_weekday"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3381156f19e18905a002313fdf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_65671557a0c92def3b84769cde"`);
    await queryRunner.query(`DROP TABLE "weekly_review_suggestion"`);
    await queryRunner.query(`DROP TYPE "public"."review_suggestion_state"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_730873808dc2fbef58491eb0af"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_weekly_review_queue"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_548daf54c06890ad5a523b6942"`);
    await queryRunner.query(`DROP TABLE "weekly_review"`);
    await queryRunner.query(`DROP TYPE "public"."weekly_review_status"`);
  }
}
