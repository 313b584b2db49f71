/**
 * The coach's suggestion stats count as open only what is still to decide: completing a review moves what it left
 * proposed out of "Open" at once, also when the stats were read earlier in the same visit. A new coach and their new
 * athlete (invited by the demo admin, so no other spec's roster changes) with four weeks of logged runs and no plan:
 * the engine's review proposes something.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  PHONE,
  completeAndPublish,
  demo,
  expectAccessible,
  gql,
  launch,
  logFourWeeksWithoutPlan,
  newContext,
  newMember,
  signIn,
} from './browser';

const PASSWORD = 'stats-open-password-1';
const STATS = `{ suggestionStats { total { open undecided decided } } }`;

/** The "All kinds" row's Open cell and the card's title, as the page shows them. */
async function shownOpen(page: Page) {
  const stats = page.getByTestId('suggestion-stats');
  await stats.waitFor();
  const cells = stats.getByRole('row', { name: /^All kinds/ }).getByRole('cell');
  return {
    cell: Number(await cells.nth(4).textContent()),
    title: /(\d+) open$/.exec(
      (await page.getByRole('heading', { name: /^Weeks of / }).textContent()) ?? '',
    )?.[1],
  };
}

describe('the stats’ "Open" after a review is completed', () => {
  let browser: Browser;
  let coachEmail: string;
  let athleteId: string;
  beforeAll(async () => {
    browser = await launch();
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    const c = await newMember(admin, 'COACH', 'Coach Open', PASSWORD, 'open');
    const a = await newMember(admin, 'ATHLETE', 'Olga Open', PASSWORD, 'open', c.userId);
    coachEmail = c.email;
    await admin.context().close();
    const athlete = await (await newContext(browser)).newPage();
    await signIn(athlete, a.email, PASSWORD);
    athleteId = await logFourWeeksWithoutPlan(athlete);
    await athlete.context().close();
    const coach = await (await newContext(browser)).newPage();
    await signIn(coach, c.email, PASSWORD);
    await gql(coach, `mutation { generateReviews(input: { wait: true }) { total } }`);
    await coach.context().close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('counts what a completed review left undecided no longer as open, without reloading (desktop, then 375 px)', async () => {
    const page = await (await newContext(browser, DESKTOP)).newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await signIn(page, coachEmail, PASSWORD);
    const before = (await gql<{ suggestionStats: { total: { open: number } } }>(page, STATS)).suggestionStats
      .total;
    // The review proposes something: open suggestions to count (nothing open would test nothing).
    expect(before.open).toBeGreaterThan(0);
    await page.goto('/coach/stats');
    expect(await shownOpen(page)).toEqual({ cell: before.open, title: String(before.open) });

    // Completed with every suggestion left undecided, from the app (no reload): none is open any more.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queue' }).click();
    await page.getByTestId('queue-row').filter({ hasText: 'Olga Open' }).click();
    await page.waitForURL(`**/coach/review/${athleteId}`);
    await page.getByTestId('suggestion').first().waitFor();
    await completeAndPublish(page);
    await page
      .getByTestId('workflow-status')
      .getByText(/Done|Completed|Published/i)
      .first()
      .waitFor();
    const after = (
      await gql<{ suggestionStats: { total: { open: number; undecided: number } } }>(page, STATS)
    ).suggestionStats.total;
    expect(after.open).toBe(0);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Stats', exact: true })
      .click();
    await expect.poll(() => shownOpen(page)).toEqual({ cell: 0, title: '0' });
    await expectAccessible(page, 'suggestion-stats-open');
    await page.setViewportSize(PHONE);
    expect(await shownOpen(page)).toEqual({ cell: 0, title: '0' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
