/**
 * What the review screen says when the coach saves next week's draft, by what the save did to the stored review
 * (savePlanDraft's `reviewRegeneration`): GENERATED (re-derived in the save), QUEUED (re-deriving failed: the draft
 * is kept and the review re-run in the background), KEPT_DONE (the review was completed). QUEUED is provoked as the
 * API's e2e suite provokes it (test/e2e/plans-review-sync: a statement of the re-derivation fails in the database),
 * from outside the server: a trigger makes the first write of this athlete's review fail, once (a sequence counts,
 * and a sequence is not rolled back with the save's savepoint), so the background re-run then succeeds. A new coach
 * and athlete (invited by the demo admin), so no other spec's roster changes.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  completeAndPublish,
  demo,
  gql,
  launch,
  logFourWeeksWithoutPlan,
  newContext,
  newMember,
  signIn,
  snap,
} from './browser';

const PASSWORD = 'review-refresh-password-1';

const member = (admin: Page, role: 'COACH' | 'ATHLETE', name: string, coachUserId?: string) =>
  newMember(admin, role, name, PASSWORD, 'refresh', coachUserId);

/** The first write of the athlete's weekly review fails (once); returns how to see it fired and to remove it. */
async function failFirstReviewWrite(athleteId: string) {
  if (!/^[0-9a-f-]{36}$/.test(athleteId)) throw new Error(`not an id: ${athleteId}`);
  const name = `review_fault_${randomBytes(4).toString('hex')}`;
  const db = new pg.Client({ connectionString: inject('databaseURL') });
  await db.connect();
  await db.query(`CREATE SEQUENCE ${name}`);
  await db.query(
    `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF nextval('${name}') = 1 THEN RAISE EXCEPTION 'weekly_review write refused (browser test fault)'; END IF;
       RETURN NEW;
     END $$`,
  );
  await db.query(
    `CREATE TRIGGER ${name} BEFORE INSERT OR UPDATE ON weekly_review FOR EACH ROW
       WHEN (NEW.athlete_id = '${athleteId}') EXECUTE FUNCTION ${name}()`,
  );
  return {
    /** How many writes of the review the trigger saw (the refused one first). */
    fired: async () =>
      Number(
        (
          await db.query<{ n: string }>(
            `SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS n FROM ${name}`,
          )
        ).rows[0].n,
      ),
    remove: async () => {
      try {
        await db.query(`DROP TRIGGER IF EXISTS ${name} ON weekly_review`);
        await db.query(`DROP FUNCTION IF EXISTS ${name}()`);
        await db.query(`DROP SEQUENCE IF EXISTS ${name}`);
      } finally {
        await db.end();
      }
    },
  };
}

interface Review {
  generatedAt: string;
  workflowStatus: string;
  nextWeekStart: string;
  suggestions: { changes: { type: string; sessionId: string | null; sessionIds: string[] | null }[] }[];
}

const reviewOf = async (page: Page, athleteId: string) =>
  (
    await gql<{ athleteReview: Review }>(
      page,
      `query($id: ID!) { athleteReview(athleteId: $id) { generatedAt workflowStatus nextWeekStart
         suggestions { changes { type sessionId sessionIds } } } }`,
      { id: athleteId },
    )
  ).athleteReview;

/** The session ids a review's suggestions name (a session a change adds has none yet). */
const named = (r: Review) =>
  r.suggestions.flatMap((s) =>
    s.changes
      .filter((c) => c.type !== 'ADD_SESSION')
      .flatMap((c) => [c.sessionId, ...(c.sessionIds ?? [])].filter((id): id is string => !!id)),
  );

describe('saving the draft on the review screen: what became of the suggestions', () => {
  let browser: Browser;
  let coach: Page;
  let athleteId: string;
  beforeAll(async () => {
    browser = await launch();
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    const c = await member(admin, 'COACH', 'Coach Refresh');
    const a = await member(admin, 'ATHLETE', 'Robin Refresh', c.userId);
    await admin.context().close();
    const athlete = await (await newContext(browser)).newPage();
    await signIn(athlete, a.email, PASSWORD);
    // Four weeks of easy runs, a weekly long run, and no plan: the engine drafts next week from them.
    athleteId = await logFourWeeksWithoutPlan(athlete);
    await athlete.context().close();
    coach = await (await newContext(browser)).newPage();
    await signIn(coach, c.email, PASSWORD);
    await gql(coach, `mutation { generateReviews(input: { wait: true }) { total } }`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says the suggestions are being refreshed when the save could not re-derive them, and shows them once refreshed', async () => {
    await coach.goto(`/coach/review/${athleteId}`);
    await coach.getByTestId('engine-draft').waitFor();
    const before = await reviewOf(coach, athleteId);
    const fault = await failFirstReviewWrite(athleteId);
    try {
      await coach.getByRole('button', { name: 'Save draft' }).click();
      // The draft is saved; the review is not (yet) about it, and the screen says so.
      const notice = coach.getByTestId('draft-review');
      await expect.poll(() => notice.getAttribute('data-state')).toBe('REFRESHING');
      await expect(notice.textContent()).resolves.toMatch(
        /Draft saved\. The suggestions could not be brought up to date with it just now: they are being refreshed/,
      );
      await snap(coach, 'review-draft-refreshing');
      // The background re-run (a second or so later) stores the review of the draft; the screen reads it again by
      // itself, with no reload and no push (nothing urgent is new), and says so.
      await expect
        .poll(() => notice.getAttribute('data-state'), { timeout: 30_000, interval: 250 })
        .toBe('REFRESHED');
      await expect(notice.textContent()).resolves.toBe(
        'Draft saved. The suggestions above are now up to date with it.',
      );
      // The refused write was the save's, then the re-run's went through.
      expect(await fault.fired()).toBeGreaterThanOrEqual(2);
    } finally {
      await fault.remove();
    }
    const after = await reviewOf(coach, athleteId);
    expect(Date.parse(after.generatedAt)).toBeGreaterThan(Date.parse(before.generatedAt));
    const { weeklyPlan } = await gql<{
      weeklyPlan: { draft: { updatedAt: string; sessions: { id: string }[] } | null };
    }>(
      coach,
      `query($a: ID, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) { draft { updatedAt sessions { id } } } }`,
      { a: athleteId, w: after.nextWeekStart },
    );
    expect(Date.parse(after.generatedAt)).toBeGreaterThanOrEqual(Date.parse(weeklyPlan.draft!.updatedAt));
    const ids = new Set(weeklyPlan.draft!.sessions.map((s) => s.id));
    for (const id of named(after)) expect(ids.has(id), id).toBe(true);
    // What the screen shows is the review read again: as many suggestions as the API has now.
    await coach.getByText(`Suggestions (${after.suggestions.length})`, { exact: true }).waitFor();
  });

  it('says the suggestions follow a draft saved normally, and offers no draft to save once the review is completed', async () => {
    await coach.goto(`/coach/review/${athleteId}`);
    await coach.getByText(/^Next week's draft \(revision \d+\)$/).waitFor();
    const notice = coach.getByTestId('draft-review');
    // The plan read again after the save is slow to come back (1.5 s): the coach clicks "Complete and publish" as soon
    // as the save says it is done. Sent with the revision read before the save, the publish was refused ("Someone else
    // changed this plan meanwhile") by the coach's own save; the buttons now wait for the plan read again.
    let slow = true;
    await coach.route('**/graphql', async (route) => {
      if (slow && /query WeekPlan\b/.test(route.request().postData() ?? '')) {
        slow = false;
        await new Promise((r) => setTimeout(r, 1_500));
      }
      await route.continue();
    });
    // An edit, so that the save makes a new revision.
    const minutes = coach.getByTestId('edit-session').getByLabel('Minutes').first();
    await minutes.fill(String(Number(await minutes.inputValue()) + 5));
    await coach.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(() => notice.getAttribute('data-state')).toBe('GENERATED');
    await expect(notice.textContent()).resolves.toBe(
      'Draft saved. The suggestions above are for the draft as saved.',
    );
    await completeAndPublish(coach);
    await coach.getByText('sees the plan now').waitFor();
    expect(slow).toBe(false);
    expect(await coach.getByRole('alert').allTextContents()).toEqual([]);
    // Waits for a handler still running (a read the page made meanwhile): removed under it, the route is continued by
    // Playwright, and the handler's own continue then throws 'Route is already handled!' (an unhandled error in CI).
    await coach.unrouteAll({ behavior: 'wait' });
    await expect.poll(async () => (await reviewOf(coach, athleteId)).workflowStatus).toBe('DONE');
    await expect(notice.count()).resolves.toBe(0);
    await coach.getByText('Next week (published)').waitFor();
    // Completed: the week is shown read-only (the API refuses any further action on the review), no draft to save.
    await coach.getByTestId('review-done').waitFor();
    expect(await coach.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
  });
});
