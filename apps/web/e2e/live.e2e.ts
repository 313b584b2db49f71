import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, demo, launch, newContext, signIn, snap, generateReviewsIfMissing } from './browser';

/** Marks the document, so a test can tell it was neither reloaded nor navigated away from. */
const markDocument = (page: Page) =>
  page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

describe('live updates and sessions across tabs in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("an athlete's fever check-in puts them among the urgent at the top of the coach's open queue, without a reload", async () => {
    const coachCtx = await newContext(browser);
    const coach = await coachCtx.newPage();
    await signIn(coach, demo('coach1'));
    await generateReviewsIfMissing(coach);
    // An athlete of this coach who is not urgent now (the least urgent row).
    const calm = coach
      .getByTestId('queue-row')
      .filter({ has: coach.locator('.badge', { hasText: /^(Attention|On track)$/ }) });
    await calm.first().waitFor();
    const name = (await calm.last().locator('.queue-name').textContent())!;
    // Their e-mail, from the roster in another tab: the queue stays open as it is.
    const roster = await coachCtx.newPage();
    await roster.goto(`/coach/athletes?q=${encodeURIComponent(name)}`);
    const email = (await roster
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('cell')
      .nth(1)
      .textContent())!;
    await roster.close();
    const row = coach.getByTestId('queue-row').filter({ hasText: name });
    expect(await row.locator('.badge').textContent()).not.toBe('Urgent');
    const before = (await coach.locator('.queue-row .queue-name').allTextContents()).indexOf(name);
    await markDocument(coach);

    const athleteCtx = await newContext(browser, PHONE);
    const athlete = await athleteCtx.newPage();
    await signIn(athlete, email);
    await athlete.goto('/athlete/check-in');
    await athlete.getByRole('heading', { name: 'Daily check-in' }).waitFor();
    await athlete.getByLabel('Fever, or chest / body aches').check();
    await athlete.getByRole('button', { name: 'Send check-in' }).click();
    await athlete.getByText('your coach has been told you are unwell').waitFor();

    // review:updated reaches the open queue: the row turns urgent and moves to the top.
    await row.locator('.badge', { hasText: /^Urgent$/ }).waitFor({ timeout: 45_000 });
    // It moved up among the urgent rows at the top: every row above it is urgent too.
    const position = async () => {
      const names = await coach.locator('.queue-row .queue-name').allTextContents();
      const badges = await coach.locator('.queue-row .badge').allTextContents();
      const at = names.indexOf(name);
      return at >= 0 && at < before && badges.slice(0, at + 1).every((b) => b === 'Urgent');
    };
    await expect.poll(position, { timeout: 15_000 }).toBe(true);
    expect(await sameDocument(coach)).toBe(true);
    expect(new URL(coach.url()).pathname).toBe('/coach/queue');
    await snap(coach, 'queue-live-urgent');
    await athleteCtx.close();
    await coachCtx.close();
  }, 180_000); // the review is re-run by the engine after the check-in

  it("a session the athlete logs on their phone shows in the coach's open review, in This week so far, without a reload", async () => {
    const coachCtx = await newContext(browser);
    const coach = await coachCtx.newPage();
    await signIn(coach, demo('coach2'));
    await generateReviewsIfMissing(coach);
    const name = (await coach.locator('.queue-row .queue-name').last().textContent())!;
    await coach.goto(`/coach/athletes?q=${encodeURIComponent(name)}`);
    const email = (await coach
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('cell')
      .nth(1)
      .textContent())!;
    await coach.getByRole('link', { name }).click();
    const thisWeek = coach.getByTestId('this-week');
    await thisWeek.waitFor();
    // "Logged 2 h 13 min so far · 3 h planned for the week": the minutes logged so far.
    const logged = async () => {
      const text = (await thisWeek.locator('.hint').last().textContent()) ?? '';
      const m = /^Logged (?:(\d+) h)? ?(?:(\d+) min)?/.exec(text);
      return m ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) : NaN;
    };
    const before = await logged();
    expect(before).not.toBeNaN();
    await markDocument(coach);

    const athleteCtx = await newContext(browser, PHONE);
    const athlete = await athleteCtx.newPage();
    await signIn(athlete, email);
    await athlete.goto('/athlete/log');
    await athlete.getByRole('heading', { name: 'Log a session' }).waitFor();
    await athlete.getByLabel('Minutes').fill('47');
    await athlete.getByLabel('How hard (0–10)').fill('3');
    await athlete.getByRole('button', { name: 'Save session' }).click();
    await athlete.getByText(/Saved: Run, 47 min/).waitFor();

    // session:logged reaches the coach's open review: the week's logs are read again.
    await expect.poll(logged, { timeout: 15_000 }).toBe(before + 47);
    expect(await sameDocument(coach)).toBe(true);
    await athleteCtx.close();
    await coachCtx.close();
  });

  it('two tabs whose access token expired refresh once between them and both carry on, the session kept', async () => {
    const ctx = await newContext(browser);
    const first = await ctx.newPage();
    await signIn(first, demo('athlete05'));
    await first.getByRole('heading', { name: 'This week' }).waitFor();
    // The access token expires: what both tabs will find when they open.
    await first.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('coachline.session')!);
      s.accessToken = 'expired';
      s.accessTokenExpiresAt = Date.now() - 60_000;
      localStorage.setItem('coachline.session', JSON.stringify(s));
    });
    await first.close();

    const refreshes: Promise<{ ok: boolean }>[] = [];
    ctx.on('request', (req) => {
      if (
        req.method() === 'POST' &&
        req.url().endsWith('/graphql') &&
        /refreshTokens/.test(req.postData() ?? '')
      )
        refreshes.push(
          req.response().then(async (res) => {
            const body = (await res?.json()) as { data?: unknown; errors?: unknown[] };
            return { ok: !!body.data && !body.errors };
          }),
        );
    });
    const [a, b] = [await ctx.newPage(), await ctx.newPage()];
    // Both tabs open at the same moment and each needs a fresh token for its first requests.
    await Promise.all([a.goto('/athlete'), b.goto('/athlete')]);
    for (const page of [a, b]) {
      await page.getByRole('heading', { name: /^Hi / }).waitFor();
      await page.getByRole('heading', { name: 'This week' }).waitFor();
      await page.locator('.loading').first().waitFor({ state: 'detached' });
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(new URL(page.url()).pathname).toBe('/athlete');
    }
    expect((await Promise.all(refreshes)).map((r) => r.ok)).toEqual([true]); // one refresh, and it worked

    // The session was not revoked: both tabs hold the same new tokens, which the API still honours.
    const tokens = await Promise.all(
      [a, b].map((p) =>
        p.evaluate(() => JSON.parse(localStorage.getItem('coachline.session')!).refreshToken),
      ),
    );
    expect(tokens[0]).toBe(tokens[1]);
    await b.reload();
    await b.getByRole('heading', { name: /^Hi / }).waitFor();
    const rotated = await a.evaluate(async () => {
      const s = JSON.parse(localStorage.getItem('coachline.session')!);
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($t: String!) { refreshTokens(input: { refreshToken: $t }) { accessToken } }',
          variables: { t: s.refreshToken },
        }),
      });
      return (await res.json()) as { data?: unknown; errors?: unknown[] };
    });
    expect(rotated.errors).toBeUndefined();
    await ctx.close();
  });
});
