import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrainingData1795305716168 implements MigrationInterface {
  name = 'TrainingData1795305716168';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."illness_status" AS ENUM('NONE', 'ABOVE_NECK', 'BELOW_NECK_OR_FEVER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "date" date NOT NULL, "sleep_hours" numeric(4,2), "sleep_quality" smallint, "rmssd" numeric(5,1), "resting_hr" smallint, "soreness" smallint, "fatigue" smallint, "stress" smallint, "mood" smallint, "illness" "public"."illness_status" NOT NULL DEFAULT 'NONE', "note" text, CONSTRAINT "PK_9c026e16735aea10812a3888d6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8416354d7040df5d6da2a182fb" ON "check_in" ("athlete_id", "date") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."session_kind" AS ENUM('RUN', 'STRENGTH', 'CROSS_TRAINING', 'RACE')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."session_source" AS ENUM('MANUAL', 'FILE')`);
    await queryRunner.query(
      `CREATE TABLE "logged_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "date" date NOT NULL, "kind" "public"."session_kind" NOT NULL, "minutes" integer NOT NULL, "srpe" numeric(3,1), "average_hr" smallint, "distance_meters" integer, "note" text, "planned_session_id" uuid, "source" "public"."session_source" NOT NULL DEFAULT 'MANUAL', "started_at" TIMESTAMP WITH TIME ZONE, "file_hash" character varying(64), "logged_by_user_id" uuid NOT NULL, CONSTRAINT "PK_304d74ab5563b6a693851e44909" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_15e8b0925bd5e3c50d899936e3" ON "logged_session" ("athlete_id", "file_hash") WHERE "file_hash" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_740bdcbcccc6002f1640956989" ON "logged_session" ("athlete_id", "date") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."context_event_kind" AS ENUM('ILLNESS', 'INJURY', 'TRAVEL', 'FAMILY', 'WORK_STRESS', 'VACATION', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."context_event_source" AS ENUM('ENTERED', 'CHAT')`);
    await queryRunner.query(
      `CREATE TYPE "public"."context_event_status" AS ENUM('PROPOSED', 'CONFIRMED', 'DISMISSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "context_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "kind" "public"."context_event_kind" NOT NULL, "start_date" date NOT NULL, "end_date" date, "note" text, "source" "public"."context_event_source" NOT NULL, "status" "public"."context_event_status" NOT NULL, "message_id" uuid, "details" jsonb, "created_by_user_id" uuid NOT NULL, "decided_by_user_id" uuid, CONSTRAINT "PK_ad4adfb4dc9547b18a6d5fdbd2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_97749cf75fd7f722b8c0f0c94c" ON "context_event" ("athlete_id", "start_date") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."race_priority" AS ENUM('A', 'B', 'C')`);
    await queryRunner.query(
      `CREATE TABLE "race" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "date" date NOT NULL, "priority" "public"."race_priority" NOT NULL, "kind" character varying(100) NOT NULL, "expected_minutes" integer NOT NULL, "result_minutes" integer, "result_note" text, CONSTRAINT "PK_a3068b184130d87a20e516045bb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6a0e84f102109633a924eb3ee2" ON "race" ("athlete_id", "date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "season" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "phases" jsonb NOT NULL, "mesocycles" jsonb NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_8ac0d081dbdb7ab02d166bcda9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f62718b877bc34f92ae1d1c57e" ON "season" ("athlete_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."plan_status" AS ENUM('DRAFT', 'PUBLISHED', 'SUPERSEDED')`);
    await queryRunner.query(
      `CREATE TABLE "weekly_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "week_start" date NOT NULL, "version" integer NOT NULL, "status" "public"."plan_status" NOT NULL, "revision" integer NOT NULL DEFAULT '1', "notes" text, "created_by_user_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "published_by_user_id" uuid, CONSTRAINT "PK_dfee8993f0e24d93fdf82d1198f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_weekly_plan_published" ON "weekly_plan" ("athlete_id", "week_start") WHERE "status" = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ff94c5f689f382e29d5ee80da5" ON "weekly_plan" ("athlete_id", "week_start") WHERE "status" = 'DRAFT'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_7966b421d058c0fa7889948408" ON "weekly_plan" ("athlete_id", "week_start", "version") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."planned_session_kind" AS ENUM('RUN', 'STRENGTH', 'CROSS_TRAINING', 'RACE', 'REST')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."effort_type" AS ENUM('RPE', 'ZONE')`);
    await queryRunner.query(
      `CREATE TABLE "planned_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "plan_id" uuid NOT NULL, "date" date NOT NULL, "position" smallint NOT NULL DEFAULT '0', "kind" "public"."planned_session_kind" NOT NULL, "minutes" integer NOT NULL, "effort_type" "public"."effort_type" NOT NULL, "effort_value" smallint NOT NULL, "intervals" jsonb, "purpose" character varying(1000) NOT NULL DEFAULT '', "key" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_1616325b3c7e3d5b7ecf0a21fe5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6fb5880197760c7ae21f8955a9" ON "planned_session" ("plan_id", "date", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "athlete_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_24c0b9c80e4a4ac8752d854bc2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_56bb647940548126229fe74f8a" ON "calendar_feed" ("athlete_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3a0b1d1c7619ea19ff1affaaf7" ON "calendar_feed" ("token_hash") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_3a0b1d1c7619ea19ff1affaaf7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_56bb647940548126229fe74f8a"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6fb5880197760c7ae21f8955a9"`);
    await queryRunner.query(`DROP TABLE "planned_session"`);
    await queryRunner.query(`DROP TYPE "public"."effort_type"`);
    await queryRunner.query(`DROP TYPE "public"."planned_session_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7966b421d058c0fa7889948408"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ff94c5f689f382e29d5ee80da5"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_weekly_plan_published"`);
    await queryRunner.query(`DROP TABLE "weekly_plan"`);
    await queryRunner.query(`DROP TYPE "public"."plan_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f62718b877bc34f92ae1d1c57e"`);
    await queryRunner.query(`DROP TABLE "season"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a0e84f102109633a924eb3ee2"`);
    await queryRunner.query(`DROP TABLE "race"`);
    await queryRunner.query(`DROP TYPE "public"."race_priority"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97749cf75fd7f722b8c0f0c94c"`);
    await queryRunner.query(`DROP TABLE "context_event"`);
    await queryRunner.query(`DROP TYPE "public"."context_event_status"`);
    await queryRunner.query(`DROP TYPE "public"."context_event_source"`);
    await queryRunner.query(`DROP TYPE "public"."context_event_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_740bdcbcccc6002f1640956989"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15e8b0925bd5e3c50d899936e3"`);
    await queryRunner.query(`DROP TABLE "logged_session"`);
    await queryRunner.query(`DROP TYPE "public"."session_source"`);
    await queryRunner.query(`DROP TYPE "public"."session_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8416354d7040df5d6da2a182fb"`);
    await queryRunner.query(`DROP TABLE "check_in"`);
    await queryRunner.query(`DROP TYPE "public"."illness_status"`);
  }
}
