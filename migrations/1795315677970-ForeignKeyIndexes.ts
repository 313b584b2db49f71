import { MigrationInterface, QueryRunner } from 'typeorm';

export class ForeignKeyIndexes1795315677970 implements MigrationInterface {
  name = 'ForeignKeyIndexes1795315677970';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_210a11ea5f974f5f8c42d892ed" ON "context_event" ("message_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3a444503bc079f97091b86bbaf" ON "review_decision" ("plan_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_3a444503bc079f97091b86bbaf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_210a11ea5f974f5f8c42d892ed"`);
  }
}
