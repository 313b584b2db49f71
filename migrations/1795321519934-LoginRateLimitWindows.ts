import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginRateLimitWindows1795321519934 implements MigrationInterface {
  name = 'LoginRateLimitWindows1795321519934';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit_window" ("key" text NOT NULL, "count" integer NOT NULL, "reset_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_abed1cba8b3f195c0ed701bafb3" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_24ffd752edb894f66bc5ccdfa7" ON "rate_limit_window" ("reset_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_24ffd752edb894f66bc5ccdfa7"`);
    await queryRunner.query(`DROP TABLE "rate_limit_window"`);
  }
}
