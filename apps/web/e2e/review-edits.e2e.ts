/**
 * Two coaches of one athlete on the same review: coach B edits next week's draft in the editor while coach A applies a
 * suggestion (pushed to B's page, `review:decided`). B's unsaved edits are kept, with a notice; a save of them is
 * refused (they were made on the earlier draft) and says so in words, A's change intact; "Load their draft" loads A's.
 * An editor without edits simply follows A's draft. A new head coach, a new assistant coach and their new athlete
 * (invited by the demo admin, so no other spec's roster changes), set up as review-live.e2e.ts sets its own.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorMinutes, gql, launch, planMinutes, snap, twoCoachesOneAthlete } from './browser';

const PASSWORD = 'review-edits-password-1';

interface Suggestion {
  id: string;
  kind: string;
  planWeekStart: string;
  changes: { type: string }[];
}
interface Review {
  nextWeekStart: string;
  suggestions: Suggestion[];
}
const REVIEW = `query($a: ID!) { athleteReview(athleteId: $a) { nextWeekStart
  suggestions { id kind planWeekStart changes { type } } } }`;
const DRAFT = `query($a: ID!, $w: String!) { weeklyPlan(athleteId: $a, weekStart: $w) {
  draft { revision notes sessions { kind minutes } } } }`;
interface Draft {
  revision: number;
  notes: string | null;
  sessions: { kind: string; minutes: number }[];
}

const REASONS = 'Reasons for the athlete (shared with the plan)';
const MINE = 'B typed this before A applied';
const LOAD_THEIRS = 'Load their draft (discard my changes)';
/** A suggestion's card on the review page, and the decided one's. */
const card = (page: Page, kind: string) => page.locator(`[data-testid="suggestion"][data-kind="${kind}"]`);
const decided = (page: Page, kind: string) =>
  page.locator(`[data-testid="decided-suggestion"][data-kind="${kind}"]`);

interface TwoCoaches {
  browser: Browser;
  coachA: Page;
  coachB: Page;
  athleteId: string;
  weekStart: string;
  /** The review and next week's draft, as coach A reads them. */
  review: () => Promise<Review>;
  draft: () => Promise<Draft>;
}
/** Two coaches of one athlete on its review (twoCoachesOneAthlete), set up once for the describe it is called in. */
function twoCoaches(names: { head: string; assistant: string; athlete: string; tag: string }): TwoCoaches {
  const t = {
    review: async () =>
      (await gql<{ athleteReview: Review }>(t.coachA, REVIEW, { a: t.athleteId })).athleteReview,
    draft: async () =>
      (await gql<{ weeklyPlan: { draft: Draft } }>(t.coachA, DRAFT, { a: t.athleteId, w: t.weekStart }))
        .weeklyPlan.draft,
  } as TwoCoaches;
  beforeAll(async () => {
    t.browser = await launch();
    Object.assign(t, await twoCoachesOneAthlete(t.browser, { ...names, password: PASSWORD }));
  });
  afterAll(async () => {
    await t.browser?.close();
  });
  return t;
}

/** LOAD_SPIKE_WARNING -> "Load spike warning", as the page names a suggestion. */
const words = (kind: string) =>
  kind
    .replace(/_/g, ' ')
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase());

describe('an edit in progress when another coach changes the draft', () => {
  const t = twoCoaches({
    head: 'Coach Edits Head',
    assistant: 'Coach Edits Assistant',
    athlete: 'Eda Edits',
    tag: 'edits',
  });
  const { review, draft } = t;
  /**
   * The next suggestion for next week A applies, the one that changes least first (as review-live.e2e.ts does: a note is
   * applied to the draft all the same); `changing`: one that changes its sessions.
   */
  const nextToApply = async (changing = false) => {
    const r = await review();
    return r.suggestions
      .filter((x) => x.planWeekStart === r.nextWeekStart && (!changing || x.changes.length > 0))
      .sort((x, y) => x.changes.length - y.changes.length)[0];
  };

  it("keeps B's unsaved edits when A applies a suggestion, refuses B's save over A's draft, and loads A's on request", async () => {
    const { coachA, coachB, athleteId } = t;
    const s = await nextToApply();
    expect(s, 'a suggestion that changes next week').toBeDefined();
    const before = await draft();
    for (const page of [coachA, coachB]) {
      await page.goto(`/coach/review/${athleteId}`);
      await card(page, s.kind).waitFor();
    }
    await coachB.getByRole('heading', { name: `Next week's draft (revision ${before.revision})` }).waitFor();

    // B edits: a session's minutes and the reasons (focus stays in the reasons).
    const mine = [...(await editorMinutes(coachB))];
    await coachB.locator('.plan-editor').getByLabel('Minutes', { exact: true }).first().fill('33');
    await coachB.getByLabel(REASONS).fill(MINE);
    const edited = await editorMinutes(coachB);
    expect(edited).not.toEqual(mine);

    // A applies a suggestion: the draft's next revision.
    await card(coachA, s.kind).getByRole('button', { name: 'Apply', exact: true }).click();
    await decided(coachA, s.kind).waitFor();
    const theirs = await draft();
    expect(theirs.revision).toBe(before.revision + 1);

    // B's page follows (the suggestion decided, the heading's revision) and keeps B's edits, saying so.
    await decided(coachB, s.kind).waitFor({ timeout: 15_000 });
    await coachB.getByRole('heading', { name: `Next week's draft (revision ${theirs.revision})` }).waitFor();
    const notice = coachB.getByTestId('draft-changed');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    const text = await notice.textContent();
    expect(text).toContain(
      `Another coach changed next week's draft (Coach Edits Head applied “${words(s.kind)}”; the draft is now revision`,
    );
    expect(text).toContain(`the draft is now revision ${theirs.revision}, yours was ${before.revision}`);
    expect(text).toContain('Your unsaved changes are kept; they were made on the earlier draft.');
    expect(await editorMinutes(coachB)).toEqual(edited);
    expect(await coachB.getByLabel(REASONS).inputValue()).toBe(MINE);
    // Focus not taken from where B was typing.
    expect(await coachB.getByLabel(REASONS).evaluate((el) => el === document.activeElement)).toBe(true);
    // Under the notice, every decision on next week waits for the newer draft (a note's apply too: it writes the draft).
    const other = await nextToApply();
    expect(other, 'another suggestion for next week').toBeDefined();
    const otherHeld = card(coachB, other.kind).getByTestId('apply-held');
    await otherHeld.waitFor();
    expect(await otherHeld.textContent()).toContain('were made on an earlier draft');
    expect(
      await card(coachB, other.kind).getByRole('button', { name: 'Apply', exact: true }).isDisabled(),
    ).toBe(true);
    await snap(coachB, 'review-edits-kept');

    // B saves: refused (made on the earlier draft), in words; A's draft as A left it.
    await coachB.getByRole('button', { name: 'Save draft' }).click();
    const alert = coachB.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      "Not saved: another coach changed next week's draft after you started editing",
    );
    expect(await alert.textContent()).toContain('nothing was saved');
    const after = await draft();
    expect(after.revision).toBe(theirs.revision);
    expect(planMinutes(after)).toEqual(planMinutes(theirs));
    expect(after.notes).toBe(theirs.notes);
    expect(after.notes ?? '').not.toContain(MINE);
    // Still B's edits in the editor: nothing lost by the refusal either.
    expect(await editorMinutes(coachB)).toEqual(edited);
    await snap(coachB, 'review-edits-refused');

    // B loads A's draft: the editor shows it, the notice goes.
    await alert.getByRole('button', { name: LOAD_THEIRS }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await editorMinutes(coachB)).toEqual(planMinutes(theirs));
    expect(await coachB.getByLabel(REASONS).inputValue()).toBe(theirs.notes ?? '');
    expect(await coachB.getByRole('alert').count()).toBe(0);
    expect(await coachB.getByTestId('apply-held').count()).toBe(0);
  });

  it("follows A's next change silently when B has no unsaved edits", async () => {
    const { coachA, coachB } = t;
    const u = await nextToApply(true);
    expect(u, 'another suggestion that changes next week').toBeDefined();
    const before = await draft();
    await card(coachA, u.kind).getByRole('button', { name: 'Apply', exact: true }).click();
    await decided(coachA, u.kind).waitFor();
    const theirs = await draft();
    expect(theirs.revision).toBe(before.revision + 1);
    await coachB.getByRole('heading', { name: `Next week's draft (revision ${theirs.revision})` }).waitFor();
    await expect.poll(() => editorMinutes(coachB), { timeout: 15_000 }).toEqual(planMinutes(theirs));
    expect(await coachB.getByTestId('draft-changed').count()).toBe(0);
    expect(await coachB.getByRole('alert').count()).toBe(0);

    // And B's save now goes through on A's draft (its revision the one B's editor loaded).
    await coachB.getByLabel(REASONS).fill('B on top of A');
    await coachB.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(async () => (await draft()).revision, { timeout: 15_000 }).toBe(theirs.revision + 1);
    expect((await draft()).notes).toBe('B on top of A');
    expect(await coachB.getByTestId('draft-changed').count()).toBe(0);

    // Reasons cleared and saved are cleared (before, the save sent none and the draft kept the old ones).
    await coachB.getByLabel(REASONS).fill('');
    await coachB.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(async () => (await draft()).revision, { timeout: 15_000 }).toBe(theirs.revision + 2);
    expect((await draft()).notes ?? '').toBe('');
    expect(await coachB.getByLabel(REASONS).inputValue()).toBe('');
  });

  it("says B's edits were saved when Complete and publish saves them and A's save then refuses the completion", async () => {
    const { coachA, coachB, athleteId, weekStart } = t;
    const published = async () =>
      (
        await gql<{ weeklyPlan: { published: { version: number } | null } }>(
          coachA,
          `query($a: ID!, $w: String!) { weeklyPlan(athleteId: $a, weekStart: $w) { published { version } } }`,
          { a: athleteId, w: weekStart },
        )
      ).weeklyPlan.published;
    const publishedBefore = await published();
    const before = await draft();
    await coachB.getByRole('heading', { name: `Next week's draft (revision ${before.revision})` }).waitFor();
    await coachB.locator('.plan-editor').getByLabel('Minutes', { exact: true }).first().fill('34');
    const edited = await editorMinutes(coachB);
    // Between B's save and B's completion (the page sends them one after the other), A saves the draft B just saved.
    let between = false;
    await coachB.route('**/graphql', async (route) => {
      if (!between && route.request().postData()?.includes('completeReview')) {
        between = true;
        const saved = await draft();
        await gql(coachA, `mutation($i: SavePlanDraftInput!) { savePlanDraft(input: $i) { revision } }`, {
          i: { athleteId, weekStart, expectedRevision: saved.revision, notes: 'A saved in between' },
        });
      }
      await route.continue();
    });
    try {
      const undecided = await coachB.getByTestId('suggestion').count();
      await coachB.getByRole('button', { name: 'Complete and publish' }).click();
      if (undecided > 0)
        await coachB.getByRole('alertdialog').getByRole('button', { name: 'Complete anyway' }).click();
      const notice = coachB.getByTestId('draft-changed');
      await notice.and(coachB.getByRole('alert')).waitFor();
      expect(between).toBe(true);
      // B's save went through (revision + 1, B's minutes) and A's is on it: the notice says so, not "nothing was saved".
      const now = await draft();
      expect(now.revision).toBe(before.revision + 2);
      expect(planMinutes(now)).toEqual(edited);
      expect(now.notes).toBe('A saved in between');
      // (The plan is read again after the refusal: the revisions said settle once it is.)
      await expect
        .poll(() => notice.innerText(), { timeout: 15_000 })
        .toContain(`the draft is now revision ${now.revision}, yours was ${before.revision + 1}`);
      const text = await notice.innerText();
      expect(text).toContain(`Your changes were saved (next week's draft, revision ${before.revision + 1})`);
      expect(text).toContain('the review was not completed');
      expect(text).toContain(`the draft is now revision ${now.revision}, yours was ${before.revision + 1}`);
      expect(text).toContain('The review did not publish the week or send anything to the athlete');
      expect(text).not.toContain('nothing was saved');
      // Nothing was published or completed.
      expect(await published()).toEqual(publishedBefore);
      expect(await coachB.getByTestId('workflow-status').innerText()).not.toMatch(/done/i);
      await snap(coachB, 'review-edits-saved-then-refused');

      // "Load the newer draft": A's reasons on B's sessions, and the notice gone.
      await notice.getByRole('button', { name: 'Load the newer draft', exact: true }).click();
      await notice.waitFor({ state: 'detached' });
      await coachB.getByRole('heading', { name: `Next week's draft (revision ${now.revision})` }).waitFor();
      expect(await editorMinutes(coachB)).toEqual(edited);
      expect(await coachB.getByLabel(REASONS).inputValue()).toBe('A saved in between');
    } finally {
      await coachB.unroute('**/graphql');
    }
  });
});

/**
 * One coach's own page: with unsaved edits to next week's sessions, applying (or undoing) a change to them waits, says
 * why, and offers to save or discard them (before, the editor reloaded on the coach's own apply and the edits were
 * lost). A write that leaves the sessions as they were (a note applied) keeps the edits on the new revision, and reasons
 * typed for the athlete stay typed over the coach's own apply.
 */
describe("the coach's own apply while editing next week", () => {
  let browser: Browser;
  let coach: Page;
  let athleteId: string;
  let weekStart: string;
  const review = async () =>
    (await gql<{ athleteReview: Review }>(coach, REVIEW, { a: athleteId })).athleteReview;
  const draft = async () =>
    (await gql<{ weeklyPlan: { draft: Draft } }>(coach, DRAFT, { a: athleteId, w: weekStart })).weeklyPlan
      .draft;
  const card = (kind: string) => coach.locator(`[data-testid="suggestion"][data-kind="${kind}"]`);
  const decided = (kind: string) => coach.locator(`[data-testid="decided-suggestion"][data-kind="${kind}"]`);
  const minutes = () => coach.locator('.plan-editor').getByLabel('Minutes', { exact: true });
  const heading = (revision: number) =>
    coach.getByRole('heading', { name: `Next week's draft (revision ${revision})` });

  beforeAll(async () => {
    browser = await launch();
    ({
      coachA: coach,
      athleteId,
      weekStart,
    } = await twoCoachesOneAthlete(browser, {
      head: 'Coach Held Head',
      assistant: 'Coach Held Assistant',
      athlete: 'Hedda Held',
      tag: 'held',
      password: PASSWORD,
    }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('holds Apply and Undo of a change while the sessions have unsaved edits, keeps them over a note applied, and keeps typed reasons', async () => {
    const r = await review();
    const next = r.suggestions.filter((x) => x.planWeekStart === r.nextWeekStart);
    const note = next.find((x) => x.changes.length === 0);
    const change = next.find((x) => x.changes.length > 0);
    expect(note, 'a note for next week').toBeDefined();
    expect(change, 'a suggestion that changes next week').toBeDefined();
    const first = await draft();
    await coach.goto(`/coach/review/${athleteId}`);
    await card(change!.kind).waitFor();
    await heading(first.revision).waitFor();
    const apply = card(change!.kind).getByRole('button', { name: 'Apply', exact: true });
    expect(await apply.isEnabled()).toBe(true);
    expect(await coach.getByTestId('apply-held').count()).toBe(0);

    // An edit to a session: the change's Apply waits and says why; the note's does not.
    await minutes().first().fill('34');
    const edited = await editorMinutes(coach);
    const held = card(change!.kind).getByTestId('apply-held');
    await held.waitFor();
    expect(await held.textContent()).toContain(
      'Save your changes to the plan below first (Save draft), or discard them',
    );
    expect(await apply.isDisabled()).toBe(true);
    expect(await apply.getAttribute('aria-describedby')).toBe(await held.getAttribute('id'));
    expect(await card(note!.kind).getByTestId('apply-held').count()).toBe(0);
    await snap(coach, 'review-edits-apply-held');

    // The note applied: a new revision of the same sessions, and the edits stay, on it (no notice: it was this page).
    await card(note!.kind).getByRole('button', { name: 'Apply', exact: true }).click();
    await decided(note!.kind).waitFor();
    const noted = await draft();
    expect(noted.revision).toBe(first.revision + 1);
    expect(planMinutes(noted)).toEqual(planMinutes(first));
    await heading(noted.revision).waitFor();
    expect(await editorMinutes(coach)).toEqual(edited);
    expect(await coach.getByTestId('draft-changed').count()).toBe(0);

    // Saved: on the note's revision (not refused as made on an earlier draft), and the change can be applied.
    await coach.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(async () => (await draft()).revision, { timeout: 15_000 }).toBe(noted.revision + 1);
    expect(planMinutes(await draft())).toEqual(edited);
    expect(await coach.getByRole('alert').count()).toBe(0);
    await expect.poll(() => apply.isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(await coach.getByTestId('apply-held').count()).toBe(0);

    // Reasons typed, then the change applied: the editor follows the new draft, the reasons stay typed.
    const saved = await draft();
    await coach.getByLabel(REASONS).fill('Typed before applying the change');
    await apply.click();
    await decided(change!.kind).waitFor();
    const changed = await draft();
    expect(changed.revision).toBe(saved.revision + 1);
    await heading(changed.revision).waitFor();
    await expect.poll(() => editorMinutes(coach), { timeout: 15_000 }).toEqual(planMinutes(changed));
    expect(await coach.getByLabel(REASONS).inputValue()).toBe('Typed before applying the change');

    // Undo of the applied change waits for new edits too; discarding them (reasons kept) frees it.
    const undo = decided(change!.kind).getByRole('button', { name: /^Undo/ });
    expect(await undo.isEnabled()).toBe(true);
    await minutes().first().fill('36');
    const undoHeld = decided(change!.kind).getByTestId('undo-held');
    await undoHeld.waitFor();
    // Discard, not save: a saved edit would rule the undo out (the draft changed after the change).
    expect(await undoHeld.textContent()).toContain('Discard your changes to the plan below first');
    expect(await undo.isDisabled()).toBe(true);
    expect(await undo.getAttribute('aria-describedby')).toBe(await undoHeld.getAttribute('id'));
    await coach.getByRole('button', { name: 'Discard my changes to the plan' }).click();
    await expect.poll(() => editorMinutes(coach), { timeout: 15_000 }).toEqual(planMinutes(changed));
    expect(await undo.isEnabled()).toBe(true);
    expect(await coach.getByLabel(REASONS).inputValue()).toBe('Typed before applying the change');
    expect(await coach.getByRole('button', { name: 'Discard my changes to the plan' }).count()).toBe(0);
    expect((await draft()).revision).toBe(changed.revision);

    // The same coach undoes it in another tab while this one (opened afresh: it has made no change itself) holds new
    // edits: kept, and the notice says it was them.
    await coach.reload();
    await heading(changed.revision).waitFor();
    await minutes().first().fill('37');
    const mine = await editorMinutes(coach);
    const tab = await coach.context().newPage();
    await tab.goto(`/coach/review/${athleteId}`);
    await tab
      .locator(`[data-testid="decided-suggestion"][data-kind="${change!.kind}"]`)
      .getByRole('button', { name: /^Undo/ })
      .click();
    await tab.locator(`[data-testid="suggestion"][data-kind="${change!.kind}"]`).waitFor();
    const reverted = await draft();
    expect(reverted.revision).toBe(changed.revision + 1);
    const notice = coach.getByTestId('draft-changed');
    await notice.waitFor({ timeout: 15_000 });
    const text = await notice.textContent();
    expect(text).toContain(
      `You changed next week's draft in another tab (you undid an applied suggestion; the draft is now revision ${reverted.revision}, yours was ${changed.revision}).`,
    );
    expect(text).toContain('Your unsaved changes here are kept');
    expect(text).not.toContain('Another coach');
    expect(await editorMinutes(coach)).toEqual(mine);
    await notice.getByRole('button', { name: 'Load the newer draft (discard my changes here)' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await editorMinutes(coach)).toEqual(planMinutes(reverted));
    await tab.close();
  });
});

/**
 * The notice names another coach's changes only: a note B applied while editing is B's, even when B's page reads the
 * review again after the plan (the order the two reads come back in is the network's). Before, the editor's basis took
 * the applied suggestions from the review as last read, without B's note, and the notice then credited it to A.
 */
describe('the notice credits another coach with their changes only', () => {
  const t = twoCoaches({
    head: 'Coach Credit Head',
    assistant: 'Coach Credit Assistant',
    athlete: 'Cora Credit',
    tag: 'credit',
  });
  const { review, draft } = t;

  it("does not name B's own note among A's changes when B's page reads the review after the plan", async () => {
    const { coachA, coachB, athleteId } = t;
    const r = await review();
    const next = r.suggestions.filter((x) => x.planWeekStart === r.nextWeekStart);
    const note = next.find((x) => x.changes.length === 0);
    const change = next.find((x) => x.changes.length > 0);
    expect(note, 'a note for next week').toBeDefined();
    expect(change, 'a suggestion that changes next week').toBeDefined();
    const first = await draft();
    for (const page of [coachA, coachB]) {
      await page.goto(`/coach/review/${athleteId}`);
      await card(page, change!.kind).waitFor();
    }
    await coachB.getByRole('heading', { name: `Next week's draft (revision ${first.revision})` }).waitFor();
    await coachB.locator('.plan-editor').getByLabel('Minutes', { exact: true }).first().fill('36');
    const edited = await editorMinutes(coachB);

    // B applies the note; B's page reads the review again only after the plan (held back a second).
    let slowReview = true;
    await coachB.route('**/graphql', async (route) => {
      if (slowReview && route.request().postData()?.includes('query AthleteReview'))
        await new Promise((res) => setTimeout(res, 1_500));
      await route.continue();
    });
    try {
      await card(coachB, note!.kind).getByRole('button', { name: 'Apply', exact: true }).click();
      await decided(coachB, note!.kind).waitFor();
    } finally {
      slowReview = false;
      await coachB.unroute('**/graphql');
    }
    const noted = await draft();
    expect(noted.revision).toBe(first.revision + 1);
    await coachB.getByRole('heading', { name: `Next week's draft (revision ${noted.revision})` }).waitFor();
    expect(await editorMinutes(coachB)).toEqual(edited);
    expect(await coachB.getByTestId('draft-changed').count()).toBe(0);

    // A applies the change: B's notice names A's change, and not B's note.
    await card(coachA, change!.kind).getByRole('button', { name: 'Apply', exact: true }).click();
    await decided(coachA, change!.kind).waitFor();
    const notice = coachB.getByTestId('draft-changed');
    // (The coaches' names are read once a push names another coach: the sentence names A once they are.)
    await expect
      .poll(() => notice.innerText(), { timeout: 15_000 })
      .toContain(`Coach Credit Head applied “${words(change!.kind)}”`);
    const text = await notice.innerText();
    expect(text).not.toContain(`“${words(note!.kind)}”`);
    expect(text).toContain(`the draft is now revision ${noted.revision + 1}, yours was ${noted.revision}`);
    expect(await editorMinutes(coachB)).toEqual(edited);
  });
});

/**
 * A change whose push was missed (the socket was reconnecting) is not credited to whoever made the last change the page
 * heard of: the page says it cannot tell who. Before, the notice named the coach of the last push it had kept.
 */
describe('a change whose push was missed', () => {
  const t = twoCoaches({
    head: 'Coach Missed Head',
    assistant: 'Coach Missed Assistant',
    athlete: 'Mia Missed',
    tag: 'missed',
  });
  const { review, draft } = t;

  it('does not credit the last push heard with a change read on reconnecting, its own push lost', async () => {
    const { coachA, coachB, athleteId } = t;
    const r = await review();
    const next = r.suggestions
      .filter((x) => x.planWeekStart === r.nextWeekStart)
      .sort((x, y) => x.changes.length - y.changes.length);
    expect(next.length, 'two suggestions for next week').toBeGreaterThanOrEqual(2);
    const [x, y] = next;
    // B's page's socket: while `drop` is set, the next review:decided is lost and the connection cut; the page
    // reconnects (reading the live screens again) to a session the server cannot recover, so that push is not replayed.
    let drop = false;
    let dropped = 0;
    let recover = true;
    await coachB.routeWebSocket(/\/socket\.io\//, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((m) => {
        // Reconnecting, the page asks the server to recover its session (its `pid` and `offset`: the server then replays
        // what was missed). Unasked, it is a new session with nothing replayed, as after a server restart.
        const connect = '40/chat,';
        if (!recover && typeof m === 'string' && m.startsWith(connect)) {
          const {
            pid: _pid,
            offset: _offset,
            ...auth
          } = JSON.parse(m.slice(connect.length)) as Record<string, unknown>;
          m = connect + JSON.stringify(auth);
        }
        server.send(m);
      });
      server.onMessage((m) => {
        if (drop && typeof m === 'string' && m.includes('"review:decided"')) {
          drop = false;
          recover = false;
          dropped++;
          ws.close();
          server.close();
          return;
        }
        ws.send(m);
      });
    });
    const first = await draft();
    for (const page of [coachA, coachB]) {
      await page.goto(`/coach/review/${athleteId}`);
      await card(page, x.kind).waitFor();
    }
    // B, in another tab, applies x: this page, without edits, follows it (and keeps B's own push).
    const tab = await coachB.context().newPage();
    try {
      // The tab reads next week's draft slowly: until it has, Apply waits and says so (before, an Apply clicked then was
      // sent without the draft's revision and refused, "This was changed meanwhile").
      let slow = true;
      await tab.route('**/graphql', async (route) => {
        if (slow && route.request().postData()?.includes('query WeekPlan'))
          await new Promise((res) => setTimeout(res, 2_000));
        await route.continue();
      });
      await tab.goto(`/coach/review/${athleteId}`);
      const apply = card(tab, x.kind).getByRole('button', { name: 'Apply', exact: true });
      await apply.waitFor();
      expect(await apply.isDisabled()).toBe(true);
      expect(await card(tab, x.kind).getByTestId('apply-held').textContent()).toContain(
        "Loading next week's draft",
      );
      slow = false;
      await expect.poll(() => apply.isEnabled(), { timeout: 15_000 }).toBe(true);
      await apply.click();
      await decided(tab, x.kind).waitFor();
    } finally {
      await tab.close();
    }
    await coachB
      .getByRole('heading', { name: `Next week's draft (revision ${first.revision + 1})` })
      .waitFor();
    await decided(coachB, x.kind).waitFor();

    // B edits; then A applies y, and this page's push of it is lost.
    await coachB.locator('.plan-editor').getByLabel('Minutes', { exact: true }).first().fill('37');
    const edited = await editorMinutes(coachB);
    drop = true;
    await card(coachA, y.kind).getByRole('button', { name: 'Apply', exact: true }).click();
    await decided(coachA, y.kind).waitFor();
    const now = await draft();
    expect(now.revision).toBe(first.revision + 2);

    // On reconnecting, B's page reads the draft again: its edits kept, the notice says what changed, not who.
    const notice = coachB.getByTestId('draft-changed');
    await notice.waitFor({ timeout: 20_000 });
    expect(dropped).toBe(1);
    // (The review, read again with the plan, names what was applied: the sentence settles once both are in.)
    await expect
      .poll(() => notice.innerText(), { timeout: 15_000 })
      .toContain(`Next week's draft changed after you started editing (applied “${words(y.kind)}”`);
    const text = await notice.innerText();
    // (Before, it credited the last push heard, B's own: "You changed next week's draft in another tab".)
    expect(text).not.toContain('You changed');
    expect(text).not.toContain('Another coach');
    expect(text).toContain(`Next week's draft changed after you started editing (applied “${words(y.kind)}”`);
    expect(text).toContain(`the draft is now revision ${now.revision}, yours was ${first.revision + 1}`);
    expect(await editorMinutes(coachB)).toEqual(edited);
  });
});
