import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Declares the references the services already kept: every row of an athlete's data points at a real
 * athlete and organization (removed with them), plans' sessions at their plan, authors and deciders at
 * real users; a context event proposed from a chat message keeps the event if the message goes.
 * `logged_session.planned_session_id` stays a soft link: a draft's sessions are replaced on every save.
 * On a database with orphan rows this migration stops at the first constraint they break (nothing is
 * deleted silently).
 */
export class ForeignKeys1795314940327 implements MigrationInterface {
  name = 'ForeignKeys1795314940327';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "coach_assignment" ADD CONSTRAINT "FK_42cc7c61e14bf7afb2371ece55e" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "coach_assignment" ADD CONSTRAINT "FK_e9b85301c50378c728d980ede16" FOREIGN KEY ("coach_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_46d49cc6eaf9f428858ea24e3ad" FOREIGN KEY ("coach_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_4a0924fe6999ac3335f3ba843d5" FOREIGN KEY ("invited_by_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "note" ADD CONSTRAINT "FK_652c85a61a35aed019afc70349c" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "note" ADD CONSTRAINT "FK_e8d34b88088c95a3ff3a0039b75" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "note" ADD CONSTRAINT "FK_711dfb66ee026e72945f80c2518" FOREIGN KEY ("author_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6d34e16348522b6267faa78b9fc" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "check_in" ADD CONSTRAINT "FK_323e23a116197a8ee526c38d190" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "check_in" ADD CONSTRAINT "FK_da98adf00ab8cb027fb7f01d5cc" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "logged_session" ADD CONSTRAINT "FK_532f6ab9ea984e04fa56dfe5684" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "logged_session" ADD CONSTRAINT "FK_bb9284462b25c0ab0e788431675" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "logged_session" ADD CONSTRAINT "FK_56d79c7cb0a79fb8275034fe7e0" FOREIGN KEY ("logged_by_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "context_event" ADD CONSTRAINT "FK_71e82b284461568476aa6258d88" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "context_event" ADD CONSTRAINT "FK_243d5972e4c587ab73e23f4cde9" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "context_event" ADD CONSTRAINT "FK_210a11ea5f974f5f8c42d892edd" FOREIGN KEY ("message_id") REFERENCES "message"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "context_event" ADD CONSTRAINT "FK_06dc578f2bbfacaac8b5dffc8fe" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "context_event" ADD CONSTRAINT "FK_881b89a17e6b88af9f7fca67fa8" FOREIGN KEY ("decided_by_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "race" ADD CONSTRAINT "FK_86b3e73c9b26537760d3d08cb42" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "race" ADD CONSTRAINT "FK_1af3502cebb9fcb1cd5a624deca" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "season" ADD CONSTRAINT "FK_e3bcc7214d7c660dc846f687e79" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "season" ADD CONSTRAINT "FK_f62718b877bc34f92ae1d1c57e4" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_plan" ADD CONSTRAINT "FK_592117e83c09904f2ede62e37b6" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_plan" ADD CONSTRAINT "FK_7327ab832c050a2f96a8707e6c1" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_plan" ADD CONSTRAINT "FK_c4274fd7b12267b7e14ed4fd99a" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_plan" ADD CONSTRAINT "FK_618e775f494f7125f03e7db9eac" FOREIGN KEY ("published_by_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "planned_session" ADD CONSTRAINT "FK_c89853dbfa255778108f658eb68" FOREIGN KEY ("plan_id") REFERENCES "weekly_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_56bb647940548126229fe74f8a1" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_decision" ADD CONSTRAINT "FK_1df7d522a0f32acf1454237bec5" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_decision" ADD CONSTRAINT "FK_cf613a4ba93c8b5b7ac4ba28564" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_decision" ADD CONSTRAINT "FK_3a444503bc079f97091b86bbafc" FOREIGN KEY ("plan_id") REFERENCES "weekly_plan"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_decision" ADD CONSTRAINT "FK_14d6dc735e925712e01e71ded29" FOREIGN KEY ("decided_by_user_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_decision" DROP CONSTRAINT "FK_14d6dc735e925712e01e71ded29"`);
    await queryRunner.query(`ALTER TABLE "review_decision" DROP CONSTRAINT "FK_3a444503bc079f97091b86bbafc"`);
    await queryRunner.query(`ALTER TABLE "review_decision" DROP CONSTRAINT "FK_cf613a4ba93c8b5b7ac4ba28564"`);
    await queryRunner.query(`ALTER TABLE "review_decision" DROP CONSTRAINT "FK_1df7d522a0f32acf1454237bec5"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_56bb647940548126229fe74f8a1"`);
    await queryRunner.query(`ALTER TABLE "planned_session" DROP CONSTRAINT "FK_c89853dbfa255778108f658eb68"`);
    await queryRunner.query(`ALTER TABLE "weekly_plan" DROP CONSTRAINT "FK_618e775f494f7125f03e7db9eac"`);
    await queryRunner.query(`ALTER TABLE "weekly_plan" DROP CONSTRAINT "FK_c4274fd7b12267b7e14ed4fd99a"`);
    await queryRunner.query(`ALTER TABLE "weekly_plan" DROP CONSTRAINT "FK_7327ab832c050a2f96a8707e6c1"`);
    await queryRunner.query(`ALTER TABLE "weekly_plan" DROP CONSTRAINT "FK_592117e83c09904f2ede62e37b6"`);
    await queryRunner.query(`ALTER TABLE "season" DROP CONSTRAINT "FK_f62718b877bc34f92ae1d1c57e4"`);
    await queryRunner.query(`ALTER TABLE "season" DROP CONSTRAINT "FK_e3bcc7214d7c660dc846f687e79"`);
    await queryRunner.query(`ALTER TABLE "race" DROP CONSTRAINT "FK_1af3502cebb9fcb1cd5a624deca"`);
    await queryRunner.query(`ALTER TABLE "race" DROP CONSTRAINT "FK_86b3e73c9b26537760d3d08cb42"`);
    await queryRunner.query(`ALTER TABLE "context_event" DROP CONSTRAINT "FK_881b89a17e6b88af9f7fca67fa8"`);
    await queryRunner.query(`ALTER TABLE "context_event" DROP CONSTRAINT "FK_06dc578f2bbfacaac8b5dffc8fe"`);
    await queryRunner.query(`ALTER TABLE "context_event" DROP CONSTRAINT "FK_210a11ea5f974f5f8c42d892edd"`);
    await queryRunner.query(`ALTER TABLE "context_event" DROP CONSTRAINT "FK_243d5972e4c587ab73e23f4cde9"`);
    await queryRunner.query(`ALTER TABLE "context_event" DROP CONSTRAINT "FK_71e82b284461568476aa6258d88"`);
    await queryRunner.query(`ALTER TABLE "logged_session" DROP CONSTRAINT "FK_56d79c7cb0a79fb8275034fe7e0"`);
    await queryRunner.query(`ALTER TABLE "logged_session" DROP CONSTRAINT "FK_bb9284462b25c0ab0e788431675"`);
    await queryRunner.query(`ALTER TABLE "logged_session" DROP CONSTRAINT "FK_532f6ab9ea984e04fa56dfe5684"`);
    await queryRunner.query(`ALTER TABLE "check_in" DROP CONSTRAINT "FK_da98adf00ab8cb027fb7f01d5cc"`);
    await queryRunner.query(`ALTER TABLE "check_in" DROP CONSTRAINT "FK_323e23a116197a8ee526c38d190"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6d34e16348522b6267faa78b9fc"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`);
    await queryRunner.query(`ALTER TABLE "note" DROP CONSTRAINT "FK_711dfb66ee026e72945f80c2518"`);
    await queryRunner.query(`ALTER TABLE "note" DROP CONSTRAINT "FK_e8d34b88088c95a3ff3a0039b75"`);
    await queryRunner.query(`ALTER TABLE "note" DROP CONSTRAINT "FK_652c85a61a35aed019afc70349c"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_4a0924fe6999ac3335f3ba843d5"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_46d49cc6eaf9f428858ea24e3ad"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8"`);
    await queryRunner.query(
      `ALTER TABLE "coach_assignment" DROP CONSTRAINT "FK_e9b85301c50378c728d980ede16"`,
    );
    await queryRunner.query(
      `ALTER TABLE "coach_assignment" DROP CONSTRAINT "FK_42cc7c61e14bf7afb2371ece55e"`,
    );
  }
}
