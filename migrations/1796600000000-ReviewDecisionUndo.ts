import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review's decision log records an undo too: a revert of an applied suggestion (REVERTED, with the plan before
 * and after the revert) and a dismissal undone (RESTORED). Before, the log kept 'APPLIED' or 'DISMISSED' for a
 * decision the coach had taken back, with nothing after it.
 *
 * The enum is recreated rather than extended (`ADD VALUE` cannot be undone); `down` deletes the undo rows, then
 * recreates it with the two actions.
 */
export class ReviewDecisionUndo1796600000000 implements MigrationInterface {
  name = 'ReviewDecisionUndo1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.actions(queryRunner, ['APPLIED', 'DISMISSED', 'REVERTED', 'RESTORED']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "review_decision" WHERE "action"::text IN ('REVERTED', 'RESTORED')`);
    await this.actions(queryRunner, ['APPLIED', 'DISMISSED']);
  }

  private async actions(queryRunner: QueryRunner, values: readonly string[]): Promise<void> {
    await queryRunner.query(
      `ALTER TYPE "public"."review_decision_action" RENAME TO "review_decision_action_old"`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."review_decision_action" AS ENUM(${values.map((v) => `'${v}'`).join(', ')})`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_decision" ALTER COLUMN "action" TYPE "public"."review_decision_action" USING "action"::text::"public"."review_decision_action"`,
    );
    await queryRunner.query(`DROP TYPE "public"."review_decision_action_old"`);
  }
}
