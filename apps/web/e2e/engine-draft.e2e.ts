/**
 * A week the coach has no plan for: a new coach and their new athlete (invited by the demo admin, so no other spec's
 * roster changes), with a few weeks of logged runs and no plan. The coach's review shows the engine's own draft of
 * next week (what the suggestions change), and "Complete and publish" publishes that week, never an empty one; the
 * athlete then sees it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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

const PASSWORD = 'engine-draft-password-1';

const member = (admin: Page, role: 'COACH' | 'ATHLETE', name: string, coachUserId?: string) =>
  newMember(admin, role, name, PASSWORD, 'draft', coachUserId);

describe("the coach's review of a week with no plan: the engine's draft, published as it is", () => {
  let browser: Browser;
  let coach: Page;
  let athlete: Page;
  let athleteId: string;
  beforeAll(async () => {
    browser = await launch();
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    const c = await member(admin, 'COACH', 'Coach Draft');
    const a = await member(admin, 'ATHLETE', 'Dana Draft', c.userId);
    await admin.context().close();
    athlete = await (await newContext(browser)).newPage();
    await signIn(athlete, a.email, PASSWORD);
    // Four weeks of easy runs, a weekly long run, and no plan: the engine drafts next week from them.
    athleteId = await logFourWeeksWithoutPlan(athlete);
    coach = await (await newContext(browser)).newPage();
    await signIn(coach, c.email, PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the engine's draft to edit, and Complete and publish publishes it: the athlete sees that week", async () => {
    await gql(coach, `mutation { generateReviews(input: { wait: true }) { total } }`);
    await coach.goto(`/coach/review/${athleteId}`);
    await coach.getByTestId('engine-draft').waitFor();
    const { athleteReview } = await gql<{
      athleteReview: { nextWeekStart: string; engineDraft: { kind: string; minutes: number }[] };
    }>(
      coach,
      `query($id: ID!) { athleteReview(athleteId: $id) { nextWeekStart engineDraft { kind minutes } } }`,
      { id: athleteId },
    );
    const planned = athleteReview.engineDraft.filter((s) => s.kind !== 'REST');
    expect(planned.length).toBeGreaterThanOrEqual(3);
    const total = planned.reduce((t, s) => t + s.minutes, 0);
    // The editor holds the draft's sessions and its total, not an empty week.
    const h = Math.floor(total / 60);
    const m = total % 60;
    await coach
      .getByText(`Week total: ${h > 0 ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`}`, { exact: false })
      .first()
      .waitFor();
    expect(await coach.getByLabel('Minutes').count()).toBeGreaterThanOrEqual(planned.length);
    await expectAccessible(coach, 'review-engine-draft');
    await snap(coach, 'review-engine-draft');

    await completeAndPublish(coach);
    await coach.getByText('sees the plan now').waitFor();
    const { weeklyPlan } = await gql<{
      weeklyPlan: { published: { sessions: { kind: string; minutes: number }[] } | null };
    }>(
      coach,
      `query($a: ID, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) { published { sessions { kind minutes } } } }`,
      { a: athleteId, w: athleteReview.nextWeekStart },
    );
    const published = weeklyPlan.published!.sessions.filter((s) => s.kind !== 'REST');
    expect(published.map((s) => s.minutes).sort()).toEqual(planned.map((s) => s.minutes).sort());

    // The athlete sees next week as published.
    await athlete.goto('/athlete');
    await athlete.getByRole('heading', { name: 'Next week' }).waitFor();
    await expect
      .poll(async () => (await athlete.getByText('Your coach publishes next week').count()) === 0)
      .toBe(true);
  });
});
