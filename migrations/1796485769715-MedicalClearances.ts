import { MigrationInterface, QueryRunner } from 'typeorm';

export class MedicalClearances1796485769715 implements MigrationInterface {
  name = 'MedicalClearances1796485769715';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "medical_clearance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "cleared_on" date NOT NULL, "note" text, "recorded_by_user_id" uuid NOT NULL, CONSTRAINT "PK_81c62992f866b12549d378d0e5a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8fd938b752021bcecd46ae338b" ON "medical_clearance" ("recorded_by_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e658d5eb202b1184e24df0bad6" ON "medical_clearance" ("athlete_id", "cleared_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "medical_clearance" ADD CONSTRAINT "FK_8aca663665ab8c602193b85236d" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "medical_clearance" ADD CONSTRAINT "FK_4d967430f1a1d8183af418abb6d" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "medical_clearance" ADD CONSTRAINT "FK_8fd938b752021bcecd46ae338b3" FOREIGN KEY ("recorded_by_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "medical_clearance" DROP CONSTRAINT "FK_8fd938b752021bcecd46ae338b3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "medical_clearance" DROP CONSTRAINT "FK_4d967430f1a1d8183af418abb6d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "medical_clearance" DROP CONSTRAINT "FK_8aca663665ab8c602193b85236d"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_e658d5eb202b1184e24df0bad6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8fd938b752021bcecd46ae338b"`);
    await queryRunner.query(`DROP TABLE "medical_clearance"`);
  }
}
