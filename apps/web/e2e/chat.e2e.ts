import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, demo, expectAccessible, launch, newContext, signIn, snap } from './browser';

/** The seqs shown in a thread, in order. */
async function seqs(page: Page): Promise<number[]> {
  return page
    .locator('ol.messages li[data-seq]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-seq'))));
}

/** coach1 on a desktop, with their conversation with the athlete `name` open (not its coaches-only one). */
async function coachThread(browser: Browser, name: string): Promise<Page> {
  const coach = await (await newContext(browser)).newPage();
  await signIn(coach, demo('coach1'));
  await coach.goto('/chat');
  await coach
    .getByRole('link', { name: new RegExp(`${name}(?! · Coaches only)`) })
    .first()
    .click();
  await coach.getByRole('heading', { name, level: 2 }).waitFor();
  return coach;
}

describe('chat in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps every message across a forced reconnect: receipts, typing, catch-up and the re-send of a queued message', async () => {
    const coach = await coachThread(browser, 'Ingrid Berg');

    // The athlete, on a phone, with a WebSocket the test can cut.
    const athleteCtx = await newContext(browser, PHONE);
    const athlete = await athleteCtx.newPage();
    let blocked = false;
    let refused = 0;
    const live: WebSocketRoute[] = [];
    await athlete.routeWebSocket(/\/socket\.io\//, (ws) => {
      if (blocked) {
        refused++;
        setTimeout(
          () => void ws.close({ code: 4000, reason: 'network down (test)' }).catch(() => undefined),
          20,
        );
        return;
      }
      ws.connectToServer();
      live.push(ws);
    });
    await signIn(athlete, demo('athlete01'));
    await athlete.goto('/chat');
    await athlete.getByRole('heading', { name: 'Your coaches', level: 2 }).waitFor();
    await athlete.getByRole('status', { name: 'Live updates: Live' }).waitFor();

    // Typing reaches the coach; a message and the coach's answer go both ways; the coach sees "Seen".
    await athlete.getByLabel('Message to Your coaches').pressSequentially('Legs feel heavy', { delay: 20 });
    await coach.getByText('typing…').waitFor();
    await athlete.getByRole('button', { name: 'Send' }).click();
    await coach.locator('.msg', { hasText: 'Legs feel heavy' }).waitFor();
    await coach.getByLabel('Message to Ingrid Berg').fill('Take tomorrow easy, 30 minutes.');
    await coach.getByRole('button', { name: 'Send' }).click();
    await athlete.locator('.msg', { hasText: 'Take tomorrow easy' }).waitFor();
    await coach.locator('.msg.mine', { hasText: 'Take tomorrow easy' }).getByText('Seen').waitFor();
    await expectAccessible(athlete, 'chat-athlete');
    await snap(athlete, 'chat');
    await snap(coach, 'chat');

    // Cut the athlete's connection and keep it down while both sides write.
    blocked = true;
    for (const ws of live.splice(0)) await ws.close({ code: 4000, reason: 'network down (test)' });
    await athlete.getByRole('status', { name: /Reconnecting/ }).waitFor();
    for (const body of ['Missed one', 'Missed two', 'Missed three']) {
      await coach.getByLabel('Message to Ingrid Berg').fill(body);
      await coach.getByRole('button', { name: 'Send' }).click();
      await coach.locator('.msg.mine:not(.pending)', { hasText: body }).waitFor();
    }
    await athlete.getByLabel('Message to Your coaches').fill('Sent while offline');
    await athlete.getByRole('button', { name: 'Send' }).click();
    await athlete.locator('.msg.pending', { hasText: 'Sent while offline' }).getByText('Sending…').waitFor();
    await expect.poll(() => refused, { timeout: 15_000 }).toBeGreaterThan(0); // it did try to reconnect
    expect(await athlete.locator('.msg', { hasText: 'Missed one' }).count()).toBe(0);

    // Back online: catch-up from the last contiguous seq, and the queued message goes out once.
    blocked = false;
    await athlete.getByRole('status', { name: 'Live updates: Live' }).waitFor({ timeout: 30_000 });
    for (const body of ['Missed one', 'Missed two', 'Missed three'])
      await athlete.locator('.msg', { hasText: body }).waitFor();
    await athlete.locator('.msg:not(.pending)', { hasText: 'Sent while offline' }).waitFor();
    await coach.locator('.msg', { hasText: 'Sent while offline' }).waitFor();
    expect(await coach.locator('.msg', { hasText: 'Sent while offline' }).count()).toBe(1);

    // Both screens show the same gapless, duplicate-free history, and so does a fresh load.
    const a = await seqs(athlete);
    const c = await seqs(coach);
    expect(new Set(a).size).toBe(a.length);
    expect(a).toEqual(Array.from({ length: a.length }, (_, i) => a[0] + i));
    expect(a.at(-1)).toBe(c.at(-1));
    expect(a.slice(-6)).toEqual(c.slice(-6));
    await athlete.reload();
    await athlete.locator('.msg', { hasText: 'Sent while offline' }).waitFor();
    expect((await seqs(athlete)).at(-1)).toBe(a.at(-1));
    await athleteCtx.close();
    await coach.context().close();
  });

  it('shows the newest message: a thread opens at its end, and a message sent or received scrolls into view', async () => {
    // The list scrolls, not the page: scrolling the page to the end of the thread left the list at its first message.
    const newestInView = (page: Page) =>
      page.locator('ol.messages').evaluate((list) => {
        const last = list.querySelector('li.msg:last-of-type');
        if (!last) return false;
        const box = list.getBoundingClientRect();
        const item = last.getBoundingClientRect();
        return item.top >= box.top - 1 && item.bottom <= box.bottom + 1;
      });
    const coach = await coachThread(browser, 'Ingrid Berg');
    // More than a phone's list holds.
    for (let i = 1; i <= 8; i++) {
      const body = `Scroll check ${i}: keep the long run easy, fuel every thirty minutes and walk the steep hills.`;
      await coach.getByLabel('Message to Ingrid Berg').fill(body);
      await coach.getByRole('button', { name: 'Send' }).click();
      await coach.locator('.msg.mine:not(.pending)', { hasText: body }).waitFor();
    }
    await expect.poll(() => newestInView(coach)).toBe(true);

    const athleteCtx = await newContext(browser, PHONE);
    const athlete = await athleteCtx.newPage();
    await signIn(athlete, demo('athlete01'));
    await athlete.goto('/chat');
    await athlete.locator('.msg', { hasText: 'Scroll check 8:' }).waitFor();
    await expect.poll(() => newestInView(athlete)).toBe(true);

    await coach.getByLabel('Message to Ingrid Berg').fill('Scroll check, live: how did it go?');
    await coach.getByRole('button', { name: 'Send' }).click();
    await athlete.locator('.msg', { hasText: 'Scroll check, live' }).waitFor();
    await expect.poll(() => newestInView(athlete)).toBe(true);
    await athlete.getByLabel('Message to Your coaches').fill('Went well, legs fine.');
    await athlete.getByRole('button', { name: 'Send' }).click();
    await athlete.locator('.msg:not(.pending)', { hasText: 'Went well, legs fine.' }).waitFor();
    await expect.poll(() => newestInView(athlete)).toBe(true);
    await coach.locator('.msg', { hasText: 'Went well, legs fine.' }).waitFor();
    await expect.poll(() => newestInView(coach)).toBe(true);
    await snap(athlete, 'chat-scrolled');
    await athleteCtx.close();
    await coach.context().close();
  });

  it('says a new message in the main menu on every page, live, and stops once it is read', async () => {
    // Sofia Lindqvist (athlete03, coached by coach1), on a phone, on her plan: not on Chat.
    const athleteCtx = await newContext(browser, PHONE);
    const athlete = await athleteCtx.newPage();
    await signIn(athlete, demo('athlete03'));
    await athlete.goto('/athlete');
    await athlete.getByRole('status', { name: 'Live updates: Live' }).waitFor();
    const chat = athlete.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Chat/ });
    const unread = async () => Number(/, (\d+) unread/.exec(await chat.innerText())?.[1] ?? 0);
    // (The seed's conversations may hold unread messages already: counted from what it says now.)
    await chat.waitFor();
    await athlete.waitForLoadState('networkidle');
    const before = await unread();

    const coach = await coachThread(browser, 'Sofia Lindqvist');
    await coach.getByLabel('Message to Sofia Lindqvist').fill('How did the hills feel?');
    await coach.getByRole('button', { name: 'Send' }).click();

    // Heard on the plan page, without a reload: one more unread, said in the link's name.
    await expect.poll(unread, { timeout: 10_000 }).toBe(before + 1);
    expect(await athlete.getByTestId('chat-unread').isVisible()).toBe(true);
    await expectAccessible(athlete, 'plan-with-unread');
    await snap(athlete, 'nav-unread');

    // Read: the count goes once the athlete has opened the conversation.
    await chat.click();
    await athlete.locator('.msg', { hasText: 'How did the hills feel?' }).waitFor();
    await expect.poll(unread, { timeout: 10_000 }).toBeLessThanOrEqual(before);
    await athleteCtx.close();
    await coach.context().close();
  });

  it("a message read in the open conversation leaves no 'unread' beside it, even when the receipt is slow to arrive", async () => {
    // The coach's receipts reach the server 600 ms late (a slow network): the unread counts must be read after it.
    const coachCtx = await newContext(browser);
    await coachCtx.routeWebSocket(/\/socket\.io\//, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((frame) => {
        if (typeof frame === 'string' && frame.includes('"message:read"'))
          setTimeout(() => server.send(frame), 600);
        else server.send(frame);
      });
    });
    const coach = await coachCtx.newPage();
    await signIn(coach, demo('coach1'));
    await coach.goto('/chat');
    const link = coach.getByRole('link', { name: /Ingrid Berg(?! · Coaches only)/ }).first();
    await link.click();
    await coach.getByRole('heading', { name: 'Ingrid Berg', level: 2 }).waitFor();
    await expect.poll(() => link.innerText()).not.toMatch(/unread/);

    const athleteCtx = await newContext(browser, PHONE);
    const athlete = await athleteCtx.newPage();
    await signIn(athlete, demo('athlete01'));
    await athlete.goto('/chat');
    await athlete.getByLabel('Message to Your coaches').fill('Slow receipt check');
    await athlete.getByRole('button', { name: 'Send' }).click();
    await coach.locator('.msg', { hasText: 'Slow receipt check' }).waitFor();
    // Read on screen: the athlete sees "Seen", and the coach's list says nothing is unread (it said "1 unread").
    await athlete.locator('.msg.mine', { hasText: 'Slow receipt check' }).getByText('Seen').waitFor();
    await expect.poll(() => link.innerText(), { timeout: 5_000 }).not.toMatch(/unread/);
    await athleteCtx.close();
    await coachCtx.close();
  });
});
