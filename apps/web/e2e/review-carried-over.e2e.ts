/**
 * A week the coach had not finished before it began: its open review stays in the queue ("Still open from the week
 * of …"), opens as that week's review (`?week=`), takes a decision and a completion on that week, and leaves the queue.
 * A new coach and their new athlete (invited by the demo admin, so no other spec's roster changes): four weeks logged,
 * the coach's oversized draft of the week that has begun (the organization's current week, whatever the day the spec
 * runs), and that week's review made as a Monday catch-up run makes it (`generateReviews` with its `weekStart`).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeAndPublish,
  demo,
  gql,
  launch,
  logFourWeeksWithoutPlan,
  newContext,
  newMember,
  saveOversizedDraft,
  signIn,
  snap,
} from './browser';

const PASSWORD = 'carried-over-password-1';
const REVIEW = `query($a: ID!, $w: String) { athleteReview(athleteId: $a, weekStart: $w) { weekStart workflowStatus
  suggestions { id kind planWeekStart changes { type } } decidedSuggestions { id state } } }`;
const QUEUE = `{ reviewQueue(first: 100) { weekStart earlierWeek { weekStart items { athleteId } } } }`;

interface Review {
  weekStart: string;
  workflowStatus: string;
  suggestions: { id: string; kind: string; planWeekStart: string; changes: { type: string }[] }[];
  decidedSuggestions: { id: string; state: string }[];
}
type Queue = {
  reviewQueue: { weekStart: string; earlierWeek: { weekStart: string; items: { athleteId: string }[] } };
};

const mondayBefore = (week: string) => {
  const d = new Date(`${week}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 7);
  return d.toISOString().slice(0, 10);
};

describe('a review of the week that has begun, finished from the queue', () => {
  let browser: Browser;
  let coach: Page;
  let athleteId: string;
  let begun: string;
  beforeAll(async () => {
    browser = await launch();
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    const c = await newMember(admin, 'COACH', 'Coach Carry', PASSWORD, 'carry');
    const a = await newMember(admin, 'ATHLETE', 'Cora Carry', PASSWORD, 'carry', c.userId);
    await admin.context().close();
    const athlete = await (await newContext(browser)).newPage();
    await signIn(athlete, a.email, PASSWORD);
    athleteId = await logFourWeeksWithoutPlan(athlete);
    await athlete.context().close();
    coach = await (await newContext(browser)).newPage();
    await signIn(coach, c.email, PASSWORD);
    // The week that has begun, as the queue reckons it: the week before its default (coming) week.
    begun = mondayBefore((await gql<Queue>(coach, QUEUE)).reviewQueue.weekStart);
    await saveOversizedDraft(coach, athleteId, begun);
    await gql(
      coach,
      `mutation($w: String) { generateReviews(input: { wait: true, weekStart: $w }) { total } }`,
      {
        w: begun,
      },
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the begun week’s review from the queue, applies a change to that week, completes it, and it leaves', async () => {
    await coach.goto('/coach/queue');
    const section = coach.getByTestId('queue-earlier');
    await section.waitFor();
    await section.getByRole('heading', { name: /^Still open from the week of / }).waitFor();
    const row = section.getByTestId('queue-earlier-row').filter({ hasText: 'Cora Carry' });
    await row.waitFor();
    expect(await row.getAttribute('href')).toBe(`/coach/review/${athleteId}?week=${begun}`);
    await snap(coach, 'queue-still-open');

    const { athleteReview: before } = await gql<{ athleteReview: Review }>(coach, REVIEW, {
      a: athleteId,
      w: begun,
    });
    expect(before).toMatchObject({ weekStart: begun, workflowStatus: 'PENDING' });
    const named = before.suggestions.find(
      (s) =>
        s.planWeekStart === begun &&
        s.changes.some((x) => x.type === 'DROP_SESSION' || x.type === 'SCALE_VOLUME'),
    );
    expect(named, 'a suggestion that drops or scales sessions of the begun week').toBeDefined();

    await row.click();
    await coach.waitForURL(`**/coach/review/${athleteId}?week=${begun}`);
    await coach.getByTestId('review-week').waitFor();
    // The week it plans has begun: the page says "This week", not "Next week".
    await coach
      .getByText(/^This week \(from /)
      .first()
      .waitFor();
    expect(await coach.getByText(/^Next week \(from /).count()).toBe(0);
    const card = coach.locator(`[data-testid="suggestion"][data-kind="${named!.kind}"]`);
    await card.getByRole('button', { name: 'Apply' }).click();
    // Applied on the page (decided, read again from the API), and on the begun week's review.
    await coach.locator(`[data-testid="decided-suggestion"][data-id="${named!.id}"]`).waitFor();
    const applied = (await gql<{ athleteReview: Review }>(coach, REVIEW, { a: athleteId, w: begun }))
      .athleteReview;
    expect(applied.decidedSuggestions.find((s) => s.id === named!.id)?.state).toBe('APPLIED');
    expect(applied.workflowStatus).toBe('IN_PROGRESS');
    // The change went to the begun week's draft (the coach's draft was revision 1).
    const { weeklyPlan } = await gql<{ weeklyPlan: { draft: { revision: number } | null } }>(
      coach,
      `query($a: ID, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) { draft { revision } } }`,
      { a: athleteId, w: begun },
    );
    expect(weeklyPlan.draft?.revision).toBe(2);

    await completeAndPublish(coach);
    await coach.getByTestId('workflow-status').filter({ hasText: 'Review done' }).waitFor();
    const done = (await gql<{ athleteReview: Review }>(coach, REVIEW, { a: athleteId, w: begun }))
      .athleteReview;
    expect(done.workflowStatus).toBe('DONE');
    const published = await gql<{ weeklyPlan: { draft: unknown; published: { version: number } | null } }>(
      coach,
      `query($a: ID, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) { draft { revision } published { version } } }`,
      { a: athleteId, w: begun },
    );
    expect(published.weeklyPlan).toEqual({ draft: null, published: { version: 1 } });

    // Back in the queue: the week is finished, nothing of it is left there.
    await coach.getByRole('link', { name: '← Queue' }).click();
    await coach.waitForURL('**/coach/queue');
    await coach.getByRole('heading', { name: 'Review queue' }).waitFor();
    // (The screen has read the queue: its notice of the coming week's missing review shows.)
    await coach.getByText(/have no review for the week of/).waitFor();
    await expect.poll(() => coach.getByTestId('queue-earlier').count(), { timeout: 10_000 }).toBe(0);
    expect((await gql<Queue>(coach, QUEUE)).reviewQueue.earlierWeek).toEqual({ weekStart: begun, items: [] });
  });
});
