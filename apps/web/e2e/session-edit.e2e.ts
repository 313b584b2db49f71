import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, demo, expectAccessible, gql, launch, newContext, signIn, snap } from './browser';

/** The page's console errors and uncaught exceptions, from now on. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

const dayBefore = (date: string, n: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

describe("correcting a logged session's day and note, and deleting it, in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [width, viewport, who] of [
    ['desktop', DESKTOP, 'athlete14'],
    ['375 px', PHONE, 'athlete16'],
  ] as const) {
    it(`moves a session to another day, changes and clears its note, and deletes it once confirmed (${width})`, async () => {
      const ctx = await newContext(browser, viewport);
      const page = await ctx.newPage();
      const errors = consoleErrors(page);
      await signIn(page, demo(who));
      const { athleteToday } = await gql<{ athleteToday: { date: string } }>(
        page,
        `{ athleteToday { date } }`,
      );
      const yesterday = dayBefore(athleteToday.date, 1);
      const earlier = dayBefore(athleteToday.date, 2);
      const minutes = 37 + (viewport === PHONE ? 1 : 0); // a length no demo session has
      const { logSession } = await gql<{ logSession: { id: string } }>(
        page,
        `mutation($input: LogSessionInput!) { logSession(input: $input) { id } }`,
        { input: { kind: 'RUN', minutes, srpe: 3, date: yesterday, note: 'legs heavy' } },
      );
      const saved = () =>
        gql<{ loggedSessions: { id: string; date: string; note: string | null }[] }>(
          page,
          `query($from: String!, $to: String!) { loggedSessions(from: $from, to: $to) { id date note } }`,
          { from: dayBefore(athleteToday.date, 10), to: athleteToday.date },
        ).then((d) => d.loggedSessions.find((s) => s.id === logSession.id) ?? null);

      await page.goto('/athlete/log');
      await page.getByRole('heading', { name: 'Recent sessions' }).waitFor();
      const item = page.getByTestId('logged-session').filter({ hasText: `Run, ${minutes} min` });
      await item.filter({ hasText: '“legs heavy”' }).waitFor();
      expect(await item.getAttribute('data-date')).toBe(yesterday);

      // A day in the future: the server's typed refusal, shown in the form; nothing changes.
      await item.getByRole('button', { name: /^Correct Run of / }).click();
      await item.getByLabel('Date').fill(dayBefore(athleteToday.date, -1));
      await item.getByRole('button', { name: 'Save correction' }).click();
      await item.getByRole('alert').filter({ hasText: 'That date is in the future.' }).waitFor();
      expect(await saved()).toMatchObject({ date: yesterday, note: 'legs heavy' });

      // The day before, with another note: the same session, moved.
      await item.getByLabel('Date').fill(earlier);
      await item.getByLabel('Note').fill('it was the day before');
      await item.getByRole('button', { name: 'Save correction' }).click();
      const moved = page.locator(`[data-testid=logged-session][data-date="${earlier}"]`).filter({
        hasText: `Run, ${minutes} min, effort 3: “it was the day before”`,
      });
      await moved.waitFor();
      expect(await saved()).toEqual({ id: logSession.id, date: earlier, note: 'it was the day before' });

      // An emptied note is cleared.
      await moved.getByRole('button', { name: /^Correct Run of / }).click();
      await moved.getByLabel('Note').fill('');
      await moved.getByRole('button', { name: 'Save correction' }).click();
      await expect.poll(saved).toEqual({ id: logSession.id, date: earlier, note: null });
      await expect.poll(() => item.filter({ hasText: '“' }).count()).toBe(0);

      // Delete asks first: "Keep it" (where focus starts) keeps it, and focus goes back to its Delete button.
      const del = item.getByRole('button', { name: /^Delete Run of / });
      await del.click();
      const dialog = page.getByRole('alertdialog', { name: /^Delete Run of .*\?$/ });
      await dialog.waitFor();
      expect(
        await dialog.getByRole('button', { name: 'Keep it' }).evaluate((b) => b === document.activeElement),
      ).toBe(true);
      await expectAccessible(page, `session-delete-confirm-${viewport === PHONE ? '375' : 'desktop'}`);
      await snap(page, 'session-delete-confirm');
      await dialog.getByRole('button', { name: 'Keep it' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await del.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(await saved()).not.toBeNull();

      await del.click();
      await dialog.getByRole('button', { name: 'Delete session' }).click();
      await page
        .getByTestId('session-deleted')
        .filter({ hasText: /^Deleted: Run of / })
        .waitFor();
      await expect.poll(() => item.count()).toBe(0);
      expect(await saved()).toBeNull();
      await expectAccessible(page, `session-deleted-${viewport === PHONE ? '375' : 'desktop'}`);
      expect(errors).toEqual([]);
      await ctx.close();
    });
  }
});
