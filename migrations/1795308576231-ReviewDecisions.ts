import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewDecisions1795308576231 implements MigrationInterface {
  name = 'ReviewDecisions1795308576231';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."review_decision_action" AS ENUM('APPLIED', 'DISMISSED')`);
    await queryRunner.query(
      `CREATE TABLE "review_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "week_start" date NOT NULL, "suggestion_id" character varying(100) NOT NULL, "kind" character varying(50) NOT NULL, "action" "public"."review_decision_action" NOT NULL, "plan_id" uuid, "plan_before" jsonb, "plan_after" jsonb, "note" text, "decided_by_user_id" uuid NOT NULL, CONSTRAINT "PK_64e856d49c6dc05ed774dbb218e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_deee45e551e24281530213ab74" ON "review_decision" ("athlete_id", "week_start") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_deee45e551e24281530213ab74"`);
    await queryRunner.query(`DROP TABLE "review_decision"`);
    await queryRunner.query(`DROP TYPE "public"."review_decision_action"`);
  }
}
