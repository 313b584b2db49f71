/**
 * Applying only what the coach read: the review open on the coach's page, the athlete's next week changes through the
 * API (a short week set) and the review is re-derived before the coach clicks (a background run), so a suggestion on
 * screen now changes the week otherwise under the same id. Apply on the version shown is refused in words (nothing
 * written), the card shows the new version, and the coach applies that one. A new coach and athlete (invited by the
 * demo admin, so no other spec's roster changes), four weeks of logged runs, a check-in and an over-sized draft.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coachAndAthlete, gql, launch, openReview, setShortWeek, snap, suggestionCard } from './browser';

const PASSWORD = 'review-stale-password-1';

interface Suggestion {
  id: string;
  kind: string;
  state: string;
  changesDigest: string;
}
interface Review {
  suggestions: Suggestion[];
  decidedSuggestions: Suggestion[];
}
const FIELDS = `id kind state changesDigest`;
const REVIEW = `query($a: ID!) { athleteReview(athleteId: $a) {
  suggestions { ${FIELDS} } decidedSuggestions { ${FIELDS} } } }`;
const DRAFT = `query($a: ID!, $w: String!) { weeklyPlan(athleteId: $a, weekStart: $w) { draft { revision } } }`;

describe('a suggestion re-derived between reading and applying it', () => {
  let browser: Browser;
  let coach: Page;
  let athlete: Page;
  let athleteId: string;
  let nextMonday: string;
  const review = async () =>
    (await gql<{ athleteReview: Review }>(coach, REVIEW, { a: athleteId })).athleteReview;

  beforeAll(async () => {
    browser = await launch();
    ({ coach, athlete, athleteId, nextMonday } = await coachAndAthlete(browser, {
      coach: 'Coach Stale',
      athlete: 'Sten Stale',
      tag: 'stale',
      password: PASSWORD,
    }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses the version shown in words, shows the new one, and applies that one', async () => {
    await openReview(coach, athleteId);
    const read = await review();
    const revision = async () =>
      (
        await gql<{ weeklyPlan: { draft: { revision: number } } }>(coach, DRAFT, {
          a: athleteId,
          w: nextMonday,
        })
      ).weeklyPlan.draft.revision;
    const revisionRead = await revision();

    // Meanwhile, through the API: the athlete's next week becomes short, and the review is re-derived.
    await setShortWeek(athlete, nextMonday);
    await gql(coach, `mutation { generateReviews(input: { wait: true }) { total } }`);
    const now = await review();
    const changed = now.suggestions.find((s) =>
      read.suggestions.some((r) => r.id === s.id && r.changesDigest !== s.changesDigest),
    );
    expect(changed, 'a suggestion the short week re-derives otherwise').toBeDefined();

    const card = suggestionCard(coach, changed!.kind);
    await card.getByRole('button', { name: 'Apply', exact: true }).click();
    const alert = card.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'This suggestion changed since you read it (worked out again with newer data: a session logged, a check-in, another decision, or the day moving on), so nothing was done. It now shows its new version: read it, then apply it if it still fits.',
    );
    await card.scrollIntoViewIfNeeded();
    await snap(coach, 'review-suggestion-changed');
    // Nothing written: still proposed, the draft as it was.
    expect((await review()).suggestions.find((s) => s.id === changed!.id)?.state).toBe('PROPOSED');
    expect(await revision()).toBe(revisionRead);

    // The card now holds the new version: applied as shown.
    await card.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect
      .poll(async () => (await review()).decidedSuggestions.find((s) => s.id === changed!.id)?.state)
      .toBe('APPLIED');
    expect((await review()).decidedSuggestions.find((s) => s.id === changed!.id)?.changesDigest).toBe(
      changed!.changesDigest,
    );
  });
});
