/**
 * Deciding on the review and taking it back: a dismissal with a reason (typed, or a quick one) and its undo, an applied
 * change undone (refused in words while a later change stands on it), the "Complete and publish" confirm step as a
 * modal whose counts follow the review, and an undo refused in words once the review is completed elsewhere. A new
 * coach and their new athlete (invited by the demo admin, so no other spec's roster changes), with four weeks of
 * logged runs, a check-in (so no "reach out" is urgent) and a coach's draft of next week far above them: the review
 * holds the week (cutting and dropping sessions) and notes the backward design, neither urgent.
 */
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  OUT,
  PHONE,
  coachAndAthlete,
  decidedCard,
  expectAccessible,
  gql,
  launch,
  openReview,
  snap,
  suggestionCard,
} from './browser';

const PASSWORD = 'review-undo-password-1';

interface Suggestion {
  id: string;
  kind: string;
  severity: string;
  state: string;
  planWeekStart: string;
  dismissReason: string | null;
  changes: { type: string }[];
}
interface Review {
  nextWeekStart: string;
  workflowStatus: string;
  suggestions: Suggestion[];
  decidedSuggestions: Suggestion[];
}
const FIELDS = `id kind severity state planWeekStart dismissReason changes { type }`;
const REVIEW = `query($a: ID!) { athleteReview(athleteId: $a) { nextWeekStart workflowStatus
  suggestions { ${FIELDS} } decidedSuggestions { ${FIELDS} } } }`;
const DRAFT = `query($a: ID!, $w: String!) { weeklyPlan(athleteId: $a, weekStart: $w) {
  draft { revision sessions { date kind minutes } } } }`;
type Draft = {
  weeklyPlan: { draft: { revision: number; sessions: { date: string; kind: string; minutes: number }[] } };
};

/** The part of the screen a change is about, beside the whole page (`snap`): name-part-desktop.png or -375.png. */
async function snapPart(page: Page, part: Locator, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await part.screenshot({ path: join(OUT, `${name}-part-${width < 500 ? '375' : 'desktop'}.png`) });
}

/** RECOVERY_DOWN_WEEK -> "Recovery down week", as the page names a suggestion. */
const words = (code: string) =>
  code
    .replace(/_/g, ' ')
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase());

/**
 * What `read` gives once it equals `expected`, else after a few seconds what it gives then: for soft checks, so that one
 * run shows each defect a test covers (not only the first).
 */
async function settled<T>(read: () => Promise<T>, expected: T, ms = 5_000): Promise<T> {
  const until = Date.now() + ms;
  let v = await read();
  while (JSON.stringify(v) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}
const focusedOn = (l: Locator) => () => l.evaluate((el) => el === document.activeElement);

describe('undoing decisions, dismissing with a reason, the modal confirm step', () => {
  let browser: Browser;
  let coach: Page;
  let athlete: Page;
  let athleteId: string;
  const review = async () =>
    (await gql<{ athleteReview: Review }>(coach, REVIEW, { a: athleteId })).athleteReview;
  const active = () =>
    coach.evaluate(() => ({
      tag: document.activeElement?.tagName,
      text: document.activeElement?.textContent,
      kind: document.activeElement?.closest('[data-testid="suggestion"]')?.getAttribute('data-kind') ?? null,
    }));

  beforeAll(async () => {
    browser = await launch();
    ({ coach, athlete, athleteId } = await coachAndAthlete(browser, {
      coach: 'Coach Undo',
      athlete: 'Una Undo',
      tag: 'undo',
      password: PASSWORD,
      shortWeek: true,
    }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('dismisses with a reason from the keyboard, shows the reason, and undoes the dismissal', async () => {
    const cards = await openReview(coach, athleteId);
    const n = await cards.count();
    expect(n).toBeGreaterThanOrEqual(2);
    const card = cards.first();
    const kind = (await card.getAttribute('data-kind'))!;
    await card.getByTestId('before-after').waitFor();
    const named = await card
      .getByRole('group', { name: 'Preview of the change to next week' })
      .getByRole('listitem')
      .allTextContents();

    // Dismiss asks for an optional reason: focus in the field, quick reasons one tap away.
    await card.getByRole('button', { name: 'Dismiss', exact: true }).click();
    const form = card.getByRole('form', { name: 'Dismiss this suggestion' });
    const reason = form.getByLabel('Reason for dismissing (optional)');
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await form.getByRole('button', { name: 'Discussed with the athlete' }).click();
    expect(await reason.inputValue()).toBe('Discussed with the athlete');
    await expectAccessible(coach, 'review-dismiss-reason');
    await card.scrollIntoViewIfNeeded();
    await snap(coach, 'review-dismiss-reason');
    await snapPart(coach, card, 'review-dismiss-reason');
    await coach.setViewportSize(PHONE);
    expect(await coach.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await snap(coach, 'review-dismiss-reason');
    await snapPart(coach, card, 'review-dismiss-reason');
    await coach.setViewportSize(DESKTOP);

    // Escape goes back, focus on Dismiss; with the keyboard: Enter opens the step, a typed reason, Enter dismisses.
    await reason.press('Escape');
    await form.waitFor({ state: 'detached' });
    await expect.poll(async () => (await active()).text).toBe('Dismiss');
    await coach.keyboard.press('Enter');
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await coach.keyboard.type('She told me her legs feel fresh');
    await coach.keyboard.press('Enter');

    const decided = decidedCard(coach, kind);
    await decided.waitFor();
    expect(await decided.getAttribute('data-state')).toBe('DISMISSED');
    expect(await decided.getByTestId('dismiss-reason').textContent()).toBe(
      'Reason: “She told me her legs feel fresh”',
    );
    // What it would have changed, named as the card named it (the week's sessions, not "Drop the session").
    expect(await decided.locator('.hint').first().textContent()).toBe(named.join('; '));
    await expect.poll(() => cards.count()).toBe(n - 1);
    // Focus goes on to the next suggestion (not to the page's body, with the card gone).
    await expect.poll(async () => (await active()).tag).toBe('H3');
    expect((await active()).kind).not.toBe(kind);
    const dismissed = (await review()).decidedSuggestions.find((s) => s.kind === kind)!;
    expect(dismissed).toMatchObject({ state: 'DISMISSED', dismissReason: 'She told me her legs feel fresh' });

    const undo = decided.getByRole('button', { name: `Undo dismissing ${words(kind)}` });
    await undo.scrollIntoViewIfNeeded();
    await expectAccessible(coach, 'review-decided-undo');
    const decidedList = coach.locator('section.decided');
    await snap(coach, 'review-decided-undo');
    await snapPart(coach, decidedList, 'review-decided-undo');
    await coach.setViewportSize(PHONE);
    expect(await coach.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await snap(coach, 'review-decided-undo');
    await snapPart(coach, decidedList, 'review-decided-undo');
    await coach.setViewportSize(DESKTOP);

    // Undo: undecided again, back in the list (focus on it, said in a status), its reason gone.
    await undo.click();
    await decided.waitFor({ state: 'detached' });
    await coach
      .getByTestId('decision-status')
      .getByText(`Undone: ${words(kind)} is undecided again, back among the suggestions.`)
      .waitFor();
    expect(await coach.getByTestId('decision-status').getAttribute('role')).toBe('status');
    await expect.poll(() => cards.count()).toBe(n);
    await expect.poll(async () => (await active()).kind).toBe(kind);
    const back = await review();
    expect(back.suggestions.find((s) => s.kind === kind)).toMatchObject({
      state: 'PROPOSED',
      dismissReason: null,
    });
    expect(back.decidedSuggestions.map((s) => s.kind)).not.toContain(kind);
  });

  it('undoes an applied change, the draft as it was; refused in words while a later change stands on it', async () => {
    await coach.goto(`/coach/review/${athleteId}`);
    const r = await review();
    const nextWeek = (rv: Review) => rv.suggestions.filter((s) => s.planWeekStart === rv.nextWeekStart);
    // First the one that changes least (a note changes no session, but is applied to the draft all the same).
    const a = [...nextWeek(r)].sort((x, y) => x.changes.length - y.changes.length)[0];
    expect(a, 'a suggestion for next week').toBeDefined();
    const before = (await gql<Draft>(coach, DRAFT, { a: athleteId, w: r.nextWeekStart })).weeklyPlan.draft;
    const card = (kind: string) => suggestionCard(coach, kind);
    const decided = (kind: string) => decidedCard(coach, kind);

    await card(a.kind).getByRole('button', { name: 'Apply', exact: true }).click();
    await decided(a.kind).waitFor();
    await coach
      .getByRole('heading', { name: `Next week's draft (revision ${before.revision + 1})` })
      .waitFor();

    // A second one applied on top of it: undoing the first would lose it, so the API refuses, and the page says why.
    const b = nextWeek(await review()).find((s) => s.kind !== a.kind && s.changes.length > 0);
    expect(b, 'a suggestion that changes next week, still proposed after the first').toBeDefined();
    await card(b!.kind).getByTestId('before-after').waitFor();
    await card(b!.kind).getByRole('button', { name: 'Apply', exact: true }).click();
    await decided(b!.kind).waitFor();
    await coach
      .getByRole('heading', { name: `Next week's draft (revision ${before.revision + 2})` })
      .waitFor();
    await decided(a.kind)
      .getByRole('button', { name: `Undo applying ${words(a.kind)}` })
      .click();
    await decided(a.kind)
      .getByRole('alert')
      .getByText(`“${words(b!.kind)}” was applied after this change, to the same draft: undo it first.`)
      .waitFor();
    // Focus back on the Undo refused (disabled while it ran), not on the page's body.
    const refused = `Undo applying ${words(a.kind)}`;
    const label = () => coach.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
    expect.soft(await settled(label, refused)).toBe(refused);
    await decided(a.kind).scrollIntoViewIfNeeded();
    await snap(coach, 'review-undo-refused');
    await snapPart(coach, coach.locator('section.decided'), 'review-undo-refused');
    await coach.setViewportSize(PHONE);
    await snap(coach, 'review-undo-refused');
    await snapPart(coach, coach.locator('section.decided'), 'review-undo-refused');
    await coach.setViewportSize(DESKTOP);

    // The later one undone, then the first: both undecided again, the draft as it was before them.
    await decided(b!.kind)
      .getByRole('button', { name: `Undo applying ${words(b!.kind)}` })
      .click();
    await decided(b!.kind).waitFor({ state: 'detached' });
    await card(b!.kind).waitFor();
    await coach
      .getByRole('heading', { name: `Next week's draft (revision ${before.revision + 3})` })
      .waitFor();
    await decided(a.kind)
      .getByRole('button', { name: `Undo applying ${words(a.kind)}` })
      .click();
    await decided(a.kind).waitFor({ state: 'detached' });
    await card(a.kind).waitFor();
    await expect.poll(async () => (await active()).kind).toBe(a.kind);
    await coach
      .getByRole('heading', { name: `Next week's draft (revision ${before.revision + 4})` })
      .waitFor();
    const after = (await gql<Draft>(coach, DRAFT, { a: athleteId, w: r.nextWeekStart })).weeklyPlan.draft;
    const week = (d: Draft['weeklyPlan']['draft']) =>
      d.sessions.map((s) => `${s.date} ${s.kind} ${s.minutes}`).sort();
    expect(week(after)).toEqual(week(before));
    const rv = await review();
    expect(rv.decidedSuggestions).toEqual([]);
    expect(rv.suggestions.map((s) => s.kind).sort()).toEqual(r.suggestions.map((s) => s.kind).sort());
  });

  it('holds every card while an undo runs, keeps focus when a write is refused, and keeps the undo status true', async () => {
    const cards = await openReview(coach, athleteId);
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    const kind = (await cards.first().getAttribute('data-kind'))!;
    const other = coach.locator(`[data-testid="suggestion"]:not([data-kind="${kind}"])`).first();
    const status = coach.getByTestId('decision-status');
    const decided = decidedCard(coach, kind);
    const dismissFirst = async () => {
      const card = suggestionCard(coach, kind);
      await card.getByRole('button', { name: 'Dismiss', exact: true }).click();
      await card.getByRole('form').getByRole('button', { name: 'Dismiss', exact: true }).click();
      await decided.waitFor();
    };
    await dismissFirst();

    // While the undo runs (held here), no other card can be applied, edited or dismissed: an apply would be sent with
    // the draft's revision read before it.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await coach.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('mutation RestoreSuggestion')) await held;
      await route.fallback();
    });
    await decided.getByRole('button', { name: `Undo dismissing ${words(kind)}` }).click();
    await expect
      .poll(() => decided.getByRole('button', { name: /^Undo/ }).getAttribute('aria-busy'))
      .toBe('true');
    for (const name of ['Apply', 'Dismiss'])
      expect.soft(await other.getByRole('button', { name, exact: true }).isDisabled(), name).toBe(true);
    release();
    await status
      .getByText(`Undone: ${words(kind)} is undecided again, back among the suggestions.`)
      .waitFor();
    await coach.unrouteAll();
    expect(await other.getByRole('button', { name: 'Apply', exact: true }).isDisabled()).toBe(false);

    // Another write makes that line stale: a saved draft clears it.
    await coach.getByRole('button', { name: 'Save draft' }).click();
    await coach.getByTestId('draft-review').waitFor();
    expect.soft(await settled(() => status.textContent(), '')).toBe('');

    // Refused writes: focus goes back to the control that sent it (disabled while it ran), not to the page's body.
    const refuse = (op: string) =>
      coach.route('**/graphql', async (route) => {
        if (!route.request().postData()?.includes(`mutation ${op}`)) return route.fallback();
        await route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            errors: [{ message: 'x', extensions: { code: 'CONFLICT', reason: 'REVIEW_DONE' } }],
          }),
        });
      });
    const tag = () =>
      coach.evaluate(() => [
        document.activeElement?.tagName ?? '',
        document.activeElement?.textContent ?? '',
      ]);
    await refuse('DismissSuggestion');
    const card = suggestionCard(coach, kind);
    await card.getByRole('button', { name: 'Dismiss', exact: true }).click();
    const reason = card.getByLabel('Reason for dismissing (optional)');
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await coach.keyboard.press('Enter');
    await card
      .getByRole('alert')
      .getByText(/^This review is completed/)
      .waitFor();
    expect.soft(await settled(focusedOn(reason), true), 'focus on the reason').toBe(true);
    await reason.press('Escape');
    await coach.unrouteAll();

    await refuse('CompleteReview');
    await coach.getByRole('button', { name: 'Complete and publish' }).click();
    const dialog = coach.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Complete anyway' }).click();
    await dialog.waitFor({ state: 'detached' });
    await coach
      .getByRole('alert')
      .getByText(/^This review is completed/)
      .waitFor();
    expect
      .soft(await settled(tag, ['BUTTON', 'Complete and publish']))
      .toEqual(['BUTTON', 'Complete and publish']);
    await coach.unrouteAll();
    expect((await review()).workflowStatus).not.toBe('DONE');

    // An undone suggestion the engine no longer proposes, with none left (the review as read after it, here
    // without suggestions): focus on the suggestions' heading, the line says so without blaming the plan.
    await coach.goto(`/coach/review/${athleteId}`);
    await dismissFirst();
    await coach.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('query AthleteReview(')) return route.fallback();
      const res = await route.fetch();
      const json = await res.json();
      json.data.athleteReview.suggestions = [];
      json.data.athleteReview.decidedSuggestions = [];
      await route.fulfill({ response: res, json });
    });
    await decided.getByRole('button', { name: `Undo dismissing ${words(kind)}` }).click();
    const gone = `Undone. With what it knows now, the engine no longer proposes ${words(kind).toLowerCase()}.`;
    expect.soft(await settled(() => status.textContent(), gone)).toBe(gone);
    expect.soft(await settled(tag, ['H2', 'Suggestions (0)'])).toEqual(['H2', 'Suggestions (0)']);
    await coach.unrouteAll();
    await coach.goto(`/coach/review/${athleteId}`);
    expect((await review()).decidedSuggestions).toEqual([]);
  });

  it('keeps the confirm step modal (focus inside, the review behind inert, Escape goes back), its counts following the review', async () => {
    const cards = await openReview(coach, athleteId);
    const r = await review();
    const n = r.suggestions.length;
    expect(n).toBeGreaterThan(0);
    await expect.poll(() => cards.count()).toBe(n);
    const complete = coach.getByRole('button', { name: 'Complete and publish' });
    await complete.click();
    const dialog = coach.getByRole('alertdialog', {
      name: 'Complete the review with suggestions undecided?',
    });
    await dialog.waitFor();
    const inside = () =>
      coach.evaluate(() => !!document.activeElement?.closest('[data-testid="confirm-complete"]'));
    for (let i = 0; i < 4; i++) {
      await coach.keyboard.press('Tab');
      expect(await inside(), `Tab ${i + 1} stays in the dialog`).toBe(true);
    }
    for (let i = 0; i < 4; i++) {
      await coach.keyboard.press('Shift+Tab');
      expect(await inside(), `Shift+Tab ${i + 1} stays in the dialog`).toBe(true);
    }

    // A click on the review behind it does nothing: no suggestion is decided under the open question.
    const dismiss = cards.first().getByRole('button', { name: 'Dismiss', exact: true });
    const box = (await dismiss.boundingBox())!;
    await coach.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await coach.waitForTimeout(1500);
    expect(await cards.first().getByRole('form').count()).toBe(0);
    expect((await review()).suggestions.length).toBe(n);
    await dialog.waitFor();
    await expectAccessible(coach, 'review-confirm-modal');
    await snap(coach, 'review-confirm-modal');
    await snapPart(coach, dialog, 'review-confirm-modal');

    // The athlete reports a fever meanwhile: the review is re-run (pushed to the open page) with an urgent suggestion
    // for it, and the open dialog says so.
    await gql(
      athlete,
      `mutation { upsertCheckIn(input: { illness: BELOW_NECK_OR_FEVER, fatigue: 1, note: "fever 38.6" }) { id } }`,
    );
    let now = r;
    await expect
      .poll(
        async () => {
          now = await review();
          return now.suggestions.filter((s) => s.severity === 'URGENT').length;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBeGreaterThan(r.suggestions.filter((s) => s.severity === 'URGENT').length);
    const m = now.suggestions.length;
    const u = now.suggestions.filter((s) => s.severity === 'URGENT').length;
    const text = `${m === 1 ? '1 suggestion is' : `${m} suggestions are`} still undecided${
      m === 1 ? ', and it is urgent' : `, ${u} of them urgent`
    }.`;
    await dialog.getByText(text).waitFor({ timeout: 30_000 });
    await snapPart(coach, dialog, 'review-confirm-modal-live');
    expect(await dialog.getByTestId('confirm-complete-counts').getAttribute('aria-live')).toBe('polite');

    await coach.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await active()).text).toBe('Complete and publish');
    expect((await review()).workflowStatus).not.toBe('DONE');
  }, 150_000);

  it('says in words that the review was completed meanwhile when an undo comes after it', async () => {
    // A tab that misses the pushes of the completion (its socket drops plan:published and review:decided): the undo
    // meets REVIEW_DONE.
    const tab = await coach.context().newPage();
    await tab.routeWebSocket(/\/socket\.io\//, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((m) => server.send(m));
      server.onMessage((m) => {
        if (typeof m === 'string' && /plan:published|review:decided/.test(m)) return;
        ws.send(m);
      });
    });
    const first = (await openReview(tab, athleteId)).first();
    const kind = (await first.getAttribute('data-kind'))!;
    // That card by its kind from here on: `.first()` is whichever card is first when it is next read, and a refetch
    // (the previous test's pushes) may reorder the list between the two clicks.
    const card = suggestionCard(tab, kind);
    await card.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await card.getByRole('form').getByRole('button', { name: 'Dismiss', exact: true }).click();
    const decided = decidedCard(tab, kind);
    await decided.waitFor();
    // Completed in another tab (the API, as that tab's "Complete and publish" does).
    const r = await review();
    const draft = (await gql<Draft>(coach, DRAFT, { a: athleteId, w: r.nextWeekStart })).weeklyPlan.draft;
    await gql(
      coach,
      `mutation($input: CompleteReviewInput!) { completeReview(input: $input) { messageId } }`,
      {
        input: { athleteId, expectedRevision: draft.revision },
      },
    );
    await decided.getByRole('button', { name: `Undo dismissing ${words(kind)}` }).click();
    await decided
      .getByRole('alert')
      .getByText(
        'This review is completed, so its suggestions can no longer be applied, dismissed or undone. Reload the page to see it as completed.',
      )
      .waitFor();
    expect((await review()).decidedSuggestions.find((s) => s.kind === kind)?.state).toBe('DISMISSED');
    // Read again, the completed review offers no undo.
    await tab.reload();
    await tab.getByTestId('review-done').waitFor();
    expect(await tab.getByRole('button', { name: /^Undo/ }).count()).toBe(0);
    await tab.close();
  });
});
