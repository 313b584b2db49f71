import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795305423637 implements MigrationInterface {
  name = 'Foundation1795305423637';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "timezone" character varying(64) NOT NULL, CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" character varying(255) NOT NULL, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `);
    await queryRunner.query(
      `CREATE TABLE "athlete" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "timezone" character varying(64), "intake" jsonb, "intake_submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8bf51e0689529ca963f10949596" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6ddcf0c01551eb46e8eed76642" ON "athlete" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b5a5564a0fcd6c1d142135ab5b" ON "athlete" ("organization_id", "user_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."coach_role" AS ENUM('HEAD', 'ASSISTANT')`);
    await queryRunner.query(
      `CREATE TABLE "coach_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "coach_user_id" uuid NOT NULL, "role" "public"."coach_role" NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8aff399e55acae76a4f2e8dd959" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ec66987a3edd0c93a1deb49b46" ON "coach_assignment" ("coach_user_id", "organization_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8f6cff9503887b051d92a5e09b" ON "coach_assignment" ("athlete_id", "coach_user_id") WHERE "removed_at" IS NULL`,
    );
    await queryRunner.query(`CREATE TYPE "public"."invitation_role" AS ENUM('ADMIN', 'COACH', 'ATHLETE')`);
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "role" "public"."invitation_role" NOT NULL, "coach_user_id" uuid, "invited_by_user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_de7c148c7834d738ac7113f3dd" ON "invitation" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b827d3749ffbb3b5ab5099afd6" ON "invitation" ("token_hash") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."role" AS ENUM('ADMIN', 'COACH', 'ATHLETE')`);
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."role" NOT NULL, CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e9c72e8d29784031c96f5c6af8" ON "membership" ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_da9038b609ff1ebf502f0b68e9" ON "membership" ("organization_id", "user_id", "role") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."note_visibility" AS ENUM('COACHES_ONLY', 'SHARED')`);
    await queryRunner.query(
      `CREATE TABLE "note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "athlete_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "visibility" "public"."note_visibility" NOT NULL, "body" text NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_96d0c172a4fba276b1bbed43058" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_503915a7debed28b4078adf66e" ON "note" ("athlete_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token" ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token" ("family_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f0812282fad2e352cdaf83ef0a" ON "refresh_token" ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "athlete" ADD CONSTRAINT "FK_6ddcf0c01551eb46e8eed76642f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "athlete" ADD CONSTRAINT "FK_8ac83bd14da912d15e86da1c4f1" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "coach_assignment" ADD CONSTRAINT "FK_9048ca27401a6ddb934e2ea27da" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f"`);
    await queryRunner.query(
      `ALTER TABLE "coach_assignment" DROP CONSTRAINT "FK_9048ca27401a6ddb934e2ea27da"`,
    );
    await queryRunner.query(`ALTER TABLE "athlete" DROP CONSTRAINT "FK_8ac83bd14da912d15e86da1c4f1"`);
    await queryRunner.query(`ALTER TABLE "athlete" DROP CONSTRAINT "FK_6ddcf0c01551eb46e8eed76642f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0812282fad2e352cdaf83ef0a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_503915a7debed28b4078adf66e"`);
    await queryRunner.query(`DROP TABLE "note"`);
    await queryRunner.query(`DROP TYPE "public"."note_visibility"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da9038b609ff1ebf502f0b68e9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e9c72e8d29784031c96f5c6af8"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b827d3749ffbb3b5ab5099afd6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_de7c148c7834d738ac7113f3dd"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TYPE "public"."invitation_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8f6cff9503887b051d92a5e09b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ec66987a3edd0c93a1deb49b46"`);
    await queryRunner.query(`DROP TABLE "coach_assignment"`);
    await queryRunner.query(`DROP TYPE "public"."coach_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b5a5564a0fcd6c1d142135ab5b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6ddcf0c01551eb46e8eed76642"`);
    await queryRunner.query(`DROP TABLE "athlete"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TABLE "organization"`);
  }
}
