/**
 * Two coaches of one athlete, the two save refusals review-edits.e2e.ts does not reach (PLAN_VERSION_CONFLICT is
 * there): coach B edits next week in the editor (unsaved) while coach A
 * - publishes the draft B's edits started from: B's save would start a new draft on a draft that is gone
 *   (PLAN_DRAFT_GONE);
 * - saves a draft of a week that had none (only a published plan, or no plan at all: the engine's draft): B's save
 *   would make a draft where there is one now (PLAN_DRAFT_EXISTS).
 * Each time B's edits are kept with a notice that says what happened (who, which revision or version), B's save is
 * refused in words and writes nothing, and B loads what is there now on request. New coaches and athletes (tags
 * gone and gone-none), as twoCoachesOneAthlete sets them up.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editorMinutes,
  gql,
  launch,
  planMinutes,
  saveOversizedDraft,
  snap,
  twoCoachesOneAthlete,
} from './browser';

const PASSWORD = 'review-edits-gone-password-1';
const REASONS = 'Reasons for the athlete (shared with the plan)';
const LOAD_THEIRS = 'Load their draft (discard my changes)';

interface Plan {
  id: string;
  version: number;
  revision: number;
  status: string;
  notes: string | null;
  sessions: { kind: string; minutes: number }[];
}
const PLAN = 'id version revision status notes sessions { kind minutes }';
const WEEK = `query($a: ID!, $w: String!) { weeklyPlan(athleteId: $a, weekStart: $w) {
  draft { ${PLAN} } published { ${PLAN} } } }`;

/** The week as coach A reads it, the draft and the published plan. */
const weekOf = async (coach: Page, athleteId: string, weekStart: string) =>
  (
    await gql<{ weeklyPlan: { draft: Plan | null; published: Plan | null } }>(coach, WEEK, {
      a: athleteId,
      w: weekStart,
    })
  ).weeklyPlan;

/** B's edits: the first session's minutes and the reasons; returns the editor's minutes after them. */
async function editAsB(page: Page, minutes: string, reasons: string) {
  const before = await editorMinutes(page);
  await page.locator('.plan-editor').getByLabel('Minutes', { exact: true }).first().fill(minutes);
  await page.getByLabel(REASONS).fill(reasons);
  const edited = await editorMinutes(page);
  expect(edited).not.toEqual(before);
  return edited;
}

describe("B's edits on a draft A publishes, then on a week A drafts after it", () => {
  let browser: Browser;
  let coachA: Page;
  let coachB: Page;
  let athleteId: string;
  let weekStart: string;
  const week = () => weekOf(coachA, athleteId, weekStart);

  beforeAll(async () => {
    browser = await launch();
    ({ coachA, coachB, athleteId, weekStart } = await twoCoachesOneAthlete(browser, {
      head: 'Coach Gone Head',
      assistant: 'Coach Gone Assistant',
      athlete: 'Greta Gone',
      tag: 'gone',
      password: PASSWORD,
    }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps B's edits when A publishes the draft, refuses B's save (PLAN_DRAFT_GONE) and loads the published week", async () => {
    const before = await week();
    expect(before.draft, "A's draft").not.toBeNull();
    expect(before.published).toBeNull();
    const draft = before.draft!;
    await coachB.goto(`/coach/review/${athleteId}`);
    await coachB.getByRole('heading', { name: `Next week's draft (revision ${draft.revision})` }).waitFor();
    const edited = await editAsB(coachB, '33', 'B typed this before A published');

    // A publishes the draft (not completing the review): the same plan, now published, its version the draft's.
    const { publishPlan } = await gql<{ publishPlan: Plan }>(
      coachA,
      `mutation($i: PublishPlanInput!) { publishPlan(input: $i) { ${PLAN} } }`,
      { i: { planId: draft.id, expectedRevision: draft.revision } },
    );
    expect(publishPlan.status).toBe('PUBLISHED');
    const published = (await week()).published!;
    expect(published.id).toBe(draft.id);
    expect((await week()).draft).toBeNull();

    // B's page follows (no draft now: the week as published) and keeps B's edits, saying what happened.
    await coachB.getByRole('heading', { name: 'Next week (published)' }).waitFor({ timeout: 15_000 });
    const notice = coachB.getByTestId('draft-changed');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    await expect
      .poll(() => notice.innerText(), { timeout: 15_000 })
      .toContain(
        `Another coach changed next week's draft (Coach Gone Head published the week; the draft you edited was published as version ${published.version}). Your unsaved changes are kept`,
      );
    expect(await editorMinutes(coachB)).toEqual(edited);
    expect(await coachB.getByLabel(REASONS).inputValue()).toBe('B typed this before A published');
    await snap(coachB, 'review-edits-gone-kept');

    // B saves: refused, in words; the published week as A published it, and no draft made of B's edits.
    await coachB.getByRole('button', { name: 'Save draft' }).click();
    const alert = coachB.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.getAttribute('data-testid')).toBe('draft-changed');
    const refused = await alert.innerText();
    expect(refused).toContain("Not saved: another coach changed next week's draft after you started editing");
    expect(refused).toContain(`the draft you edited was published as version ${published.version}`);
    expect(refused).toContain('nothing was saved');
    const after = await week();
    expect(after.draft).toBeNull();
    expect(after.published).toEqual(published);
    expect(await editorMinutes(coachB)).toEqual(edited);
    await snap(coachB, 'review-edits-gone-refused');

    // B loads what there is now: the week as published, its reasons; the notice and the alert gone.
    await alert.getByRole('button', { name: LOAD_THEIRS }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await editorMinutes(coachB)).toEqual(planMinutes(published));
    expect(await coachB.getByLabel(REASONS).inputValue()).toBe(published.notes ?? '');
    expect(await coachB.getByRole('alert').count()).toBe(0);
    await coachB.getByRole('heading', { name: 'Next week (published)' }).waitFor();
  });

  it("keeps B's edits when A drafts the published week, refuses B's save (PLAN_DRAFT_EXISTS) and loads A's draft", async () => {
    const before = await week();
    expect(before.draft).toBeNull();
    const published = before.published!;
    await coachB.getByRole('heading', { name: 'Next week (published)' }).waitFor();
    const edited = await editAsB(coachB, '31', 'B typed this before A drafted');

    // A drafts the week (a copy of the published one, with A's reasons): a new version's draft, revision 1.
    await gql(coachA, `mutation($i: SavePlanDraftInput!) { savePlanDraft(input: $i) { revision } }`, {
      i: { athleteId, weekStart, notes: "A's draft of the week" },
    });
    const theirs = (await week()).draft!;
    expect(theirs.revision).toBe(1);
    expect(theirs.version).toBe(published.version + 1);

    await coachB
      .getByRole('heading', { name: `Next week's draft (revision ${theirs.revision})` })
      .waitFor({ timeout: 15_000 });
    const notice = coachB.getByTestId('draft-changed');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    await expect
      .poll(() => notice.innerText(), { timeout: 15_000 })
      .toContain(
        `Another coach changed next week's draft (Coach Gone Head saved the draft; the week now has a draft, revision ${theirs.revision}). Your unsaved changes are kept`,
      );
    expect(await editorMinutes(coachB)).toEqual(edited);
    expect(await coachB.getByLabel(REASONS).inputValue()).toBe('B typed this before A drafted');

    // B saves: refused; A's draft as A saved it, the published week as it was.
    await coachB.getByRole('button', { name: 'Save draft' }).click();
    const alert = coachB.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      "Not saved: another coach changed next week's draft after you started editing (Coach Gone Head saved the draft; the week now has a draft, revision 1).",
    );
    const after = await week();
    expect(after.draft).toEqual(theirs);
    expect(after.published).toEqual(published);
    expect(await editorMinutes(coachB)).toEqual(edited);
    await snap(coachB, 'review-edits-exists-refused');

    await alert.getByRole('button', { name: LOAD_THEIRS }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await editorMinutes(coachB)).toEqual(planMinutes(theirs));
    expect(await coachB.getByLabel(REASONS).inputValue()).toBe("A's draft of the week");
    expect(await coachB.getByRole('alert').count()).toBe(0);
  });

  it("refuses B's save when A publishes the draft B edits and drafts the week again (the new draft's revision the same)", async () => {
    const before = await week();
    const mineWas = before.draft!;
    expect(mineWas.revision).toBe(1);
    await coachB.getByRole('heading', { name: `Next week's draft (revision ${mineWas.revision})` }).waitFor();
    const edited = await editAsB(coachB, '32', 'B typed this before A published and drafted again');

    // A publishes B's draft and drafts the week again: a new draft, revision 1 as B's was.
    await gql(coachA, `mutation($i: PublishPlanInput!) { publishPlan(input: $i) { version } }`, {
      i: { planId: mineWas.id, expectedRevision: mineWas.revision },
    });
    await gql(coachA, `mutation($i: SavePlanDraftInput!) { savePlanDraft(input: $i) { revision } }`, {
      i: { athleteId, weekStart, notes: "A's second draft" },
    });
    const now = await week();
    const theirs = now.draft!;
    expect(theirs.id).not.toBe(mineWas.id);
    expect(theirs.revision).toBe(mineWas.revision);
    expect(now.published!.id).toBe(mineWas.id);

    const notice = coachB.getByTestId('draft-changed');
    await expect
      .poll(() => notice.innerText(), { timeout: 15_000 })
      .toContain(
        `(Coach Gone Head saved the draft; the draft you edited was published as version ${mineWas.version}, and the week now has a new draft, revision ${theirs.revision}). Your unsaved changes are kept`,
      );
    expect(await editorMinutes(coachB)).toEqual(edited);

    // B saves: refused (B's edits were made on the draft A published), A's new draft intact.
    await coachB.getByRole('button', { name: 'Save draft' }).click();
    const alert = coachB.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('nothing was saved');
    expect(await week()).toEqual(now);
    expect(await editorMinutes(coachB)).toEqual(edited);

    await alert.getByRole('button', { name: LOAD_THEIRS }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await editorMinutes(coachB)).toEqual(planMinutes(theirs));
    expect(await coachB.getByLabel(REASONS).inputValue()).toBe("A's second draft");
  });

  it("refuses B's save on the draft A published and drafted again before B's page has heard of it (the API checks which draft)", async () => {
    // B's page hears nothing of A's writes (their pushes dropped), so it cannot refuse the save itself: the API must.
    let deaf = false;
    await coachB.routeWebSocket(/\/socket\.io\//, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((m) => server.send(m));
      server.onMessage((m) => {
        if (deaf && typeof m === 'string' && /"(review:decided|plan:published)"/.test(m)) return;
        ws.send(m);
      });
    });
    await coachB.reload();
    const mineWas = (await week()).draft!;
    expect(mineWas.revision).toBe(1);
    await coachB.getByRole('heading', { name: `Next week's draft (revision ${mineWas.revision})` }).waitFor();
    const edited = await editAsB(coachB, '29', 'B typed this, deaf to A');
    deaf = true;
    await gql(coachA, `mutation($i: PublishPlanInput!) { publishPlan(input: $i) { version } }`, {
      i: { planId: mineWas.id, expectedRevision: mineWas.revision },
    });
    await gql(coachA, `mutation($i: SavePlanDraftInput!) { savePlanDraft(input: $i) { revision } }`, {
      i: { athleteId, weekStart, notes: "A's third draft" },
    });
    const now = await week();
    expect(now.draft!.revision).toBe(mineWas.revision);
    // B's page still shows the draft as B loaded it, without a notice.
    expect(await coachB.getByTestId('draft-changed').count()).toBe(0);

    // B saves: the API refuses it (PLAN_DRAFT_GONE: the save names the draft B edited); A's new draft intact.
    await coachB.getByRole('button', { name: 'Save draft' }).click();
    const alert = coachB.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('nothing was saved');
    expect(await week()).toEqual(now);
    expect(await editorMinutes(coachB)).toEqual(edited);
    // (No push heard: the page does not say who changed the draft.)
    await alert.getByRole('button', { name: 'Load the newer draft (discard my changes)' }).click();
    await coachB.getByTestId('draft-changed').waitFor({ state: 'detached' });
    expect(await coachB.getByLabel(REASONS).inputValue()).toBe("A's third draft");
  });
});

describe("B's edits on the engine's draft of a week with no plan, when A saves a draft of it", () => {
  let browser: Browser;
  let coachA: Page;
  let coachB: Page;
  let athleteId: string;
  let weekStart: string;
  const week = () => weekOf(coachA, athleteId, weekStart);

  beforeAll(async () => {
    browser = await launch();
    ({ coachA, coachB, athleteId, weekStart } = await twoCoachesOneAthlete(browser, {
      head: 'Coach None Head',
      assistant: 'Coach None Assistant',
      athlete: 'Nina None',
      tag: 'gone-none',
      password: PASSWORD,
      draft: false,
    }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps B's edits, refuses B's save (PLAN_DRAFT_EXISTS) and loads A's draft", async () => {
    expect(await week()).toEqual({ draft: null, published: null });
    await coachB.goto(`/coach/review/${athleteId}`);
    await coachB.getByTestId('engine-draft').waitFor();
    await coachB.getByRole('heading', { name: "Next week: the engine's draft" }).waitFor();
    const edited = await editAsB(coachB, '29', 'B typed this on the engine draft');

    await saveOversizedDraft(coachA, athleteId, weekStart);
    const theirs = (await week()).draft!;
    expect(theirs.revision).toBe(1);

    await coachB
      .getByRole('heading', { name: `Next week's draft (revision ${theirs.revision})` })
      .waitFor({ timeout: 15_000 });
    const notice = coachB.getByTestId('draft-changed');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    await expect
      .poll(() => notice.innerText(), { timeout: 15_000 })
      .toContain(
        `Another coach changed next week's draft (Coach None Head saved the draft; the week now has a draft, revision ${theirs.revision}). Your unsaved changes are kept`,
      );
    expect(await editorMinutes(coachB)).toEqual(edited);
    expect(await coachB.getByLabel(REASONS).inputValue()).toBe('B typed this on the engine draft');

    await coachB.getByRole('button', { name: 'Save draft' }).click();
    const alert = coachB.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      "Not saved: another coach changed next week's draft after you started editing (Coach None Head saved the draft; the week now has a draft, revision 1).",
    );
    expect(await week()).toEqual({ draft: theirs, published: null });
    expect(await editorMinutes(coachB)).toEqual(edited);
    await snap(coachB, 'review-edits-exists-engine-refused');

    await alert.getByRole('button', { name: LOAD_THEIRS }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await editorMinutes(coachB)).toEqual(planMinutes(theirs));
    expect(await coachB.getByLabel(REASONS).inputValue()).toBe('');
    expect(await coachB.getByRole('alert').count()).toBe(0);
  });

  it("keeps B's edits with the notice when A completes the review (publishing the draft), and loads the completed week on request", async () => {
    const theirs = (await week()).draft!;
    await coachB.getByRole('heading', { name: `Next week's draft (revision ${theirs.revision})` }).waitFor();
    const edited = await editAsB(coachB, '28', 'B typed this before A completed the review');

    await gql(coachA, `mutation($i: CompleteReviewInput!) { completeReview(input: $i) { __typename } }`, {
      i: { athleteId, weekStart, expectedRevision: theirs.revision },
    });
    const now = await week();
    expect(now.draft).toBeNull();
    expect(now.published!.id).toBe(theirs.id);

    // B's page: the review completed, and B's edits still on screen with the notice (before: the completed week in
    // their place, the edits gone without a word).
    await expect
      .poll(() => coachB.getByTestId('workflow-status').innerText(), { timeout: 15_000 })
      .toBe('Review done');
    const notice = coachB.getByTestId('draft-changed');
    await expect
      .poll(() => notice.innerText(), { timeout: 15_000 })
      .toContain(
        `Another coach completed this review meanwhile (Coach None Head completed the review and published the week; the draft you edited was published as version ${now.published!.version}). Your unsaved changes are kept, but they can no longer be saved as its draft.`,
      );
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await editorMinutes(coachB)).toEqual(edited);
    expect(await coachB.getByLabel(REASONS).inputValue()).toBe('B typed this before A completed the review');
    expect(await coachB.getByTestId('review-completed-meanwhile').innerText()).toContain(
      'This review was completed meanwhile',
    );
    // Nothing to save them with on a completed review (a change of it starts from the week as published).
    for (const name of ['Save draft', 'Complete and publish', 'Publish the change'])
      expect(await coachB.getByRole('button', { name }).count()).toBe(0);
    await snap(coachB, 'review-edits-completed-kept');

    expect(await notice.getByRole('button', { name: 'Keep editing' }).count()).toBe(0);
    await notice.getByRole('button', { name: 'Load the week as published (discard my changes)' }).click();
    await notice.waitFor({ state: 'detached' });
    await coachB.getByTestId('review-done').waitFor();
    await coachB.getByRole('button', { name: 'Change this week' }).waitFor();
    // Focus on the completed week's heading (the editor's, where it was, is gone).
    await expect
      .poll(() => coachB.evaluate(() => document.activeElement?.textContent ?? ''))
      .toBe('Next week (published)');
    expect(await week()).toEqual(now);
  });
});

describe("B's edits on a week already published when A completes the review", () => {
  let browser: Browser;
  let coachA: Page;
  let coachB: Page;
  let athleteId: string;
  let weekStart: string;
  const week = () => weekOf(coachA, athleteId, weekStart);

  beforeAll(async () => {
    browser = await launch();
    ({ coachA, coachB, athleteId, weekStart } = await twoCoachesOneAthlete(browser, {
      head: 'Coach Pub Head',
      assistant: 'Coach Pub Assistant',
      athlete: 'Pia Pub',
      tag: 'gone-pub',
      password: PASSWORD,
      draft: false,
    }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps B's edits with the notice though the plan did not change (no draft: the completion publishes nothing new)", async () => {
    await saveOversizedDraft(coachA, athleteId, weekStart);
    const draft = (await week()).draft!;
    await gql(coachA, `mutation($i: PublishPlanInput!) { publishPlan(input: $i) { version } }`, {
      i: { planId: draft.id, expectedRevision: draft.revision },
    });
    const published = (await week()).published!;
    await coachB.goto(`/coach/review/${athleteId}`);
    await coachB.getByRole('heading', { name: 'Next week (published)' }).waitFor();
    const edited = await editAsB(coachB, '27', 'B typed this on the published week');

    await gql(coachA, `mutation($i: CompleteReviewInput!) { completeReview(input: $i) { __typename } }`, {
      i: { athleteId, weekStart },
    });
    expect(await week()).toEqual({ draft: null, published });

    // Before, the completed week replaced B's editor without a word (the plan's key did not change).
    await expect
      .poll(() => coachB.getByTestId('workflow-status').innerText(), { timeout: 15_000 })
      .toBe('Review done');
    const notice = coachB.getByTestId('draft-changed');
    await expect
      .poll(() => notice.innerText(), { timeout: 15_000 })
      .toContain(
        'Another coach completed this review meanwhile (Coach Pub Head completed the review and published the week). Your unsaved changes are kept, but they can no longer be saved as its draft.',
      );
    expect(await editorMinutes(coachB)).toEqual(edited);
    expect(await coachB.getByLabel(REASONS).inputValue()).toBe('B typed this on the published week');
    await notice.getByRole('button', { name: 'Load the week as published (discard my changes)' }).click();
    await notice.waitFor({ state: 'detached' });
    await coachB.getByTestId('review-done').waitFor();
    expect(await week()).toEqual({ draft: null, published });
  });
});
