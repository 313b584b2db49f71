/**
 * Two coaches of one athlete with the same review open: what one decides shows on the other's page without a reload
 * (`review:decided`). A new head coach, a new assistant coach and their new athlete (invited by the demo admin, so no
 * other spec's roster changes), with four weeks of logged runs, a check-in and the head coach's draft of next week far
 * above them: the review cuts and drops its sessions.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, launch, snap, twoCoachesOneAthlete } from './browser';

const PASSWORD = 'review-live-password-1';

interface Suggestion {
  id: string;
  kind: string;
  severity: string;
  planWeekStart: string;
  changes: { type: string }[];
}
interface Review {
  nextWeekStart: string;
  suggestions: Suggestion[];
  decidedSuggestions: { kind: string; state: string }[];
}
const REVIEW = `query($a: ID!) { athleteReview(athleteId: $a) { nextWeekStart
  suggestions { id kind severity planWeekStart changes { type } } decidedSuggestions { kind state } } }`;
const DRAFT = `query($a: ID!, $w: String!) { weeklyPlan(athleteId: $a, weekStart: $w) { draft { revision } } }`;

/** Marks the document, so a test can tell it was neither reloaded nor navigated away from. */
const markDocument = (page: Page) =>
  page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

/** "2 suggestions are still undecided", as the confirm step starts its counts. */
const undecided = (n: number) =>
  n === 0
    ? 'Every suggestion is decided now.'
    : `${n === 1 ? '1 suggestion is' : `${n} suggestions are`} still undecided`;

describe("another coach's decisions on an open review, live", () => {
  let browser: Browser;
  let coachA: Page;
  let coachB: Page;
  let athleteId: string;
  const review = async () =>
    (await gql<{ athleteReview: Review }>(coachA, REVIEW, { a: athleteId })).athleteReview;
  const card = (page: Page, kind: string) => page.locator(`[data-testid="suggestion"][data-kind="${kind}"]`);
  const decided = (page: Page, kind: string) =>
    page.locator(`[data-testid="decided-suggestion"][data-kind="${kind}"]`);

  beforeAll(async () => {
    browser = await launch();
    // Next week's days as review-undo sets them: the review has more to say about the draft (a drop and a cut).
    ({ coachA, coachB, athleteId } = await twoCoachesOneAthlete(browser, {
      head: 'Coach Live Head',
      assistant: 'Coach Live Assistant',
      athlete: 'Lia Live',
      tag: 'live',
      password: PASSWORD,
    }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows coach A's apply on coach B's open review and in its open confirm step, without a reload; B applies on top", async () => {
    const r = await review();
    const forNextWeek = (rv: Review) => rv.suggestions.filter((x) => x.planWeekStart === rv.nextWeekStart);
    // First the one that changes least (as review-undo does; a note is applied to the draft all the same): one that
    // changes sessions is still proposed after it.
    const s = [...forNextWeek(r)].sort((x, y) => x.changes.length - y.changes.length)[0];
    expect(s, 'a suggestion for next week').toBeDefined();
    const before = (
      await gql<{ weeklyPlan: { draft: { revision: number } } }>(coachA, DRAFT, {
        a: athleteId,
        w: r.nextWeekStart,
      })
    ).weeklyPlan.draft.revision;
    for (const page of [coachA, coachB]) {
      await page.goto(`/coach/review/${athleteId}`);
      await card(page, s.kind).waitFor();
    }
    const n = r.suggestions.length;
    await expect.poll(() => coachB.getByTestId('suggestion').count()).toBe(n);
    await markDocument(coachB);

    // B is about to complete: the confirm step counts the suggestions still undecided.
    await coachB.getByRole('button', { name: 'Complete and publish' }).click();
    const dialog = coachB.getByRole('alertdialog');
    const counts = dialog.getByTestId('confirm-complete-counts');
    await counts.getByText(undecided(n)).waitFor();
    const back = dialog.getByRole('button', { name: 'Back to the suggestions' });
    await expect.poll(() => back.evaluate((el) => el === document.activeElement)).toBe(true);

    // A applies one.
    await card(coachA, s.kind).getByRole('button', { name: 'Apply', exact: true }).click();
    await decided(coachA, s.kind).waitFor();

    // B's open dialog counts one fewer, focus where it was; behind it, the card is decided, its Apply gone.
    const left = (await review()).suggestions.length;
    expect(left).toBeLessThan(n);
    await expect.poll(() => counts.textContent(), { timeout: 15_000 }).toContain(undecided(left));
    expect(await back.evaluate((el) => el === document.activeElement)).toBe(true);
    await snap(coachB, 'review-live-confirm');
    await coachB.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await card(coachB, s.kind).count()).toBe(0);
    expect(await decided(coachB, s.kind).getAttribute('data-state')).toBe('APPLIED');
    // And the draft B now sees is the one A's apply left (the revision B's next apply is sent with).
    await coachB.getByRole('heading', { name: `Next week's draft (revision ${before + 1})` }).waitFor();
    expect(await sameDocument(coachB)).toBe(true);

    // B applies another on top (no "changed meanwhile" refusal), and A's page shows it in turn.
    const t = forNextWeek(await review()).find((x) => x.kind !== s.kind && x.changes.length > 0);
    expect(t, 'another suggestion that changes next week, still proposed after the first').toBeDefined();
    await card(coachB, t!.kind).getByTestId('before-after').waitFor();
    await card(coachB, t!.kind).getByRole('button', { name: 'Apply', exact: true }).click();
    await decided(coachB, t!.kind).waitFor();
    expect(await coachB.getByRole('alert').count()).toBe(0);
    await decided(coachA, t!.kind).waitFor();
    expect(await card(coachA, t!.kind).count()).toBe(0);
    await coachA.getByRole('heading', { name: `Next week's draft (revision ${before + 2})` }).waitFor();
    expect((await review()).decidedSuggestions.map((x) => `${x.kind} ${x.state}`).sort()).toEqual(
      [`${s.kind} APPLIED`, `${t!.kind} APPLIED`].sort(),
    );
    await snap(coachB, 'review-live-applied');
    applied = t!.kind;
  });

  let applied = '';
  it('hands focus to the suggestion in its place when another coach decides the one the coach is on', async () => {
    expect(applied, 'the test before applied a suggestion').not.toBe('');
    // B undoes the last apply: it is back among A's suggestions, without a reload.
    await decided(coachB, applied)
      .getByRole('button', { name: new RegExp(`^Undo applying `) })
      .click();
    await card(coachB, applied).waitFor();
    await card(coachA, applied).waitFor();
    expect(await decided(coachA, applied).count()).toBe(0);
    const kinds = () =>
      coachB
        .locator('[data-testid="suggestion"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    await expect.poll(async () => (await kinds()).length).toBeGreaterThan(0);
    const at = (await kinds()).indexOf(applied);

    // B is on its Apply button when A dismisses it.
    await card(coachB, applied).getByRole('button', { name: 'Apply', exact: true }).focus();
    await card(coachA, applied).getByRole('button', { name: 'Dismiss', exact: true }).click();
    await card(coachA, applied)
      .getByRole('form')
      .getByRole('button', { name: 'Dismiss', exact: true })
      .click();
    await decided(coachA, applied).waitFor();
    await decided(coachB, applied).waitFor();
    expect(await decided(coachB, applied).getAttribute('data-state')).toBe('DISMISSED');
    expect(await card(coachB, applied).count()).toBe(0);
    // Focus on the suggestion now in its place, else (none left) the decided list's heading: not the page's body.
    const left = await kinds();
    const expected = left.length ? left[Math.min(at, left.length - 1)] : 'Decided';
    const focused = () =>
      coachB.evaluate(() => {
        const el = document.activeElement;
        const inCard = el?.closest('[data-testid="suggestion"]');
        return el?.tagName === 'H3'
          ? (inCard?.getAttribute('data-kind') ?? el.textContent?.replace(/ \(\d+\)$/, ''))
          : (el?.tagName ?? null);
      });
    await expect.poll(focused).toBe(expected);
    expect(await sameDocument(coachB)).toBe(true);
  });
});
