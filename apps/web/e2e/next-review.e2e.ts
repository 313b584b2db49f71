/**
 * After completing a review, the way on: a link to the next review in the queue, and, the last one done, the way back
 * to the queue. A new coach and two new athletes (invited by the demo admin, so no other spec's roster changes), each
 * with four weeks of logged runs and no plan.
 */
import type { Browser } from 'playwright-core';
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
  snap,
} from './browser';

const PASSWORD = 'next-review-password-1';

describe('the next review after one is completed', () => {
  let browser: Browser;
  let coachEmail: string;
  const athletes = new Map<string, string>(); // id → name
  beforeAll(async () => {
    browser = await launch();
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    const c = await newMember(admin, 'COACH', 'Coach Next', PASSWORD, 'next');
    coachEmail = c.email;
    const members = [];
    for (const name of ['Nina Next', 'Noah Next'])
      members.push({ name, ...(await newMember(admin, 'ATHLETE', name, PASSWORD, 'next', c.userId)) });
    await admin.context().close();
    for (const m of members) {
      const athlete = await (await newContext(browser)).newPage();
      await signIn(athlete, m.email, PASSWORD);
      athletes.set(await logFourWeeksWithoutPlan(athlete), m.name);
      await athlete.context().close();
    }
    const coach = await (await newContext(browser)).newPage();
    await signIn(coach, c.email, PASSWORD);
    await gql(coach, `mutation { generateReviews(input: { wait: true }) { total } }`);
    await coach.context().close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('links the next review in the queue once one is completed, and the queue once none is left', async () => {
    const page = await (await newContext(browser, DESKTOP)).newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await signIn(page, coachEmail, PASSWORD);
    await page.goto('/coach/queue');
    const rows = page.getByTestId('queue-row');
    await rows.nth(1).waitFor();
    const queued = await rows.locator('.queue-name').allTextContents();
    expect([...queued].sort()).toEqual([...athletes.values()].sort());

    // The first of the queue, completed: the second is the next.
    await rows.first().click();
    await page.getByTestId('suggestion').first().waitFor();
    await completeAndPublish(page);
    await page.getByTestId('review-done').waitFor();
    const next = page.getByTestId('next-review').getByRole('link', { name: `Next review: ${queued[1]}` });
    await next.waitFor();
    await expectAccessible(page, 'next-review');
    await snap(page, 'next-review');
    await page.setViewportSize(PHONE);
    await next.waitFor();
    await snap(page, 'next-review');
    await next.click();
    const secondId = [...athletes].find(([, name]) => name === queued[1])![0];
    await page.waitForURL(`**/coach/review/${secondId}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${queued[1]}`) }).waitFor();

    // The last one completed: nothing left, the way back to the queue.
    await page.getByTestId('suggestion').first().waitFor();
    await completeAndPublish(page);
    await page.getByTestId('review-done').waitFor();
    const none = page.getByTestId('next-review');
    await none.getByText('Every review in your queue is done.').waitFor();
    await none.getByRole('link', { name: 'Back to the queue' }).click();
    await page.waitForURL('**/coach/queue**');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
