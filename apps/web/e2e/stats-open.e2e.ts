/**
 * The coach's suggestion stats count as open only what is still to decide: completing a review moves what it left
 * proposed out of "Open" and into "Left undecided" at once, also when the stats were read earlier in the same visit.
 * A new coach and their new athlete (invited by the demo admin, so no other spec's roster changes) with four weeks of
 * logged runs and no plan: the engine's review proposes something.
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

/** The "All kinds" row's cell under a column, by its header. */
async function totalCell(page: Page, column: string) {
  const stats = page.getByTestId('suggestion-stats');
  await stats.waitFor();
  const headers = await stats.getByRole('columnheader').allTextContents();
  const i = headers.indexOf(column);
  if (i < 0) return undefined;
  // The row's first column is its header (a rowheader, not a cell).
  return Number(
    await stats
      .getByRole('row', { name: /^All kinds/ })
      .getByRole('cell')
      .nth(i - 1)
      .textContent(),
  );
}

const title = async (page: Page) =>
  (await page.getByRole('heading', { name: /^Weeks of / }).textContent()) ?? '';

/** The "All kinds" row's Open cell and the card's title, as the page shows them. */
async function shownOpen(page: Page) {
  return {
    cell: await totalCell(page, 'Open'),
    title: /(\d+) open\b/.exec(await title(page))?.[1],
  };
}

/** The "All kinds" row's "Left undecided" cell and the card's title, as the page shows them. */
async function shownUndecided(page: Page) {
  return {
    cell: await totalCell(page, 'Left undecided'),
    title: /(\d+) left undecided$/.exec(await title(page))?.[1],
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

  it('counts what a completed review left undecided no longer as open but as left undecided, without reloading (desktop, then 375 px)', async () => {
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
    // What the completed review left proposed is counted as left undecided (it was not shown at all).
    expect(after.undecided).toBe(before.open);
    expect(await shownUndecided(page)).toEqual({ cell: after.undecided, title: String(after.undecided) });
    await expectAccessible(page, 'suggestion-stats-open');
    await page.setViewportSize(PHONE);
    expect(await shownOpen(page)).toEqual({ cell: 0, title: '0' });
    expect(await shownUndecided(page)).toEqual({ cell: after.undecided, title: String(after.undecided) });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
