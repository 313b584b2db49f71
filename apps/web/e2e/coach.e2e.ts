import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, demo, expectAccessible, launch, newContext, recordTiming, signIn, snap } from './browser';

/** The demo seed stores no weekly reviews: the coach generates the week's from the queue. */
async function generateIfMissing(page: Page) {
  await page.goto('/coach/queue');
  const generate = page.getByRole('button', { name: 'Generate reviews' });
  await Promise.race([page.getByTestId('queue-row').first().waitFor(), generate.waitFor()]);
  if (await generate.isVisible()) {
    await generate.click();
    await generate.waitFor({ state: 'detached', timeout: 60_000 });
  }
  await page.getByTestId('queue-row').first().waitFor();
}

describe('coach screens in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the queue: urgent first, counts per status, filters in the URL, j/k and Enter; first-load JS and timings', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signIn(page, demo('coach1'));
    await generateIfMissing(page);
    // A cold load of the queue route: every script it fetches, gzipped as a server would send it.
    const session = await page.evaluate(() => localStorage.getItem('coachline.session')!);
    const coldCtx = await newContext(browser);
    await coldCtx.addInitScript((s) => {
      try {
        localStorage.setItem('coachline.session', s);
      } catch {
        /* about:blank */
      }
    }, session);
    const cold = await coldCtx.newPage();
    const scripts: { url: string; gz: number }[] = [];
    const bodies: Promise<void>[] = [];
    cold.on('response', (res) => {
      if (res.request().resourceType() !== 'script') return;
      bodies.push(res.body().then((b) => void scripts.push({ url: res.url(), gz: gzipSync(b).length })));
    });
    await cold.goto('/coach/queue');
    await cold.getByTestId('queue-row').first().waitFor();
    await Promise.all(bodies);
    const queueReady = await cold.evaluate(
      () => performance.getEntriesByName('queue-ready')[0]?.startTime ?? null,
    );
    const firstLoadKb = scripts.reduce((a, s) => a + s.gz, 0) / 1024;
    recordTiming(
      'queue route: interactive (queue-ready mark after navigation start, cold load)',
      queueReady ?? NaN,
    );
    recordTiming(
      'queue route: first-load JS gzipped',
      firstLoadKb,
      {
        files: scripts.map((s) => ({ file: new URL(s.url).pathname, gzipKb: +(s.gz / 1024).toFixed(1) })),
      },
      'kB',
    );
    expect(firstLoadKb).toBeGreaterThan(0);
    await cold.context().close();

    await page.goto('/coach/queue');
    const rows = page.getByTestId('queue-row');
    await rows.first().waitFor();
    const statuses = await page.locator('.queue-row .badge').allTextContents();
    const rank = (s: string) => (s === 'Urgent' ? 0 : s === 'Attention' ? 1 : 2);
    expect(statuses.map(rank)).toEqual([...statuses.map(rank)].sort((a, b) => a - b)); // urgent first
    const all = await rows.count();
    const filter = page.getByRole('group', { name: 'Filter by status' });
    const countOf = async (label: string) =>
      Number(
        await filter
          .getByRole('link', { name: new RegExp(`^${label}`) })
          .locator('.count')
          .textContent(),
      );
    expect((await countOf('Urgent')) + (await countOf('Attention')) + (await countOf('On track'))).toBe(all);
    await expectAccessible(page, 'queue');
    await snap(page, 'queue');

    await filter.getByRole('link', { name: /^Attention/ }).click();
    await page.waitForURL(/status=ATTENTION/);
    expect(await rows.count()).toBe(await countOf('Attention'));
    await page.reload(); // the filter is in the URL
    await rows.first().waitFor();
    expect(await page.locator('.queue-row .badge').allTextContents()).toEqual(
      Array(await rows.count()).fill('Attention'),
    );
    await page.goto('/coach/queue');
    await rows.first().waitFor();

    // Keyboard: j twice, k once, Enter opens the second athlete's review.
    const second = (await rows.nth(1).locator('.queue-name').textContent())!;
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.evaluate(() => performance.mark('open-review'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: second, level: 1 }).waitFor();
    await page.getByTestId('decision').waitFor();
    const reviewMs = await page.evaluate(() => {
      const ready = performance.getEntriesByName('review-ready').at(0);
      const open = performance.getEntriesByName('open-review').at(-1);
      return ready && open ? ready.startTime - open.startTime : null;
    });
    recordTiming('review screen: shown after Enter in the queue (client-side navigation)', reviewMs ?? NaN);
    await page.setViewportSize(PHONE);
    await snap(page, 'queue-review');
    await page.goto('/coach/queue');
    await rows.first().waitFor();
    await snap(page, 'queue');
    await ctx.close();
  });

  it('works a review end to end: apply, dismiss, edit, message and publish, while the athlete’s open plan shows it live', async () => {
    const coach = await (await newContext(browser)).newPage();
    await signIn(coach, demo('coach1'));
    await coach.goto('/coach/queue');
    await generateIfMissing(coach);
    // An athlete with at least two suggestions.
    const row = coach
      .getByTestId('queue-row')
      .filter({ hasText: /[2-9] suggestions/ })
      .first();
    await row.waitFor();
    const name = (await row.locator('.queue-name').textContent())!;
    await coach.goto(`/coach/athletes?q=${encodeURIComponent(name)}`);
    await expectAccessible(coach, 'roster');
    await snap(coach, 'roster');
    const email = (await coach
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('cell')
      .nth(1)
      .textContent())!;

    const athleteCtx = await newContext(browser, PHONE);
    const athlete = await athleteCtx.newPage();
    await signIn(athlete, email);
    await athlete.goto('/chat');
    await athlete.getByRole('heading', { name: 'Your coaches', level: 2 }).waitFor();

    await coach.getByRole('link', { name }).click();
    await coach.getByTestId('decision').waitFor();
    await coach.getByRole('heading', { name: 'The six components' }).waitFor();
    expect(await coach.locator('.components .card').count()).toBe(6);
    await coach.locator('.chart figcaption').first().waitFor();
    expect(await coach.locator('.chart').first().getAttribute('class')).toBe('chart');
    const suggestions = coach.getByTestId('suggestion');
    const before = await suggestions.count();
    expect(before).toBeGreaterThanOrEqual(2);
    await expectAccessible(coach, 'review');
    await snap(coach, 'review');

    // Dismiss one: it leaves the list (first: applying another re-derives the rest, which may then have
    // nothing left to change).
    const listed = await suggestions.count();
    await suggestions.last().getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => suggestions.count(), { timeout: 15_000 }).toBeLessThan(listed);

    // Apply the first suggestion: it lands in next week's draft, its reason shared with the athlete by default.
    await suggestions.first().getByRole('button', { name: 'Apply' }).click();
    await coach.getByRole('heading', { name: /Next week's draft \(revision \d+\)/ }).waitFor();
    const share = coach
      .getByTestId('decided-suggestion')
      .filter({ has: coach.getByLabel('Share this reason with the athlete when publishing') })
      .first()
      .getByLabel('Share this reason with the athlete when publishing');
    expect(await share.isChecked()).toBe(true);

    // Edit the plan: first session to 44 minutes, add a session on Sunday, give the reasons.
    const firstRun = coach
      .getByTestId('edit-session')
      .filter({ has: coach.getByLabel('Minutes') })
      .first();
    await firstRun.getByLabel('Minutes').fill('44');
    await coach.getByRole('button', { name: /Add session on .*Sun/ }).click();
    await coach
      .getByLabel('Reasons for the athlete (shared with the plan)')
      .fill('Easier week: your HRV is down, sleep first.');

    // A message from the review's conversation reaches the athlete live.
    await coach.getByLabel(`Message to ${name}`).fill('Plan for next week is coming in a minute.');
    await coach.getByRole('button', { name: 'Send', exact: true }).click();
    await athlete.locator('.msg', { hasText: 'Plan for next week is coming' }).waitFor();

    // The athlete opens their plan before the coach publishes: it must change in place, no reload.
    await athlete.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
    await athlete.getByRole('heading', { name: 'Next week' }).waitFor();
    const next = athlete.getByTestId('next-week');
    await athlete
      .getByRole('region', { name: 'Next week', exact: true })
      .locator('.empty, [data-testid=next-week]')
      .first()
      .waitFor();
    expect(await next.getByText('Easier week: your HRV is down').count()).toBe(0);
    await athlete.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await coach.getByRole('button', { name: 'Complete and publish' }).click();
    await coach.getByText(/Published\..*sees the plan now/).waitFor();

    // plan:published reaches the open page: next week's plan and the coach's reasons appear in place.
    await next.getByText('Easier week: your HRV is down, sleep first.').waitFor();
    // The applied suggestion's reason, shared on publish, is on the athlete's plan too.
    expect(await next.locator('.reasons li').count()).toBeGreaterThanOrEqual(1);
    await next
      .getByText(/44 min/)
      .first()
      .waitFor();
    expect(new URL(athlete.url()).pathname).toBe('/athlete');
    expect(await athlete.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    expect(
      await athlete.evaluate(() => performance.getEntriesByType('navigation').length), // one document load
    ).toBe(1);
    await snap(athlete, 'athlete-next-week');
    // The reasons also reached the athlete's conversation.
    await athlete.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
    await athlete.locator('.msg', { hasText: 'Easier week: your HRV is down' }).waitFor();
    await athleteCtx.close();
    await coach.context().close();
  }, 180_000); // two browsers and a publish on a loaded machine
});
