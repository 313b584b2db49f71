import { MigrationInterface, QueryRunner } from 'typeorm';

export class MissedKeySessions1796310335804 implements MigrationInterface {
  name = 'MissedKeySessions1796310335804';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "missed_key_session" ("athlete_id" uuid NOT NULL, "date" date NOT NULL, "planned_session_id" uuid NOT NULL, "noticed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d75f31fd78ad82a51d5b126030" PRIMARY KEY ("athlete_id", "date"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "missed_key_session" ADD CONSTRAINT "FK_488c58a6b03deb83c3f3aa58f16" FOREIGN KEY ("athlete_id") REFERENCES "athlete"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "missed_key_session" DROP CONSTRAINT "FK_488c58a6b03deb83c3f3aa58f16"`,
    );
    await queryRunner.query(`DROP TABLE "missed_key_session"`);
  }
}
