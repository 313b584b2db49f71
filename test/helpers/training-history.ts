import { DataSource } from 'typeorm';
import { addDays } from '@app/common';

/**
 * Steady training history written straight to the tables (setup for review specs, not their subject): a
 * check-in every morning for `days` days before `today`, and a run on every day whose distance from today
 * (mod 7) is not a rest day: 90 min easy six days back in the cycle, a hard 45 one day back, else 45 min easy.
 */
export async function writeSteadyHistory(
  db: DataSource,
  a: { athleteId: string; orgId: string; userId: string },
  today: string,
  opts: { days?: number; restDays?: number[] } = {},
): Promise<void> {
  const days = opts.days ?? 28;
  const rest = opts.restDays ?? [3];
  for (let i = days; i >= 1; i--) {
    const date = addDays(today, -i);
    await db.query(
      `INSERT INTO check_in (organization_id, athlete_id, date, sleep_hours, sleep_quality, rmssd, resting_hr,
         soreness, fatigue, stress, mood, illness)
       VALUES ($1, $2, $3, 7.5, 4, $4, 48, 4, 4, 4, 4, 'NONE')`,
      [a.orgId, a.athleteId, date, 60 + (i % 5)],
    );
    if (!rest.includes(i % 7)) {
      await db.query(
        `INSERT INTO logged_session (organization_id, athlete_id, date, kind, minutes, srpe, source, logged_by_user_id)
         VALUES ($1, $2, $3, 'RUN', $4, $5, 'MANUAL', $6)`,
        [a.orgId, a.athleteId, date, i % 7 === 6 ? 90 : 45, i % 7 === 1 ? 7 : 3, a.userId],
      );
    }
  }
}
