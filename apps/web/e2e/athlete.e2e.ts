import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  PHONE,
  demo,
  expectAccessible,
  gql,
  launch,
  newContext,
  newMember,
  recordTiming,
  signIn,
  snap,
} from './browser';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'activities');

describe('athlete screens in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows today and this week's plan, and the calendar feed link", async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const ctx = await newContext(browser, viewport);
      const page = await ctx.newPage();
      await signIn(page, demo('athlete03'));
      await page.waitForURL('**/athlete');
      await page.getByRole('heading', { name: 'This week' }).waitFor();
      await page.locator('li.day.today').waitFor();
      expect(await page.locator('ol.week').first().locator('li.day').count()).toBe(7);
      // The week so far against the plan: minutes done of those planned.
      await page.getByText(/^Logged (\d+ h)?\s?(\d+ min)? so far · .+ planned for the week$/).waitFor();
      await page.getByRole('heading', { name: 'Next week' }).waitFor();
      await page.locator('.loading').first().waitFor({ state: 'detached' });
      if (viewport === DESKTOP) {
        await page.getByRole('button', { name: 'Get my calendar link' }).click();
        expect(await page.getByLabel('Your feed link').inputValue()).toMatch(/\/calendar\/.+\.ics$/);
        await expectAccessible(page, 'athlete-home');
      }
      await snap(page, 'athlete-home');
      await ctx.close();
    }
  });

  it('a daily check-in on a phone takes a few taps; a fever is shown back to the athlete', async () => {
    const ctx = await newContext(browser, PHONE);
    const page = await ctx.newPage();
    await signIn(page, demo('athlete09'));
    await page.getByRole('link', { name: 'Check-in' }).click();
    await page.getByRole('heading', { name: 'Daily check-in' }).waitFor();
    await expectAccessible(page, 'check-in');
    const t0 = Date.now();
    for (const [legend, value] of [
      ['Sleep quality', '2'],
      ['Energy', '2'],
      ['Muscles', '3'],
      ['Stress', '3'],
      ['Mood', '2'],
    ] as const) {
      await page
        .getByRole('group', { name: legend })
        .getByRole('radio', { name: value, exact: true })
        .check();
    }
    await page.getByLabel('Fever, or chest / body aches').check();
    await snap(page, 'check-in');
    await page.getByRole('button', { name: 'Send check-in' }).click();
    await page.waitForURL('**/athlete');
    await page.getByText('your coach has been told you are unwell').waitFor();
    recordTiming('check-in: taps to saved (automated, 375 px)', Date.now() - t0);
    await ctx.close();
  });

  it('an update starts from the saved check-in and keeps what is not changed; an empty one is refused', async () => {
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    const PASSWORD = 'check-in-update-password-1';
    const a = await newMember(admin, 'ATHLETE', 'Robin Update', PASSWORD, 'checkin');
    await admin.context().close();
    const ctx = await newContext(browser, PHONE);
    const page = await ctx.newPage();
    await signIn(page, a.email, PASSWORD);
    const { athleteToday } = await gql<{ athleteToday: { date: string } }>(page, `{ athleteToday { date } }`);
    type Saved = {
      sleepHours: number | null;
      sleepQuality: number | null;
      fatigue: number | null;
      soreness: number | null;
      stress: number | null;
      mood: number | null;
      illness: string;
    };
    const saved = () =>
      gql<{ checkIns: Saved[] }>(
        page,
        `query($d: String!) { checkIns(from: $d, to: $d) { sleepHours sleepQuality fatigue soreness stress mood illness } }`,
        { d: athleteToday.date },
      ).then((d) => d.checkIns);
    const LEGENDS = ['Sleep quality', 'Energy', 'Muscles', 'Stress', 'Mood'];
    const rating = (legend: string, value: string) =>
      page.getByRole('group', { name: legend }).getByRole('radio', { name: value, exact: true });

    // Nothing is filled in for the athlete, and sending nothing is refused in the form (not saved as "done").
    await page.goto('/athlete/check-in');
    await page.getByRole('heading', { name: 'Daily check-in' }).waitFor();
    expect(await page.getByLabel('Hours slept').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Send check-in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Answer at least one question' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/athlete/check-in');
    expect(await saved()).toEqual([]);

    // Readings out of range are said beside their fields, one folded away in "Readings and a note" too (the
    // browser's own check could not show there and the send did nothing); nothing is sent.
    await page.getByLabel('Hours slept').fill('25');
    const readings = page.locator('details', { hasText: 'Readings and a note' });
    await readings.locator('summary').click();
    await page.getByLabel('Morning rMSSD (ms)').fill('400');
    await readings.locator('summary').click(); // folded away again
    expect(await readings.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.getByRole('button', { name: 'Send check-in' }).click();
    await page.getByText('Hours slept is a number from 0 to 24.').waitFor();
    await page.getByText('Morning rMSSD is a number from 5 to 300 ms.').waitFor();
    expect(await readings.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.getByLabel('Hours slept').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/athlete/check-in');
    expect(await saved()).toEqual([]);
    await page.getByLabel('Morning rMSSD (ms)').fill('');

    // A poor night, all ratings 2.
    await page.getByLabel('Hours slept').fill('5');
    for (const legend of LEGENDS) await rating(legend, '2').check();
    await page.getByRole('button', { name: 'Send check-in' }).click();
    await page.waitForURL('**/athlete');
    await page.getByText(/^Done for today\./).waitFor();

    // Reopened, the form shows those answers; only the illness changes.
    await page.getByRole('link', { name: 'Update check-in' }).click();
    await page.getByRole('heading', { name: 'Daily check-in' }).waitFor();
    await expect.poll(() => page.getByLabel('Hours slept').inputValue()).toBe('5');
    for (const legend of LEGENDS)
      expect([legend, await rating(legend, '2').isChecked()]).toEqual([legend, true]);
    expect(await page.getByLabel('Healthy').isChecked()).toBe(true);
    await page.getByLabel('Cold, above the neck').check();
    await page.getByRole('button', { name: 'Send check-in' }).click();
    await page.waitForURL('**/athlete');
    await page.getByText('your coach has been told you are unwell').waitFor();
    expect(await saved()).toEqual([
      { sleepHours: 5, sleepQuality: 2, fatigue: 2, soreness: 2, stress: 2, mood: 2, illness: 'ABOVE_NECK' },
    ]);
    await ctx.close();
  });

  it('logs a session by hand, imports a GPX file with progress, and says why a file is refused', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signIn(page, demo('athlete11'));
    await page.goto('/athlete/log');
    await page.getByRole('heading', { name: 'Log a session' }).waitFor();
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByText('Minutes: 1–1440.').waitFor();
    // An empty effort is none given, not 0 (a rest day's).
    await page.getByText('Effort: 0–10.').waitFor();
    await page.getByLabel('Minutes').fill('45');
    await page.getByLabel('How hard (0–10)').fill('4');
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByText(/Saved: Run, 45 min/).waitFor();
    // Home: today's day of the week shows the run, done (today's planned run) or logged beside the plan.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
    await page
      .locator('li.day.today')
      .locator('[data-testid=session-done], [data-testid=session-beside]')
      .filter({ hasText: /45 min · RPE 4$/ })
      .waitFor();
    await page.goto('/athlete/log');

    // The hand-logged run, corrected from the recent list: the same session, not a second one.
    await page.getByRole('heading', { name: 'Recent sessions' }).waitFor();
    const { athleteToday } = await gql<{ athleteToday: { date: string } }>(page, `{ athleteToday { date } }`);
    const todays = page.locator(`[data-testid=logged-session][data-date="${athleteToday.date}"]`);
    const ran = todays.filter({ hasText: 'Run, 45 min, effort 4' });
    await ran.getByRole('button', { name: /^Correct Run of / }).click();
    const focused = (l: import('playwright-core').Locator) =>
      l.evaluate((el) => el === document.activeElement);
    await expect.poll(() => focused(ran.getByLabel('Date'))).toBe(true);
    await ran.getByLabel('Minutes').fill('0');
    await ran.getByRole('button', { name: 'Save correction' }).click();
    await ran.getByText('Minutes: 1–1440.').waitFor();
    await ran.getByLabel('Minutes').fill('50');
    await ran.getByRole('button', { name: 'Save correction' }).click();
    await todays.filter({ hasText: 'Run, 50 min, effort 4' }).waitFor();
    // Focus is back on the session's "Correct" (the form it was in is gone).
    await expect
      .poll(() =>
        focused(todays.filter({ hasText: 'Run, 50 min' }).getByRole('button', { name: /^Correct Run of / })),
      )
      .toBe(true);
    expect(await todays.filter({ hasText: 'Run, 45 min' }).count()).toBe(0);

    // A file's session has no effort: the athlete rates it where it was uploaded, on the session itself.
    await page.getByLabel('Choose a FIT, GPX or TCX file').setInputFiles(join(FIXTURES, 'run-with-hr.gpx'));
    await page.getByText(/^Imported:/).waitFor();
    const fileDay = '2025-03-05';
    const sessionsOn = () =>
      gql<{ loggedSessions: { srpe: number | null; source: string; minutes: number }[] }>(
        page,
        `query($d: String!) { loggedSessions(from: $d, to: $d) { srpe source minutes } }`,
        { d: fileDay },
      ).then((d) => d.loggedSessions);
    const imported = await sessionsOn();
    expect(imported).toEqual([{ srpe: null, source: 'FILE', minutes: imported[0].minutes }]);
    const rate = page.getByTestId('rate-session');
    await rate.getByRole('button', { name: 'Save effort' }).click();
    await rate.getByText('Effort: 0–10.').waitFor();
    await rate.getByLabel('How hard was it (0–10)?').fill('5');
    await rate.getByText('Effort: 0–10.').waitFor({ state: 'detached' });
    await rate.getByLabel('How hard was it (0–10)?').fill('11');
    await rate.getByRole('button', { name: 'Save effort' }).click();
    await rate.getByText('Effort: 0–10.').waitFor();
    await snap(page, 'log-session-rate');
    await rate.getByLabel('How hard was it (0–10)?').fill('6');
    await rate.getByRole('button', { name: 'Save effort' }).click();
    await page.getByText(/^Imported: .* Effort saved\.$/).waitFor();
    expect(await sessionsOn()).toEqual([{ srpe: 6, source: 'FILE', minutes: imported[0].minutes }]);

    // A recent file's session is also in the recent list, asking for its effort there too: rated from the list, the
    // card no longer asks for it (a second rating would overwrite the first).
    const card = page.getByRole('region', { name: 'From your watch' });
    const day = new Date(Date.parse(`${athleteToday.date}T12:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const recentGpx = readFileSync(join(FIXTURES, 'run-with-hr.gpx'), 'utf8').replaceAll('2025-03-05', day);
    await page
      .getByLabel('Choose a FIT, GPX or TCX file')
      .setInputFiles({ name: 'recent.gpx', mimeType: 'application/gpx+xml', buffer: Buffer.from(recentGpx) });
    await card.getByText(/^Imported: [^.]*\.$/).waitFor();
    await card.getByTestId('rate-session').waitFor();
    const listed = page
      .getByTestId('logged-session')
      .filter({ hasText: 'not rated yet' })
      .filter({ hasText: '(from file)' });
    await listed.getByLabel(/^How hard was Run of /).fill('7');
    await listed.getByRole('button', { name: /^Save effort for Run of / }).click();
    await page
      .getByTestId('logged-session')
      .filter({ hasText: /, effort 7 \(from file\)/ })
      .waitFor();
    await expect.poll(() => card.getByTestId('rate-session').count()).toBe(0);
    await card.getByText(/^Imported: .* Effort saved\.$/).waitFor();
    await page
      .getByLabel('Choose a FIT, GPX or TCX file')
      .setInputFiles(join(FIXTURES, 'not-an-activity.bin'));
    await page
      .getByRole('alert')
      .filter({ hasText: /FIT|GPX|read/ })
      .waitFor();
    await page.getByLabel('Choose a FIT, GPX or TCX file').setInputFiles(join(FIXTURES, 'corrupt-crc.fit'));
    await page
      .getByRole('alert')
      .filter({ hasText: /damaged|could not be read|corrupt/i })
      .waitFor();
    await page.getByRole('heading', { name: 'Recent sessions' }).waitFor();
    await expectAccessible(page, 'log-session');
    await snap(page, 'log-session');
    await page.setViewportSize(PHONE);
    await snap(page, 'log-session');
    await ctx.close();
  });

  it("logs today's planned session from the home page: the log names it and the week shows it done", async () => {
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    const PASSWORD = 'log-planned-password-1';
    const c = await newMember(admin, 'COACH', 'Coach Planned', PASSWORD, 'planned');
    const a = await newMember(admin, 'ATHLETE', 'Pat Planned', PASSWORD, 'planned', c.userId);
    await admin.context().close();
    const page = await (await newContext(browser, PHONE)).newPage();
    await signIn(page, a.email, PASSWORD);
    const { athleteToday: t } = await gql<{ athleteToday: { date: string; weekStart: string } }>(
      page,
      `{ athleteToday { date weekStart } }`,
    );
    const athleteId = (
      JSON.parse(await page.evaluate(() => localStorage.getItem('coachline.session')!)) as {
        user: { athleteId: string };
      }
    ).user.athleteId;
    // Their coach publishes this week with a 40-minute easy run today.
    const coach = await (await newContext(browser)).newPage();
    await signIn(coach, c.email, PASSWORD);
    const { savePlanDraft } = await gql<{ savePlanDraft: { id: string; revision: number } }>(
      coach,
      `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { id revision } }`,
      {
        input: {
          athleteId,
          weekStart: t.weekStart,
          sessions: [
            {
              date: t.date,
              kind: 'RUN',
              minutes: 40,
              effort: { type: 'RPE', value: 3 },
              purpose: 'Easy run',
            },
          ],
        },
      },
    );
    const { publishPlan } = await gql<{ publishPlan: { sessions: { id: string }[] } }>(
      coach,
      `mutation($input: PublishPlanInput!) { publishPlan(input: $input) { sessions { id } } }`,
      { input: { planId: savePlanDraft.id, expectedRevision: savePlanDraft.revision } },
    );
    await coach.context().close();

    await page.goto('/athlete');
    // Under today's session in the Today card (and in the week's day): named by the session.
    await page.getByRole('link', { name: 'Log this session: Run · 40 min · RPE 3' }).first().click();
    await expect(page.getByTestId('logging-planned').textContent()).resolves.toMatch(
      /^Logging your planned session: Run · 40 min · RPE 3\./,
    );
    expect(await page.getByLabel('Minutes').inputValue()).toBe('40');
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe(t.date);
    // Another kind is another session: the screen says the log would not count as the planned run.
    await page.getByLabel('Kind').selectOption('CROSS_TRAINING');
    await expect(page.getByTestId('logging-planned').textContent()).resolves.toMatch(
      /^Another kind or week than your planned session \(Run · 40 min · RPE 3\): this log will not count as it\./,
    );
    await page.getByLabel('Kind').selectOption('RUN');
    await page.getByLabel('Minutes').fill('38');
    await page.getByLabel('How hard (0–10)').fill('4');
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByText(/Saved: Run, 38 min/).waitFor();
    // The next log from the screen is another session: the form no longer names the planned one.
    await expect.poll(() => page.getByTestId('logging-planned').count()).toBe(0);
    const { loggedSessions } = await gql<{
      loggedSessions: { minutes: number; plannedSessionId: string | null }[];
    }>(page, `{ loggedSessions { minutes plannedSessionId } }`);
    expect(loggedSessions).toHaveLength(1);
    expect(loggedSessions[0].plannedSessionId).toBe(publishPlan.sessions[0].id);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
    await page
      .locator('li.day.today')
      .getByTestId('session-done')
      .filter({ hasText: 'Done: 38 min · RPE 4' })
      .waitFor();
    expect(await page.getByRole('link', { name: 'Log this session' }).count()).toBe(0);
    await page.getByText('Logged 38 min so far · 40 min planned for the week').waitFor();
    await page.context().close();
  });

  it('an expired access token is refreshed without losing the screen or the form', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await signIn(page, demo('athlete12'));
    await page.goto('/athlete/log');
    await page.getByLabel('Minutes').fill('33');
    await page.getByLabel('How hard (0–10)').fill('3');
    // The access token goes bad in place (as when it expires while the screen is open).
    const before = await page.evaluate(
      () => JSON.parse(localStorage.getItem('coachline.session')!).refreshToken as string,
    );
    await ctx.clearCookies();
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('coachline.session')!);
      s.accessToken = 'expired.' + s.accessToken.slice(8);
      localStorage.setItem('coachline.session', JSON.stringify(s));
      window.dispatchEvent(new StorageEvent('storage', { key: 'coachline.session' }));
    });
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByText(/Saved: Run, 33 min/).waitFor();
    expect(new URL(page.url()).pathname).toBe('/athlete/log');
    const after = await page.evaluate(
      () => JSON.parse(localStorage.getItem('coachline.session')!).refreshToken as string,
    );
    expect(after).not.toBe(before); // rotated

    // Signing out revokes the session: the old refresh token no longer works and the app shows sign-in.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.goto('/athlete');
    await page.waitForURL('**/login?redirect=*');
    await ctx.close();
  });
});
