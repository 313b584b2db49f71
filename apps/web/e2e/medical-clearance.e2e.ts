/**
 * The doctor's answer after a recommended medical check: on the review of the athlete whose review recommends a
 * doctor (Jonas, athlete04, coach2's), the coach records the clearance; the review is generated again and says the
 * doctor cleared him, with no medical-check week. Then Jonas sees the clearance on his own page (the tests run in order).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, demo, expectAccessible, gql, launch, newContext, signIn, snap } from './browser';

/** The coach's review queue, the reviews generated first: each item's athlete and the `fields` asked for. */
async function queueOf<T>(page: Page, fields: string) {
  await gql(page, `mutation { generateReviews(input: { wait: true }) { total } }`);
  const { reviewQueue } = await gql<{
    reviewQueue: { items: (T & { athleteId: string; athleteName: string })[] };
  }>(page, `{ reviewQueue(first: 100) { items { athleteId athleteName ${fields} } } }`);
  return reviewQueue.items;
}

describe("the coach records a doctor's clearance on the review that recommends a doctor", () => {
  let browser: Browser;
  let coach: Page;
  let clearedOn = '';
  beforeAll(async () => {
    browser = await launch();
    coach = await (await newContext(browser)).newPage();
    await signIn(coach, demo('coach2'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Before the clearance (which ends the medical-check cut): the coach applies the cut of the rest of this week from the
  // review page. It had been refused (PLAN_DRAFT_GONE: the page sent next week's draft revision for this week's plan).
  it("applies the cut of the rest of this week from the review page: this week's published plan gets a new version", async () => {
    const items = await queueOf<{
      reviewDate: string;
      suggestions: { id: string; kind: string; planWeekStart: string }[];
    }>(coach, 'reviewDate suggestions { id kind planWeekStart }');
    const jonas = items.find((i) => i.athleteName === 'Jonas Eriksen')!;
    const cut = jonas.suggestions.find((s) => s.kind === 'CURRENT_WEEK_RECOVERY');
    if (new Date(`${jonas.reviewDate}T12:00:00Z`).getUTCDay() === 0) {
      // On a Sunday (Jonas's day) no day of this week is left to change.
      expect(cut).toBeUndefined();
      return;
    }
    expect(cut, "Jonas's cut of the rest of this week").toBeDefined();
    const week = async () =>
      (
        await gql<{ weeklyPlan: { published: { version: number; plannedMinutes: number } } }>(
          coach,
          `query($a: ID, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) { published { version plannedMinutes } } }`,
          { a: jonas.athleteId, w: cut!.planWeekStart },
        )
      ).weeklyPlan.published;
    const before = await week();
    await coach.goto(`/coach/review/${jonas.athleteId}`);
    const card = coach.locator('[data-testid="suggestion"][data-kind="CURRENT_WEEK_RECOVERY"]');
    // Its changes are named from this week's published plan ("Shorten Sunday's long run: 150 → 30 min (-80 %)").
    await card
      .getByRole('listitem')
      .filter({ hasText: /^(Shorten|Make) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s / })
      .first()
      .waitFor();
    await card.getByRole('button', { name: 'Apply' }).click();
    await card.waitFor({ state: 'detached' });
    const after = await week();
    expect(after.version).toBe(before.version + 1);
    expect(after.plannedMinutes).toBeLessThan(before.plannedMinutes);
  });

  it('records the clearance through the form, and the review generated again no longer asks for the doctor', async () => {
    const items = await queueOf<{ suggestions: { evidence: { key: string; value: string }[] }[] }>(
      coach,
      'suggestions { evidence { key value } }',
    );
    const target = items.find((i) =>
      i.suggestions.some((s) => s.evidence.some((e) => e.key === 'medicalCheck' && e.value === 'true')),
    );
    expect(target?.athleteName).toBe('Jonas Eriksen');
    await coach.goto(`/coach/review/${target!.athleteId}`);
    await coach.getByTestId('decision').getByText('until a doctor has cleared Jonas').waitFor();
    const form = coach.getByRole('form', { name: "Record doctor's clearance" });
    await expectAccessible(coach, 'review-medical-clearance');
    // The form at both widths, as a coach on a laptop and on a phone sees it (kept as CI artifacts).
    await form.scrollIntoViewIfNeeded();
    await snap(coach, 'review-medical-clearance');
    await coach.setViewportSize(PHONE);
    await form.getByRole('button', { name: "Record doctor's clearance" }).waitFor();
    await snap(coach, 'review-medical-clearance');
    await coach.setViewportSize(DESKTOP);
    const date = form.getByLabel('Date cleared');
    const today = (await date.getAttribute('max'))!;
    clearedOn = today;
    await date.fill('2999-01-01');
    await form.getByRole('button', { name: "Record doctor's clearance" }).click();
    await form.getByText('Pick a day that is not in the future.').waitFor();
    await date.fill(today);
    await form.getByLabel('Note (optional; Jonas sees it)').fill('Bloods normal, GP happy');
    await form.getByRole('button', { name: "Record doctor's clearance" }).click();
    await coach
      .getByTestId('medical-clearance')
      .getByText(/^A doctor cleared Jonas on .* \(recorded by Diego Alvarez\): Bloods normal, GP happy$/)
      .waitFor({ timeout: 60_000 });
    // The review was generated again: no doctor recommended, no form, the coach's text says the answer.
    await form.waitFor({ state: 'detached', timeout: 60_000 });
    await coach.getByText(`A doctor cleared Jonas on ${today} (recorded by the coach)`).first().waitFor();
    expect(await coach.getByTestId('decision').textContent()).not.toContain('doctor');
    await snap(coach, 'review-medical-cleared');
  });

  it('shows Jonas the clearance on his own page: the day, who recorded it, the note', async () => {
    expect(clearedOn).not.toBe('');
    for (const viewport of [DESKTOP, PHONE]) {
      const ctx = await newContext(browser, viewport);
      const page = await ctx.newPage();
      await signIn(page, demo('athlete04'));
      await page.waitForURL('**/athlete');
      const card = page.getByRole('region', { name: "Doctor's clearance" });
      const day = new Date(`${clearedOn}T00:00:00Z`).toLocaleDateString('en-GB', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      });
      await card
        .getByTestId('my-medical-clearance')
        .getByText(`A doctor cleared you on ${day} (recorded by Diego Alvarez).`, { exact: true })
        .waitFor();
      await card.getByText('Bloods normal, GP happy').waitFor();
      await page.locator('.loading').first().waitFor({ state: 'detached' });
      if (viewport === DESKTOP) await expectAccessible(page, 'athlete-medical-clearance');
      await card.scrollIntoViewIfNeeded();
      await snap(page, 'athlete-medical-clearance');
      await ctx.close();
    }
  });
});
