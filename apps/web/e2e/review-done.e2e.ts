/**
 * Completing a review and what the page is after it, the six component cards in words on a phone, and an applied
 * suggestion that keeps naming its sessions. A new coach and their new athlete (invited by the demo admin, so no other
 * spec's roster changes) with four weeks of logged runs, no plan and no check-in or message: the engine's review has
 * an urgent "reach out" among its suggestions. The component cards are also read (never changed) on the demo coach's
 * review with the longest list of suggestion kinds in a card.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  PHONE,
  demo,
  expectAccessible,
  gql,
  launch,
  logFourWeeksWithoutPlan,
  newContext,
  newMember,
  signIn,
  snap,
  saveOversizedDraft,
  nextMondayOf,
  setShortWeek,
} from './browser';

const PASSWORD = 'review-done-password-1';
/** An engine code as the API sends it (MISSED_SESSIONS_PATTERN): never what a coach should read. */
const SCREAMING = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;

interface Review {
  athleteId: string;
  nextWeekStart: string;
  suggestions: { id: string; kind: string; severity: string; changes: { type: string }[] }[];
  components: { component: string; evidence: { key: string; value: string }[] }[];
}
const REVIEW = `query($a: ID!) { athleteReview(athleteId: $a) { athleteId nextWeekStart workflowStatus
  suggestions { id kind severity planWeekStart changes { type } }
  components { component evidence { key value } } } }`;

/** The focused element's tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent]);

/** The page scrolls sideways (wider than the screen); each component card whose content spills past its edge. */
async function overflow(page: Page) {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    cards: [...document.querySelectorAll<HTMLElement>('.components .card')]
      .filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => c.querySelector('h3, .card-header')?.textContent ?? '?'),
  }));
}

describe('a completed review, the component cards in words, applied changes by name', () => {
  let browser: Browser;
  let coach: Page;
  let athleteId: string;
  beforeAll(async () => {
    browser = await launch();
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    const c = await newMember(admin, 'COACH', 'Coach Done', PASSWORD, 'done');
    const a = await newMember(admin, 'ATHLETE', 'Dora Done', PASSWORD, 'done', c.userId);
    await admin.context().close();
    const athlete = await (await newContext(browser)).newPage();
    await signIn(athlete, a.email, PASSWORD);
    athleteId = await logFourWeeksWithoutPlan(athlete);
    // Next week: two days off and a short Sunday, which the coach's draft below does not fit.
    const nextMonday = await nextMondayOf(athlete);
    await setShortWeek(athlete, nextMonday);
    await athlete.context().close();
    coach = await (await newContext(browser)).newPage();
    await signIn(coach, c.email, PASSWORD);
    // The coach's draft of next week: far more than four easy weeks carry (and a run on the days off), so the
    // review's suggestions cut and drop its sessions by name.
    await saveOversizedDraft(coach, athleteId, nextMonday);
    await gql(coach, `mutation { generateReviews(input: { wait: true }) { total } }`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the component cards in words, wrapped, with no sideways scroll at 375 px', async () => {
    // The demo review whose cards list the most suggestion kinds (the longest unbroken line before).
    const demoCoach = await (await newContext(browser, PHONE)).newPage();
    await signIn(demoCoach, demo('coach2'));
    const queue = () =>
      gql<{ reviewQueue: { items: { athleteId: string }[] } }>(
        demoCoach,
        `{ reviewQueue(first: 100) { items { athleteId } } }`,
      );
    let { reviewQueue } = await queue();
    if (reviewQueue.items.length === 0) {
      // This spec ran first: the week's reviews as the queue's "Generate reviews" makes them.
      await gql(demoCoach, `mutation { generateReviews(input: { wait: true }) { total } }`);
      ({ reviewQueue } = await queue());
    }
    let widest = { athleteId: '', length: 0 };
    for (const { athleteId: id } of reviewQueue.items) {
      const { athleteReview } = await gql<{ athleteReview: Review }>(demoCoach, REVIEW, { a: id });
      for (const c of athleteReview.components)
        for (const e of c.evidence)
          if (e.value.includes(',') && e.value.length > widest.length)
            widest = { athleteId: id, length: e.value.length };
    }
    expect(widest.length, 'a demo review with a list in a component card').toBeGreaterThan(0);
    for (const [page, id] of [
      [demoCoach, widest.athleteId],
      [coach, athleteId],
    ] as const) {
      await page.setViewportSize(PHONE);
      await page.goto(`/coach/review/${id}`);
      await page.locator('.components .card').nth(5).waitFor();
      await page.locator('.components .fact').first().waitFor();
      const text = await page.locator('.components').innerText();
      expect(text.match(SCREAMING) ?? []).toEqual([]);
      expect(text).not.toMatch(/\b(tsbToCtl|rampPct|acwr|insufficientData|hrvStatus)\b/);
      const o = await overflow(page);
      expect(o.cards).toEqual([]);
      expect(o.page).toBeLessThanOrEqual(375);
      await snap(page, id === athleteId ? 'review-components' : 'review-components-list');
      await page.setViewportSize(DESKTOP);
      expect((await overflow(page)).cards).toEqual([]);
      await snap(page, id === athleteId ? 'review-components' : 'review-components-list');
    }
    // A list reads as words with spaces: "Suggestions: Missed sessions pattern, Backward design warning".
    const lists = await demoCoach.locator('.components .fact dd').allTextContents();
    expect(lists.some((v) => /^[A-Z][a-z ]+(, [A-Z][a-z ]+)+$/.test(v))).toBe(true);
    await demoCoach.context().close();
  });

  it('an applied suggestion keeps naming the sessions it changed', async () => {
    const { athleteReview } = await gql<{ athleteReview: Review }>(coach, REVIEW, { a: athleteId });
    const named = athleteReview.suggestions.find((s) =>
      s.changes.some((c) => c.type === 'DROP_SESSION' || c.type === 'SCALE_VOLUME'),
    );
    expect(named, 'a suggestion that drops or scales sessions').toBeDefined();
    await coach.goto(`/coach/review/${athleteId}`);
    const card = coach.locator(`[data-testid="suggestion"][data-kind="${named!.kind}"]`);
    const preview = card.getByRole('group', { name: 'Preview of the change to next week' });
    await preview.getByTestId('before-after').waitFor();
    const day = /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s /;
    const before = await preview.getByRole('listitem').allTextContents();
    expect(before.some((l) => day.test(l))).toBe(true);
    await card.getByRole('button', { name: 'Apply' }).click();
    const decided = coach.getByTestId('decided-suggestion').filter({
      hasText: named!.kind
        .replace(/_/g, ' ')
        .toLowerCase()
        .replace(/^./, (x) => x.toUpperCase()),
    });
    await decided.waitFor();
    const after = (await decided.locator('.hint').first().textContent())!;
    // The same sessions, by name: the decided card reads as the card did before the apply.
    expect(after).toBe(before.join('; '));
    expect(after).not.toMatch(/Drop the session|Scale one session|Scale \d+ sessions/);
  });

  it('asks before completing with suggestions undecided, then shows the week done and read-only', async () => {
    await coach.setViewportSize(DESKTOP);
    await coach.goto(`/coach/review/${athleteId}`);
    const { athleteReview } = await gql<{ athleteReview: Review }>(coach, REVIEW, { a: athleteId });
    const undecided = athleteReview.suggestions.length;
    const urgent = athleteReview.suggestions.filter((s) => s.severity === 'URGENT').length;
    expect(urgent, 'an urgent suggestion (no contact on record)').toBeGreaterThan(0);
    const suggestions = coach.getByTestId('suggestion');
    await expect.poll(() => suggestions.count()).toBe(undecided);
    const complete = coach.getByRole('button', { name: 'Complete and publish' });
    await complete.click();

    // Not published: a confirm step that says how many are undecided and how many urgent, keyboard first.
    const dialog = coach.getByRole('alertdialog', {
      name: 'Complete the review with suggestions undecided?',
    });
    await dialog.waitFor();
    const many = undecided === 1 ? '1 suggestion is' : `${undecided} suggestions are`;
    const urgentText = undecided === 1 ? ', and it is urgent' : `, ${urgent} of them urgent`;
    await dialog.getByText(`${many} still undecided${urgentText}.`).waitFor();
    await expectAccessible(coach, 'review-confirm-complete');
    await snap(coach, 'review-confirm-complete');
    await expect
      .poll(() => coach.evaluate(() => document.activeElement?.textContent))
      .toBe('Back to the suggestions');
    await coach.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => coach.evaluate(() => document.activeElement?.textContent))
      .toBe('Complete and publish');
    const still = await gql<{ athleteReview: { workflowStatus: string } }>(coach, REVIEW, { a: athleteId });
    expect(still.athleteReview.workflowStatus).not.toBe('DONE');

    // Confirmed with the keyboard: Enter opens the step, Tab to "Complete anyway", Enter completes.
    await complete.focus();
    await coach.keyboard.press('Enter');
    await dialog.waitFor();
    await expect
      .poll(() => coach.evaluate(() => document.activeElement?.textContent))
      .toBe('Back to the suggestions');
    await coach.keyboard.press('Tab');
    expect(await coach.evaluate(() => document.activeElement?.textContent)).toBe('Complete anyway');
    await coach.keyboard.press('Enter');
    await coach.getByRole('status').filter({ hasText: 'Published. Dora sees the plan now.' }).waitFor();
    // Focus on the completed week (the button that had it is gone), not on the page's body.
    await expect.poll(() => focused(coach)).toEqual(['H2', 'Next week (published)']);

    // Done: read-only for the decided week, as the API is (REVIEW_DONE for apply, dismiss, snooze, complete).
    const check = async () => {
      await coach.getByTestId('review-done').waitFor();
      await coach.getByTestId('workflow-status').getByText('Review done').waitFor();
      expect(await coach.getByRole('heading', { level: 1 }).locator('.badge').textContent()).toBe('done');
      for (const name of ['Apply', 'Dismiss', 'Edit', 'Save draft', 'Complete and publish', 'Snooze'])
        expect(await coach.getByRole('button', { name, exact: true }).count(), name).toBe(0);
      expect(await coach.getByRole('button', { name: /^Undo/ }).count(), 'Undo').toBe(0);
      expect(await coach.getByLabel('Share this reason with the athlete when publishing').count()).toBe(0);
      expect(await coach.getByTestId('left-undecided').count()).toBe(undecided);
      await coach.getByRole('heading', { name: `Left undecided (${undecided})` }).waitFor();
      await coach.getByTestId('done-week').waitFor();
      expect(await coach.getByTestId('done-week').locator('li.day').count()).toBe(7);
    };
    await check();
    await expectAccessible(coach, 'review-done');
    await snap(coach, 'review-done');
    await coach.reload();
    await check();
    await coach.setViewportSize(PHONE);
    expect((await overflow(coach)).page).toBeLessThanOrEqual(375);
    await snap(coach, 'review-done');

    // The week can still be changed after all (a coach's correction): "Change this week" opens it, and "Publish the
    // change" publishes the next version; the review stays done, its suggestions as decided.
    await coach.setViewportSize(DESKTOP);
    const week = `query($a: ID!, $w: String!) { weeklyPlan(athleteId: $a, weekStart: $w) { published { version sessions { minutes } } } }`;
    type Week = { weeklyPlan: { published: { version: number; sessions: { minutes: number }[] } | null } };
    const before = (await gql<Week>(coach, week, { a: athleteId, w: athleteReview.nextWeekStart })).weeklyPlan
      .published!;
    const changeButton = coach.getByRole('button', { name: 'Change this week' });
    await changeButton.click();
    // Focus on the editor's heading as it opens; back on "Change this week" when the change is published (and said).
    await expect
      .poll(() => focused(coach))
      .toEqual(['H2', `Change next week (published as version ${before.version})`]);
    const firstRun = coach
      .getByTestId('edit-session')
      .filter({ has: coach.getByLabel('Minutes') })
      .first();
    await firstRun.getByLabel('Minutes').fill('33');
    await coach.getByRole('button', { name: 'Publish the change' }).click();
    await coach.getByRole('status').filter({ hasText: 'Published. Dora sees the plan now.' }).waitFor();
    await coach.getByTestId('done-week').waitFor();
    await expect.poll(() => focused(coach)).toEqual(['BUTTON', 'Change this week']);
    const after = (await gql<Week>(coach, week, { a: athleteId, w: athleteReview.nextWeekStart })).weeklyPlan
      .published!;
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.sessions.map((x) => x.minutes)).toContain(33);
    const doneAgain = await gql<{ athleteReview: { workflowStatus: string } }>(coach, REVIEW, {
      a: athleteId,
    });
    expect(doneAgain.athleteReview.workflowStatus).toBe('DONE');
    expect(await coach.getByRole('button', { name: 'Apply', exact: true }).count()).toBe(0);

    // A change cancelled leaves nothing behind: opened again, the editor starts from the published week.
    await changeButton.click();
    await firstRun.getByLabel('Minutes').fill('21');
    await coach.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => focused(coach)).toEqual(['BUTTON', 'Change this week']);
    await changeButton.click();
    expect(await firstRun.getByLabel('Minutes').inputValue()).toBe('33');

    // The week published again meanwhile (another tab): the change is refused, not published over that version.
    const { savePlanDraft } = await gql<{ savePlanDraft: { id: string; revision: number } }>(
      coach,
      `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { id revision } }`,
      {
        input: {
          athleteId,
          weekStart: athleteReview.nextWeekStart,
          sessions: [
            {
              date: athleteReview.nextWeekStart,
              kind: 'RUN',
              minutes: 50,
              effort: { type: 'RPE', value: 3 },
              purpose: 'Easy run',
            },
          ],
        },
      },
    );
    await gql(coach, `mutation($input: PublishPlanInput!) { publishPlan(input: $input) { version } }`, {
      input: { planId: savePlanDraft.id, expectedRevision: savePlanDraft.revision },
    });
    await firstRun.getByLabel('Minutes').fill('22');
    await coach.getByRole('button', { name: 'Publish the change' }).click();
    await coach.getByText(/This week was published again since you opened it for a change/).waitFor();
    const kept = (await gql<Week>(coach, week, { a: athleteId, w: athleteReview.nextWeekStart })).weeklyPlan
      .published!;
    expect(kept.version).toBe(after.version + 1);
    expect(kept.sessions.map((x) => x.minutes)).toEqual([50]);
  });
});
