/**
 * A review made as of a day before the data it is given: the API reviews an athlete already in the planned week in
 * their own zone as of their Sunday (athlete07 Aroha in Pacific/Auckland on the club's Sunday review tick,
 * 2026-12-13T17:00:00Z, Monday 06:00 for her), and reads her Monday's check-in or message with the rest. That contact
 * is after the review date: it counts as contact on it, never as a negative number of days (issue #11: the demo club's
 * Sunday tick gave Aroha "last checked in on 2026-12-14 (-1 days ago)" in a review dated 2026-12-13).
 */
import { reviewAthlete } from '../src';
import { demoInput } from './factories/demo-fixtures';

describe('contact after the review date (athlete07 Aroha, reviewed as of her Sunday 2026-12-13)', () => {
  // Her Monday 2026-12-14 input, made as of her Sunday as the scheduled review of the week of 2026-12-14 is, with a
  // check-in or message on her Monday (after the review date).
  const input = {
    ...demoInput('athlete07NextMonday'),
    reviewDate: '2026-12-13',
    lastContactDate: '2026-12-14',
  };
  const r = reviewAthlete(input);
  const texts = r.suggestions.flatMap((s) => [s.rationale, s.athleteText]);

  it('should count the contact as on the review date: 0 days since contact, not -1', () => {
    expect(r.reviewDate).toBe('2026-12-13');
    expect(r.nextWeekStart).toBe('2026-12-14');
    expect(r.metrics.daysSinceContact.value).toBe(0);
    // The same review as with the contact on the review date itself.
    const onTheDay = reviewAthlete({ ...input, lastContactDate: '2026-12-13' });
    expect(r.metrics.daysSinceContact).toEqual(onTheDay.metrics.daysSinceContact);
    expect(r.suggestions.map((s) => s.rationale)).toEqual(onTheDay.suggestions.map((s) => s.rationale));
  });

  it('should write no negative count of days and no contact dated after the review date', () => {
    for (const t of texts) {
      expect(t).not.toMatch(/\(-\d+ days?/);
      expect(t).not.toMatch(/-\d+ days? ago/);
      expect(t).not.toContain('checked in on 2026-12-14');
      expect(t).not.toContain('since 2026-12-14');
      expect(t).not.toContain('0 days ago');
    }
    for (const s of r.suggestions) {
      const days = (s.evidence as { daysSinceContact?: number | null } | undefined)?.daysSinceContact;
      if (typeof days === 'number') expect(days).toBeGreaterThanOrEqual(0);
    }
  });
});
