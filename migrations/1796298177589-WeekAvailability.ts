import { MigrationInterface, QueryRunner } from 'typeorm';

export class WeekAvailability1796298177589 implements MigrationInterface {
  name = 'WeekAvailability1796298177589';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "week_availability" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "week_start" date NOT NULL, "minutes" integer array NOT NULL, "note" text, "updated_by_user_id" uuid NOT NULL, CONSTRAINT "PK_812a1f7502ad30fd96e1aada191" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_26ed731803abd3d8b9c68f15e2" ON "week_availability" ("athlete_id", "week_start") `,
    );
    await queryRunner.query(
      `ALTER TABLE "week_availability" ADD CONSTRAINT "FK_5eed2e940f1f28c8f18569e0ae0" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "week_availability" ADD CONSTRAINT "FK_897478b07da711de24736c4d4b7" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "week_availability" DROP CONSTRAINT "FK_897478b07da711de24736c4d4b7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "week_availability" DROP CONSTRAINT "FK_5eed2e940f1f28c8f18569e0ae0"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_26ed731803abd3d8b9c68f15e2"`);
    await queryRunner.query(`DROP TABLE "week_availability"`);
  }
}
