import { MigrationInterface, QueryRunner } from 'typeorm';

export class ChatMessaging1795305822194 implements MigrationInterface {
  name = 'ChatMessaging1795305822194';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."conversation_kind" AS ENUM('DIRECT', 'STAFF', 'ANNOUNCEMENT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "conversation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "kind" "public"."conversation_kind" NOT NULL, "athlete_id" uuid, "owner_user_id" uuid, "last_seq" integer NOT NULL DEFAULT '0', "last_message_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_864528ec4274360a40f66c29845" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_478e62192ccbf42432e1fc59e4" ON "conversation" ("organization_id", "owner_user_id") WHERE "kind" = 'ANNOUNCEMENT'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ef037defc788c60d7c231ec895" ON "conversation" ("athlete_id", "kind") WHERE "athlete_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "conversation_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "conversation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "can_post" boolean NOT NULL DEFAULT true, "last_read_seq" integer NOT NULL DEFAULT '0', "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ed07d3bc360f4e68836841b8358" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6fd3bfe122baf15b26ebe731cf" ON "conversation_member" ("user_id") WHERE "removed_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1ebe869c785ab3616b58b55d2e" ON "conversation_member" ("conversation_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "conversation_id" uuid NOT NULL, "seq" integer NOT NULL, "sender_user_id" uuid NOT NULL, "client_message_id" character varying(100) NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_ba01f0a3e0123651915008bc578" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_6f0eaf67d79cdf55e04b313d77" ON "message" ("sender_user_id", "client_message_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_89ae36c51ba0354e94e987f324" ON "message" ("conversation_id", "seq") `,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation" ADD CONSTRAINT "FK_c85ade772e7247b513b76db909d" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation" ADD CONSTRAINT "FK_109b5c0243d7f5c519828a5da6f" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_member" ADD CONSTRAINT "FK_60a5cedcd205ed3686ad16d6311" FOREIGN KEY ("conversation_id") REFERENCES "conversation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_member" ADD CONSTRAINT "FK_b31b403f2e9c21a4a48460b8ed9" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "message" ADD CONSTRAINT "FK_7fe3e887d78498d9c9813375ce2" FOREIGN KEY ("conversation_id") REFERENCES "conversation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "message" ADD CONSTRAINT "FK_89555a9ccec921cc29338a07b78" FOREIGN KEY ("sender_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "message" DROP CONSTRAINT "FK_89555a9ccec921cc29338a07b78"`);
    await queryRunner.query(`ALTER TABLE "message" DROP CONSTRAINT "FK_7fe3e887d78498d9c9813375ce2"`);
    await queryRunner.query(
      `ALTER TABLE "conversation_member" DROP CONSTRAINT "FK_b31b403f2e9c21a4a48460b8ed9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_member" DROP CONSTRAINT "FK_60a5cedcd205ed3686ad16d6311"`,
    );
    await queryRunner.query(`ALTER TABLE "conversation" DROP CONSTRAINT "FK_109b5c0243d7f5c519828a5da6f"`);
    await queryRunner.query(`ALTER TABLE "conversation" DROP CONSTRAINT "FK_c85ade772e7247b513b76db909d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_89ae36c51ba0354e94e987f324"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6f0eaf67d79cdf55e04b313d77"`);
    await queryRunner.query(`DROP TABLE "message"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ebe869c785ab3616b58b55d2e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6fd3bfe122baf15b26ebe731cf"`);
    await queryRunner.query(`DROP TABLE "conversation_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ef037defc788c60d7c231ec895"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_478e62192ccbf42432e1fc59e4"`);
    await queryRunner.query(`DROP TABLE "conversation"`);
    await queryRunner.query(`DROP TYPE "public"."conversation_kind"`);
  }
}
