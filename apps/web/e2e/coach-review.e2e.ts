/**
 * The coach's review screen beyond apply/dismiss/publish (coach.e2e.ts): the charts, edit-and-apply with the
 * API's typed refusal, proposed context from chat (live), snooze and the queue's Snoozed view, past reviews,
 * suggestion stats, and the athlete's week availability seen by the coach. Coach Diego Alvarez (coach2) and
 * his athletes, so the specs on coach1's roster are not disturbed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PHONE,
  demo,
  expectAccessible,
  gql,
  launch,
  newContext,
  signIn,
  snap,
  generateReviewsIfMissing,
} from './browser';

interface QueueItem {
  athleteId: string;
  athleteName: string;
  workflowStatus: string;
  suggestions: { kind: string; changes: { type: string; sessionIds: string[] | null }[] }[];
}

async function queueOf(page: Page): Promise<QueueItem[]> {
  await generateReviewsIfMissing(page);
  const d = await gql<{ reviewQueue: { items: QueueItem[] } }>(
    page,
    `{ reviewQueue(first: 100) { items { athleteId athleteName workflowStatus suggestions { kind changes { type sessionIds } } } } }`,
  );
  return d.reviewQueue.items;
}

/**
 * A suggestion that changes next week's volume only (the edit-and-apply test works on one), its first change limited
 * to no session or to several (so that the edit form offers its days: a change to one session has none to choose).
 */
const nextWeeks = (s: QueueItem['suggestions'][number]) =>
  !s.kind.startsWith('CURRENT_WEEK_') &&
  s.changes.length > 0 &&
  s.changes.every((c) => c.type === 'SCALE_VOLUME') &&
  (s.changes[0].sessionIds?.length ?? 0) !== 1;

async function athleteIdOf(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('coachline.session')!) as { user: { athleteId: string } }).user
        .athleteId,
  );
}

describe("the coach's review screen: charts, edit-and-apply, context, snooze, history, availability", () => {
  let browser: Browser;
  let coach: Page;
  let items: QueueItem[];
  beforeAll(async () => {
    browser = await launch();
    coach = await (await newContext(browser)).newPage();
    await signIn(coach, demo('coach2'));
    items = await queueOf(coach);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the athlete sets next week's minutes and days off; the coach sees them against the usual week, with the charts", async () => {
    const athlete = await (await newContext(browser, PHONE)).newPage();
    await signIn(athlete, demo('athlete04'));
    const athleteId = await athleteIdOf(athlete);
    await athlete.goto('/athlete/availability');
    await athlete.getByRole('heading', { name: 'Time for training' }).waitFor();
    const tuesday = athlete.getByTestId('availability-day').nth(1);
    await tuesday.getByLabel('Day off').check();
    await athlete.getByLabel('Wednesday minutes').fill('25');
    await athlete.getByLabel('Note for your coach (optional)').fill('Work trip Tuesday and Wednesday');
    await expectAccessible(athlete, 'athlete-availability');
    await snap(athlete, 'athlete-availability');
    await athlete.getByRole('button', { name: 'Save this week' }).click();
    await athlete.getByText('Saved. Your coach plans the week within it.').waitFor();
    await athlete.getByText(/You set .* for this week/).waitFor();
    await athlete.setViewportSize({ width: 1280, height: 860 });
    await snap(athlete, 'athlete-availability');
    await athlete.context().close();

    await coach.goto(`/coach/review/${athleteId}`);
    const card = coach.getByTestId('availability');
    await card.getByText('Set by the athlete for next week:').waitFor();
    await card.getByText('“Work trip Tuesday and Wednesday”').waitFor();
    const nextWeek = card.getByRole('row', { name: /^Next week/ }).getByRole('cell');
    expect(await nextWeek.nth(1).textContent()).toBe('off');
    expect(await nextWeek.nth(2).textContent()).toBe('25');
    expect(await nextWeek.nth(1).getAttribute('class')).toBe('changed');

    // The charts: weekly load against plan, CTL/ATL/TSB, HRV, wellness and compliance, each with its summary.
    for (const id of ['chart-pmc', 'chart-wellness', 'chart-compliance'])
      await coach.getByTestId(id).locator('canvas').waitFor();
    expect(await coach.locator('.charts .chart').count()).toBe(5);
    expect(await coach.getByTestId('chart-pmc').locator('figcaption').textContent()).toMatch(
      /^Fitness \(CTL\) \d+, fatigue \(ATL\) \d+, form \(TSB\) -?\d+/,
    );
    expect(await coach.getByTestId('chart-compliance').locator('figcaption').textContent()).toMatch(
      /Done vs planned: \d+ % on average over \d+ planned weeks?/,
    );
    expect(await coach.getByTestId('chart-wellness').locator('figcaption').textContent()).toMatch(
      /\d+ check-ins? in 42 days/,
    );
    await expectAccessible(coach, 'review-charts');
    await snap(coach, 'review-charts');
    await coach.setViewportSize(PHONE);
    await snap(coach, 'review-charts');
    await coach.setViewportSize({ width: 1280, height: 860 });
  });

  it('names the session each change drops, eases or shortens, as the rationale does (never "Drop the session")', async () => {
    // Henrik's re-entry or Kasper's trimmed build: a next-week suggestion that drops a session (and eases one).
    const drops = (s: QueueItem['suggestions'][number]) =>
      !s.kind.startsWith('CURRENT_WEEK_') && s.changes.some((c) => c.type === 'DROP_SESSION');
    const both = (s: QueueItem['suggestions'][number]) =>
      drops(s) && s.changes.some((c) => c.type === 'REPLACE_INTENSITY');
    const target =
      items.find((i) => i.suggestions.some(both)) ?? items.find((i) => i.suggestions.some(drops));
    expect(target, 'a demo athlete of coach2 whose suggestion drops a session').toBeDefined();
    const kind = (target!.suggestions.find(both) ?? target!.suggestions.find(drops))!.kind;
    await coach.goto(`/coach/review/${target!.athleteId}`);
    const preview = coach
      .locator(`[data-testid="suggestion"][data-kind="${kind}"]`)
      .getByRole('group', { name: 'Preview of the change to next week' });
    // Once next week's plan is at hand (its before/after shows), the changes are named from it.
    await preview.getByTestId('before-after').waitFor();
    const list = preview.getByRole('listitem');
    const lines = await list.allTextContents();
    const day = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
    const dropped = lines.filter((l) => l.startsWith('Drop '));
    expect(dropped.length).toBeGreaterThan(0);
    for (const l of dropped) expect(l).toMatch(new RegExp(`^Drop ${day}'s .+ \\(\\d+ min\\)$`));
    for (const l of lines.filter((x) => /^(Shorten|Lengthen) /.test(x)))
      expect(l).toMatch(new RegExp(`^(Shorten|Lengthen) ${day}'s `));
    for (const l of lines.filter((x) => x.startsWith('Make ')))
      expect(l).toMatch(new RegExp(`^Make ${day}'s .+ \\(\\d+ min\\) an? `));
    // The rationale names the same sessions the list does.
    const why = (await coach.locator(`[data-testid="suggestion"][data-kind="${kind}"] .why`).textContent())!;
    for (const l of dropped) expect(why).toContain(l.slice('Drop '.length, l.indexOf(' (')));

    // Saved as the coach's draft (new session rows): the suggestions are re-derived on it, still named and
    // previewed, not "the engine would refuse this" for sessions no longer in the plan.
    const heading = coach.getByRole('heading', { name: /^Next week's draft \(revision \d+\)$/ });
    const revision = Number(/revision (\d+)/.exec((await heading.textContent()) ?? '')?.[1]);
    expect(revision).toBeGreaterThan(0);
    await coach.getByRole('button', { name: 'Save draft' }).click();
    await coach.getByRole('heading', { name: `Next week's draft (revision ${revision + 1})` }).waitFor();
    await expect
      .poll(async () =>
        (await preview.getByRole('listitem').allTextContents()).filter((l) => l.startsWith('Drop ')),
      )
      .toEqual(dropped);
    expect(await preview.getByText('The engine would refuse this').count()).toBe(0);
  });

  it('edits a suggestion, sees next week before/after, gets the engine’s typed refusal, then applies it: EDITED_AND_APPLIED', async () => {
    // An athlete whose suggestion scales the week's volume.
    // (Next week's: a change to the rest of this week is applied to the published plan, without an editor.)
    const target = items.find((i) => i.suggestions.some(nextWeeks))!;
    expect(target).toBeDefined();
    const kind = target.suggestions.find(nextWeeks)!.kind;
    await coach.goto(`/coach/review/${target.athleteId}`);
    const card = coach.locator(`[data-testid="suggestion"][data-kind="${kind}"]`);
    await card.getByTestId('before-after').waitFor();
    await card.getByRole('button', { name: 'Edit' }).click();
    const form = card.getByRole('form', { name: 'Edit the change' });
    const first = form.locator('fieldset').first();

    // Limit the first change to a day without training: the engine has nothing to scale there.
    const before = await form
      .getByRole('row', { name: /^Before/ })
      .getByRole('cell')
      .allTextContents();
    const emptyDay = before.findIndex((m) => m === '0');
    expect(emptyDay).toBeGreaterThanOrEqual(0);
    const days = first.getByRole('group', { name: /on these days/ }).getByRole('checkbox');
    for (let d = 0; d < 7; d++) await days.nth(d).setChecked(d === emptyDay);
    await form
      .getByText('The engine would refuse this: There is no session to scale on those days.')
      .waitFor();
    await form.getByRole('button', { name: 'Apply edited' }).click();
    // The API validates with the engine's apply and answers with its typed refusal.
    await coach
      .getByRole('alert')
      .filter({ hasText: 'There is no session to scale on those days.' })
      .waitFor();
    await snap(coach, 'review-edit-refused');

    // Back to every day, a smaller cut: the preview shows the week after, and it is applied as edited.
    for (let d = 0; d < 7; d++) await days.nth(d).setChecked(false);
    await first.getByLabel('Change in volume, %').fill('-10');
    const after = form.getByTestId('after-total');
    await expect.poll(() => form.getByText(/would refuse/).count()).toBe(0);
    const afterText = await after.textContent();
    expect(afterText).toMatch(/\d/);
    await expect
      .poll(async () =>
        (await form.locator('.week-diff td.changed').count()) > 0 ? 'changed days marked' : 'none',
      )
      .toBe('changed days marked');
    await expectAccessible(coach, 'review-edit');
    await snap(coach, 'review-edit');
    await form.getByRole('button', { name: 'Apply edited' }).click();
    const decided = coach.locator(`[data-testid="decided-suggestion"][data-state="EDITED_AND_APPLIED"]`);
    await decided.first().waitFor();
    expect(await decided.first().textContent()).toMatch(/edited and applied/);
    // The change as applied, by the sessions it shortened (their real minutes after the rounding to 5 min).
    expect(await decided.first().textContent()).toMatch(
      /Shorten (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s .+: \d+ → \d+ min/,
    );
    await coach.getByRole('heading', { name: /Next week's draft \(revision \d+\)/ }).waitFor();
    await coach.getByTestId('workflow-status').getByText('Review in progress').waitFor();

    // Past reviews: this week's review with the suggestion edited and applied (the week has not started).
    await coach.getByRole('link', { name: 'Past reviews' }).click();
    const entry = coach.getByTestId('history-entry').first();
    await entry.waitFor();
    await entry.locator('li[data-state="EDITED_AND_APPLIED"]').getByText('edited and applied').waitFor();
    await expectAccessible(coach, 'review-history');
    await snap(coach, 'review-history');
    await coach.setViewportSize(PHONE);
    await snap(coach, 'review-history');
    await coach.setViewportSize({ width: 1280, height: 860 });

    // The coach's suggestion stats count the edit.
    await coach.getByRole('link', { name: 'Stats', exact: true }).click();
    const stats = coach.getByTestId('suggestion-stats');
    await stats.waitFor();
    const total = stats.getByRole('row', { name: /^All kinds/ }).getByRole('cell');
    expect(Number((await total.nth(2).textContent())!.split(' ')[0])).toBeGreaterThanOrEqual(1);
    await expectAccessible(coach, 'suggestion-stats');
    await snap(coach, 'suggestion-stats');
    await coach.setViewportSize(PHONE);
    await snap(coach, 'suggestion-stats');
    await coach.setViewportSize({ width: 1280, height: 860 });
  });

  it('labels a volume change by what it scales in the edit form: one session by name, some, or the whole week', async () => {
    // A next-week suggestion with a volume change limited to one session (the engine's cut of a long run, say).
    const single = (s: QueueItem['suggestions'][number]) =>
      !s.kind.startsWith('CURRENT_WEEK_') &&
      s.changes.some((c) => c.type === 'SCALE_VOLUME' && c.sessionIds?.length === 1);
    // Read from each review as it is now (an earlier test applied changes, and the review was re-derived since).
    let target: { athleteId: string; suggestion: QueueItem['suggestions'][number] } | undefined;
    for (const i of items.filter((x) => x.suggestions.some(single))) {
      const { athleteReview } = await gql<{ athleteReview: { suggestions: QueueItem['suggestions'] } }>(
        coach,
        `query($a: ID!) { athleteReview(athleteId: $a) { suggestions { kind changes { type sessionIds } } } }`,
        { a: i.athleteId },
      );
      const suggestion = athleteReview.suggestions.find(single);
      if (suggestion) {
        target = { athleteId: i.athleteId, suggestion };
        break;
      }
    }
    expect(target, 'a demo athlete of coach2 with a volume change to one session').toBeDefined();
    const suggestion = target!.suggestion;
    await coach.goto(`/coach/review/${target!.athleteId}`);
    const card = coach.locator(`[data-testid="suggestion"][data-kind="${suggestion.kind}"]`);
    await card.getByTestId('before-after').waitFor();
    await card.getByRole('button', { name: 'Edit' }).click();
    const form = card.getByRole('form', { name: 'Edit the change' });
    const fieldsets = form.locator('fieldset');
    expect(await fieldsets.count()).toBe(suggestion.changes.length);
    // "Only on these days (none: every day)" read as if the change scaled the whole week; each says what it does.
    expect(await form.getByRole('group', { name: /none: every day/ }).count()).toBe(0);
    const day = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
    for (const [i, c] of suggestion.changes.entries()) {
      if (c.type !== 'SCALE_VOLUME') continue;
      const f = fieldsets.nth(i);
      const n = c.sessionIds?.length ?? 0;
      if (n === 1) {
        expect(await f.getByRole('group', { name: /on these days/ }).count()).toBe(0);
        expect(await f.getByTestId('scale-scope').textContent()).toMatch(
          new RegExp(`^This change scales ${day}'s .+ \\(\\d+ min\\) only\\.$`),
        );
      } else {
        await f
          .getByRole('group', {
            name:
              n > 1
                ? `Of the ${n} sessions it scales, only those on these days (none: all ${n})`
                : 'Only the sessions on these days (none: the whole week)',
          })
          .waitFor();
      }
    }
    await form.scrollIntoViewIfNeeded();
    await snap(coach, 'review-edit-scope');
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it("lists context proposed from the athlete's chat live on the open review, to confirm or dismiss", async () => {
    const athlete = await (await newContext(browser, PHONE)).newPage();
    await signIn(athlete, demo('athlete06'));
    const athleteId = await athleteIdOf(athlete);
    await coach.goto(`/coach/review/${athleteId}`);
    await coach.getByText("Nothing proposed from the athlete's messages.").waitFor();

    await athlete.goto('/chat');
    await athlete.getByRole('status', { name: 'Live updates: Live' }).waitFor();
    const box = athlete.getByLabel('Message to Your coaches');
    await box.fill('Woke up with a fever and chills, staying in bed today.');
    await athlete.getByRole('button', { name: 'Send', exact: true }).click();
    await box.fill('I am travelling to Berlin for work from Tuesday to Thursday next week.');
    await athlete.getByRole('button', { name: 'Send', exact: true }).click();
    const sent = athlete.locator('.msg', { hasText: 'travelling to Berlin' });
    await sent.waitFor();
    await expect
      .poll(
        async () =>
          ((await sent.getAttribute('class')) ?? '') + (await athlete.locator('.messages').innerText()),
        {
          timeout: 30_000,
        },
      )
      .toMatch(/^msg mine(?! pending)/);

    // No reload: context:proposed refetches the open list.
    const proposals = coach.getByTestId('context-proposal');
    await expect.poll(() => proposals.count(), { timeout: 20_000 }).toBe(2);
    await proposals.filter({ hasText: 'Illness' }).getByText('“fever”').waitFor();
    await expectAccessible(coach, 'review-context');
    await snap(coach, 'review-context');
    await proposals
      .filter({ hasText: 'Illness' })
      .getByRole('button', { name: /^Confirm Illness/ })
      .click();
    await expect.poll(() => proposals.count()).toBe(1);
    await proposals
      .filter({ hasText: 'Travel' })
      .getByRole('button', { name: /^Dismiss Travel/ })
      .click();
    await coach.getByText("Nothing proposed from the athlete's messages.").waitFor();
    const left = await gql<{ contextEvents: { kind: string; status: string }[] }>(
      coach,
      `query($a: ID!) { contextEvents(athleteId: $a) { kind status } }`,
      { a: athleteId },
    );
    expect(left.contextEvents).toEqual(expect.arrayContaining([{ kind: 'ILLNESS', status: 'CONFIRMED' }]));
    await athlete.context().close();
  });

  it("snoozes a review until a date: it leaves the to-do list and shows in the queue's Snoozed view", async () => {
    // Not an athlete another test here works on (athlete04, athlete06, the edit-and-apply target); one whose
    // suggestions change nothing when there is one, else the last pending in the queue.
    const used = new Set([
      'Jonas Eriksen',
      'Lukas Weber',
      items.find((i) => i.suggestions.some(nextWeeks))?.athleteName,
    ]);
    const pending = items.filter((i) => i.workflowStatus === 'PENDING' && !used.has(i.athleteName));
    const target = pending.find((i) => !i.suggestions.some((s) => s.changes.length > 0)) ?? pending.at(-1)!;
    expect(target).toBeDefined();
    // From the queue, as a coach works: the list seen before the snooze stays in the page's cache.
    await coach.goto('/coach/queue');
    const targetRow = coach.getByTestId('queue-row').filter({ hasText: target.athleteName });
    await targetRow.click();
    await coach.waitForURL(`**/coach/review/${target.athleteId}`);
    const form = coach.getByRole('form', { name: 'Snooze the review' });
    const until = form.getByLabel('Snooze until');
    await until.fill('2000-01-01');
    await form.getByRole('button', { name: 'Snooze' }).click();
    await form.getByText('Pick a date after today.').waitFor();
    const min = (await until.getAttribute('min'))!;
    await until.fill(min);
    await form.getByRole('button', { name: 'Snooze' }).click();
    await form
      .getByRole('status')
      .getByText(/^Snoozed until/)
      .waitFor();

    // Back on the queue, the list from before the snooze may show first while it is fetched again: wait for
    // the list without the athlete (the state checked), not for its first row.
    await coach.getByRole('link', { name: 'Queue', exact: true }).click();
    await coach.getByTestId('queue-row').first().waitFor();
    await targetRow.waitFor({ state: 'detached' });
    const views = coach.getByRole('group', { name: 'Reviews' });
    await views.getByRole('link', { name: /^Snoozed/ }).click();
    await coach.waitForURL(/view=snoozed/);
    const row = coach.getByTestId('queue-row').filter({ hasText: target.athleteName });
    await row.getByText(/snoozed until \d{4}-\d{2}-\d{2}/).waitFor();
    expect(
      Number(
        await views
          .getByRole('link', { name: /^Snoozed/ })
          .locator('.count')
          .textContent(),
      ),
    ).toBeGreaterThanOrEqual(1);
    await expectAccessible(coach, 'queue-snoozed');
    await snap(coach, 'queue-snoozed');
  });
});
