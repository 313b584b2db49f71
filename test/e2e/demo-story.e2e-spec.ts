import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReviewDataLoader } from '../../apps/api/src/modules/reviews/review-data.loader';
import { ReviewGenerator } from '../../apps/api/src/modules/reviews/review-generator.service';
import { demoEmail } from '../../scripts/seed/demo-roster';
import { seedDemo } from '../../scripts/seed/demo-seed';
import { createTestApp } from '../helpers/test-app';

/**
 * The demo tells Jonas's story (athlete04, overreaching: HRV below its band and check-ins declining for two weeks, so
 * his review recommends a doctor) whatever the weekday it is seeded on: the browser tests seed it at the time they
 * run. Seeded on a Sunday to Wednesday it once read amber with no doctor (his HRV 13–15 days below the band, his
 * latest check-in not below a baseline that held his tired weeks), and the medical-clearance browser test failed on a
 * Sunday. One seed date of each weekday (Oslo), the first just after midnight on a Sunday.
 */
const SEED_DATES = [
  '2026-12-04T21:00:00Z', // Friday evening
  '2026-12-05T12:00:00Z', // Saturday
  '2026-12-05T23:55:00Z', // Sunday, just after midnight in Oslo
  '2026-12-07T12:00:00Z', // Monday
  '2026-12-08T12:00:00Z', // Tuesday
  '2026-12-09T12:00:00Z', // Wednesday
  '2026-12-10T12:00:00Z', // Thursday
];

describe('The demo club’s story on every weekday, and its chat dated by the seed’s clock (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  it.each(SEED_DATES)('seeded at %s, Jonas’s review recommends a doctor', async (at) => {
    const now = new Date(at);
    await seedDemo(db, { now });
    const [{ id }] = await db.query(
      `SELECT a.id FROM athlete a JOIN app_user u ON u.id = a.user_id WHERE u.email = $1`,
      [demoEmail('athlete04')],
    );
    const data = await app.get(ReviewDataLoader).load([id], now);
    const { save } = app.get(ReviewGenerator).reviewOne(data.get(id)!, now);
    const review = save!.review;
    expect(review.metrics.readiness).toBe('RED');
    const doctor = review.suggestions.find((s) => s.evidence.medicalCheck === true);
    expect(doctor?.kind).toBe('RECOVERY_DOWN_WEEK');
    expect(doctor?.severity).toBe('URGENT');
  });

  it('should date every seeded message the day before --now, never after it (was the database’s clock)', async () => {
    // A seed in the past: its messages had carried the time the seed ran, days after its `now`, so every storyline
    // athlete counted as in contact "today" (web walkthrough, 6 December 2026).
    const now = new Date('2026-12-04T21:00:00Z');
    const { organizationId } = await seedDemo(db, { now });
    // (The demo club's own conversations: other suites' messages share the database, dated by its clock.)
    const rows: Array<{ created_at: Date; last_message_at: Date; seq: number }> = await db.query(
      `SELECT m.created_at, c.last_message_at, m.seq
         FROM message m JOIN conversation c ON c.id = m.conversation_id
        WHERE c.organization_id = $1
        ORDER BY c.id, m.seq`,
      [organizationId],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.created_at.getTime()).toBeLessThan(now.getTime());
      expect(r.created_at.getTime()).toBeGreaterThanOrEqual(now.getTime() - 26 * 3_600_000);
      expect(r.last_message_at.getTime()).toBeLessThan(now.getTime());
      expect(r.last_message_at.getTime()).toBeGreaterThanOrEqual(r.created_at.getTime());
    }
    // Each conversation reads in order: a reply after the message it answers.
    for (let i = 1; i < rows.length; i++)
      if (rows[i].seq > 1)
        expect(rows[i].created_at.getTime()).toBeGreaterThan(rows[i - 1].created_at.getTime());
  });
});
