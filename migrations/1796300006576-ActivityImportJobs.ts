import { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivityImportJobs1796300006576 implements MigrationInterface {
  name = 'ActivityImportJobs1796300006576';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."activity_import_job_status" AS ENUM('QUEUED', 'RUNNING', 'DONE', 'FAILED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "activity_import_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "archive_name" character varying(200) NOT NULL, "archive_hash" character varying(64) NOT NULL, "archive" bytea, "status" "public"."activity_import_job_status" NOT NULL DEFAULT 'QUEUED', "total" integer, "processed" integer NOT NULL DEFAULT '0', "results" jsonb NOT NULL, "error" text, "locked_until" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_47589d038f7d0b0b584280a6f82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7eab45c770f4e42b994aa8bf2e" ON "activity_import_job" ("created_by_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f85244ad7525e6ecbf787bc61b" ON "activity_import_job" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_aacf8c28adc307df9069f3604c" ON "activity_import_job" ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1cc8ae78d955200e7307c2950d" ON "activity_import_job" ("athlete_id", "archive_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_import_job" ADD CONSTRAINT "FK_f85244ad7525e6ecbf787bc61b9" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_import_job" ADD CONSTRAINT "FK_5a0ac9c5eb9b7e11f1d5af90791" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_import_job" ADD CONSTRAINT "FK_7eab45c770f4e42b994aa8bf2ea" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "activity_import_job" DROP CONSTRAINT "FK_7eab45c770f4e42b994aa8bf2ea"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_import_job" DROP CONSTRAINT "FK_5a0ac9c5eb9b7e11f1d5af90791"`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_import_job" DROP CONSTRAINT "FK_f85244ad7525e6ecbf787bc61b9"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_1cc8ae78d955200e7307c2950d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aacf8c28adc307df9069f3604c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f85244ad7525e6ecbf787bc61b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7eab45c770f4e42b994aa8bf2e"`);
    await queryRunner.query(`DROP TABLE "activity_import_job"`);
    await queryRunner.query(`DROP TYPE "public"."activity_import_job_status"`);
  }
}
