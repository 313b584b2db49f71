/**
 * The queue's keys move through every row it shows, in the order shown: the "Still open from the week of …" rows (the
 * week that has begun) first, then the coming week's. j/k moved through the coming week's list only, so a coach on
 * the keyboard could not reach a review left open from the week before. A new coach and their new athlete (invited by
 * the demo admin, so no other spec's roster changes): the begun week's review made as a Monday catch-up run makes it
 * (`generateReviews` with its `weekStart`), and the coming week's.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  demo,
  gql,
  launch,
  logFourWeeksWithoutPlan,
  newContext,
  newMember,
  signIn,
} from './browser';

const PASSWORD = 'queue-keys-password-1';
const QUEUE = `{ reviewQueue(first: 100) { weekStart earlierWeek { weekStart items { athleteId } } items { athleteId } } }`;
type Queue = {
  reviewQueue: {
    weekStart: string;
    earlierWeek: { weekStart: string; items: { athleteId: string }[] };
    items: { athleteId: string }[];
  };
};

const mondayBefore = (week: string) => {
  const d = new Date(`${week}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 7);
  return d.toISOString().slice(0, 10);
};

/** The queue link that has the focus: its href. */
const focused = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? null);

describe('j/k in the review queue', () => {
  let browser: Browser;
  let coach: Page;
  let athleteId: string;
  let begun: string;
  beforeAll(async () => {
    browser = await launch();
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    const c = await newMember(admin, 'COACH', 'Coach Keys', PASSWORD, 'keys');
    const a = await newMember(admin, 'ATHLETE', 'Kai Keys', PASSWORD, 'keys', c.userId);
    await admin.context().close();
    const athlete = await (await newContext(browser)).newPage();
    await signIn(athlete, a.email, PASSWORD);
    athleteId = await logFourWeeksWithoutPlan(athlete);
    await athlete.context().close();
    coach = await (await newContext(browser, DESKTOP)).newPage();
    await signIn(coach, c.email, PASSWORD);
    begun = mondayBefore((await gql<Queue>(coach, QUEUE)).reviewQueue.weekStart);
    const generate = `mutation($w: String) { generateReviews(input: { wait: true, weekStart: $w }) { total } }`;
    await gql(coach, generate, { w: begun });
    await gql(coach, generate, { w: null });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('moves through the rows still open from the begun week, then the coming week’s, and back', async () => {
    const { reviewQueue } = await gql<Queue>(coach, QUEUE);
    // One row in each list (nothing to move through otherwise).
    expect(reviewQueue.earlierWeek.items).toEqual([{ athleteId }]);
    expect(reviewQueue.items).toEqual([{ athleteId }]);
    const earlierRow = `/coach/review/${athleteId}?week=${begun}`;
    const comingRow = `/coach/review/${athleteId}`;

    await coach.goto('/coach/queue');
    await coach.getByTestId('queue-earlier-row').waitFor();
    await coach.getByTestId('queue-row').waitFor();
    await coach.locator('body').click({ position: { x: 5, y: 300 } });
    // The first row is the current one to start with (the begun week's, shown first): j moves down to the coming
    // week's (the last: j stays), k back up to the begun week's (the first: k stays).
    await expect.poll(() => coach.locator('.queue-row.current a').getAttribute('href')).toBe(earlierRow);
    const moves: (string | null)[] = [];
    for (const key of ['j', 'j', 'k', 'k']) {
      await coach.keyboard.press(key);
      moves.push(await focused(coach));
    }
    expect(moves).toEqual([comingRow, comingRow, earlierRow, earlierRow]);
    // The row the keys are on is marked, in either list.
    await expect.poll(() => coach.locator('.queue-row.current a').getAttribute('href')).toBe(earlierRow);
    await coach.keyboard.press('Enter');
    await coach.waitForURL(`**${earlierRow}`);
    await coach.getByTestId('review-week').waitFor();
  });
});
