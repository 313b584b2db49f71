import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewGenerationRuns1796300826684 implements MigrationInterface {
  name = 'ReviewGenerationRuns1796300826684';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."review_run_trigger" AS ENUM('SCHEDULED', 'MANUAL')`);
    await queryRunner.query(
      `CREATE TABLE "review_generation_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "week_start" date NOT NULL, "trigger" "public"."review_run_trigger" NOT NULL, "requested_by_user_id" uuid, CONSTRAINT "PK_be5af5761a5c756697dd485d4be" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_review_generation_run_scheduled" ON "review_generation_run" ("organization_id", "week_start") WHERE "trigger" = 'SCHEDULED'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."review_run_item_status" AS ENUM('PENDING', 'DONE', 'KEPT', 'FAILED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "review_generation_item" ("run_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "status" "public"."review_run_item_status" NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c738a84ab386ba5eadae5aee8c7" PRIMARY KEY ("run_id", "athlete_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_12eeec566647a84abd9391e5c0" ON "review_generation_item" ("athlete_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "review_generation_run" ADD CONSTRAINT "FK_a0c8d7610cdb1744548223afe47" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_generation_item" ADD CONSTRAINT "FK_1115e40b3b77dc79e637bdf2fd6" FOREIGN KEY ("run_id") REFERENCES "review_generation_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_generation_item" ADD CONSTRAINT "FK_12eeec566647a84abd9391e5c07" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "review_generation_item" DROP CONSTRAINT "FK_12eeec566647a84abd9391e5c07"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_generation_item" DROP CONSTRAINT "FK_1115e40b3b77dc79e637bdf2fd6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_generation_run" DROP CONSTRAINT "FK_a0c8d7610cdb1744548223afe47"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_12eeec566647a84abd9391e5c0"`);
    await queryRunner.query(`DROP TABLE "review_generation_item"`);
    await queryRunner.query(`DROP TYPE "public"."review_run_item_status"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_review_generation_run_scheduled"`);
    await queryRunner.query(`DROP TABLE "review_generation_run"`);
    await queryRunner.query(`DROP TYPE "public"."review_run_trigger"`);
  }
}
