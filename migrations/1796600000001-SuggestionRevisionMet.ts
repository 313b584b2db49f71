import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An applied suggestion keeps the draft revision it met (`plan_revision_before`) beside the one it produced
 * (`plan_revision`). Undoing applies last first moves the earlier one's `plan_revision` to the revision the undo
 * writes, so the revision it met can no longer be worked out from it: with three applies stacked, undoing the third
 * and then the second left the first refused as if the draft had been edited since. Backfilled as the revision
 * before the one produced (an apply writes one revision), which is what the undo assumed until now.
 */
export class SuggestionRevisionMet1796600000001 implements MigrationInterface {
  name = 'SuggestionRevisionMet1796600000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "weekly_review_suggestion" ADD "plan_revision_before" integer`);
    await queryRunner.query(
      `UPDATE "weekly_review_suggestion" SET "plan_revision_before" = "plan_revision" - 1 WHERE "plan_revision" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "weekly_review_suggestion" DROP COLUMN "plan_revision_before"`);
  }
}
