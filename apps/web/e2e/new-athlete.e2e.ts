/**
 * A brand-new athlete (joined, intake sent, no training yet) as their coach first meets them: the queue's badge and
 * the review's badge say the same thing, from one rule (what the review needs from the coach now). A new coach and
 * athlete invited by the demo admin, so no other spec's roster changes.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, demo, expectAccessible, gql, launch, newContext, newMember, signIn, snap } from './browser';

const PASSWORD = 'new-athlete-password-1';

describe('a brand-new athlete in the queue and on the review', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the queue's badge and the review's badge agree", async () => {
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    const coach = await newMember(admin, 'COACH', 'Coach Newby', PASSWORD, 'newby');
    const athlete = await newMember(admin, 'ATHLETE', 'Nils Newby', PASSWORD, 'newby', coach.userId);
    await admin.context().close();
    const a = await (await newContext(browser)).newPage();
    await signIn(a, athlete.email, PASSWORD);
    await gql(a, `mutation($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`, {
      input: {
        yearsRunning: 1,
        typicalWeeklyHours: 3,
        longestRecentSessionMinutes: 60,
        injuryHistory: '',
        strengths: [],
        weaknesses: [],
        availabilityMinutes: [45, 0, 45, 0, 45, 90, 0],
        lifeConstraints: '',
        goals: 'A first 10k',
        upcomingRaces: [],
      },
    });
    await a.context().close();

    const page = await (await newContext(browser)).newPage();
    await signIn(page, coach.email, PASSWORD);
    await gql(page, `mutation { generateReviews(input: { wait: true }) { total } }`);
    await page.goto('/coach/queue');
    const row = page.getByTestId('queue-row').filter({ hasText: 'Nils Newby' });
    const inQueue = (await row.locator('.badge').innerText()).trim();
    await snap(page, 'queue-new-athlete');
    await row.click();
    await page.waitForURL('**/coach/review/**');
    const heading = page.getByRole('heading', { level: 1, name: /Nils Newby/ });
    await heading.waitFor();
    const onReview = (await heading.locator('.badge').innerText()).trim();
    expect(onReview).toBe(inQueue);
    await expectAccessible(page, 'review-new-athlete');
    await snap(page, 'review-new-athlete');
    await page.setViewportSize(PHONE);
    await snap(page, 'review-new-athlete');
    await page.context().close();
  });
});
