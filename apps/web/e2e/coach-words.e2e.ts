/**
 * What a coach reads in the engine's codes, and the suggestion stats on a phone: an HRV suggestion is "HRV above band",
 * never "Hrv above band", on its card, in the stats and in past reviews; the stats table, wider than a phone, scrolls
 * sideways from the keyboard too. Coach Marit Solberg (coach1), read only.
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

async function queueKinds(page: Page): Promise<{ athleteId: string; kinds: string[] }[]> {
  await generateReviewsIfMissing(page);
  const d = await gql<{ reviewQueue: { items: { athleteId: string; suggestions: { kind: string }[] }[] } }>(
    page,
    `{ reviewQueue(first: 100) { items { athleteId suggestions { kind } } } }`,
  );
  return d.reviewQueue.items.map((i) => ({
    athleteId: i.athleteId,
    kinds: i.suggestions.map((s) => s.kind),
  }));
}

describe('engine codes in words, and the suggestion stats on a phone', () => {
  let browser: Browser;
  let coach: Page;
  let hrv: { athleteId: string; kind: string };
  beforeAll(async () => {
    browser = await launch();
    coach = await (await newContext(browser)).newPage();
    await signIn(coach, demo('coach1'));
    const items = await queueKinds(coach);
    const found = items
      .map((i) => ({ athleteId: i.athleteId, kind: i.kinds.find((k) => k.startsWith('HRV_')) }))
      .find((i) => i.kind);
    expect(
      found,
      "a demo athlete of coach1 with an HRV suggestion (the seed's HRV above its band)",
    ).toBeDefined();
    hrv = found as { athleteId: string; kind: string };
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('names an HRV suggestion with HRV in capitals: its card, the stats, past reviews', async () => {
    const title = hrv.kind === 'HRV_NOTE' ? 'HRV note' : 'HRV above band';
    await coach.goto(`/coach/review/${hrv.athleteId}`);
    const card = coach.locator(`[data-kind="${hrv.kind}"]`).first();
    await card.waitFor();
    expect(await card.textContent()).toContain(title);
    expect(await coach.locator('main').textContent()).not.toMatch(/\bHrv\b/);

    await coach.getByRole('link', { name: 'Past reviews' }).click();
    const entry = coach.getByTestId('history-entry').first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain(`${title}:`);
    expect(await coach.locator('main').textContent()).not.toMatch(/\bHrv\b/);

    await coach.goto('/coach/stats');
    const stats = coach.getByTestId('suggestion-stats');
    await stats.waitFor();
    await stats.getByRole('rowheader', { name: title, exact: true }).waitFor();
    expect(await stats.textContent()).not.toMatch(/\bHrv\b/);
  });

  it('lets a keyboard scroll the stats table on a phone (axe: a scrolling region takes the focus)', async () => {
    await coach.setViewportSize(PHONE);
    await coach.goto('/coach/stats');
    await coach.getByTestId('suggestion-stats').waitFor();
    const region = coach.getByRole('region', { name: /Decisions per suggestion kind/ });
    await region.focus();
    await coach.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    await expectAccessible(coach, 'suggestion-stats-375');
    await snap(coach, 'suggestion-stats-words');
  });
});
