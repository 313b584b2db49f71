import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, demo, expectAccessible, launch, newContext, newMember, signIn, snap } from './browser';

describe('onboarding in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an admin invites an athlete, who opens the link, sets a password and completes intake', async () => {
    const admin = await (await newContext(browser)).newPage();
    await admin.goto('/');
    await expect.poll(() => admin.url()).toContain('/login');
    await expectAccessible(admin, 'login');
    await snap(admin, 'login');
    await signIn(admin, demo('admin'));
    await admin.waitForURL('**/admin');
    await admin.getByRole('heading', { name: 'Organization' }).waitFor();

    const email = `new-athlete-${Date.now()}@example.test`;
    await admin.getByLabel('Name').fill('Nora Newcomer');
    await admin.getByLabel('E-mail').fill(email);
    await admin.getByLabel('Role').selectOption('ATHLETE');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    const result = admin.getByTestId('invite-result');
    await result.waitFor();
    // No SMTP on the test server: the admin is told so and gets the link to forward.
    await expect.poll(() => result.textContent()).toContain('E-mail is not set up');
    const link = await admin.getByLabel(/Invitation link/).inputValue();
    expect(link).toMatch(/\/accept-invitation#token=/);
    await admin.getByRole('heading', { name: /Invited \(\d+\)/ }).waitFor();
    await expect.poll(() => admin.getByText(email).count()).toBeGreaterThan(0);
    await expectAccessible(admin, 'admin');
    await snap(admin, 'admin');

    // The invitee, on a phone.
    const athleteCtx = await newContext(browser, PHONE);
    const athlete = await athleteCtx.newPage();
    await athlete.goto(link);
    await athlete.getByRole('heading', { name: 'Join your coach on Coachline' }).waitFor();
    expect(athlete.url()).not.toContain('token='); // dropped from the address bar
    await expectAccessible(athlete, 'accept-invitation');
    await snap(athlete, 'accept-invitation');
    await athlete.getByLabel('New password').fill('short');
    await athlete.getByRole('button', { name: 'Set password and continue' }).click();
    await athlete.getByText('Use at least 10 characters.').waitFor();
    await athlete.getByLabel('New password').fill('a-good-long-password');
    await athlete.getByLabel('Repeat the password').fill('a-good-long-password');
    await athlete.getByRole('button', { name: 'Set password and continue' }).click();
    await athlete.waitForURL('**/intake');

    await athlete.getByRole('heading', { name: 'Tell your coach about you' }).waitFor();
    await expectAccessible(athlete, 'intake');
    await athlete.getByRole('button', { name: 'Send to my coach' }).click();
    await athlete.getByText('Tell your coach what you are aiming for.').waitFor();
    await athlete.getByLabel('Your goals').fill('Sub-3:30 marathon in the autumn');
    await athlete.getByLabel('Years running').fill('4');
    await athlete.getByLabel('Hours per week, typically').fill('5');
    await athlete.getByLabel('Longest session lately (minutes)').fill('100');
    await athlete.getByLabel('Injuries, past and present').fill('Achilles niggle in 2024');
    await athlete.getByLabel('Race name').fill('Oslo Marathon');
    await athlete.getByLabel('Race date').fill('2027-09-19');
    await snap(athlete, 'intake');
    await athlete.getByRole('button', { name: 'Send to my coach' }).click();
    await athlete.waitForURL('**/athlete');
    await athlete.getByRole('heading', { name: 'Hi Nora' }).waitFor();

    // The admin's onboarding queue now lists her without a coach (intake sent).
    await admin.reload();
    const unassigned = admin.getByRole('region', { name: /Without a coach/ });
    await unassigned.getByText(email).waitFor();

    // A second use of the link is refused with a clear reason.
    const again = await (await newContext(browser)).newPage();
    await again.goto(link);
    await again.getByLabel('New password').fill('another-long-password');
    await again.getByLabel('Repeat the password').fill('another-long-password');
    await again.getByRole('button', { name: 'Set password and continue' }).click();
    await again
      .getByText(/already been used|already/i)
      .first()
      .waitFor();
    await again.context().close();
    await athleteCtx.close();
    await admin.context().close();
  });

  it('a wrong password is refused with a clear message; the accept page without a token says what is missing', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto('/login');
    await page.getByLabel('E-mail').fill(demo('coach1'));
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That e-mail and password do not match.').waitFor();
    await page.goto('/accept-invitation');
    await page.getByRole('heading', { name: 'Invitation link incomplete' }).waitFor();
    await ctx.close();
  });

  it('intake: answers typed survive leaving the page half-way; a number left blank is asked for, not sent as 0', async () => {
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    const { email } = await newMember(admin, 'ATHLETE', 'Hege Halfway', 'halfway-password', 'halfway');
    await admin.context().close();
    const ctx = await newContext(browser, PHONE);
    const page = await ctx.newPage();
    await signIn(page, email, 'halfway-password');
    await page.goto('/intake');
    await page.getByLabel('Your goals').fill('A first half marathon');
    await page.getByLabel('Years running').fill('3');
    await page.getByLabel('Injuries, past and present').fill('Shin splints in 2023');
    // Leaves through the menu, comes back: what was typed is still there.
    await page.getByRole('link', { name: 'Plan' }).click();
    await page.waitForURL('**/athlete');
    await page.goto('/intake');
    await page.getByRole('heading', { name: 'Tell your coach about you' }).waitFor();
    expect(await page.getByLabel('Your goals').inputValue()).toBe('A first half marathon');
    expect(await page.getByLabel('Years running').inputValue()).toBe('3');
    expect(await page.getByLabel('Injuries, past and present').inputValue()).toBe('Shin splints in 2023');

    // Hours per week left blank: asked for (it went to the coach as 0 h).
    await page.getByLabel('Longest session lately (minutes)').fill('90');
    await page.getByRole('button', { name: 'Send to my coach' }).click();
    await page.getByText('Hours per week: 0–40.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/intake');
    await page.getByLabel('Hours per week, typically').fill('4');
    await page.getByRole('button', { name: 'Send to my coach' }).click();
    await page.waitForURL('**/athlete');
    // Sent: the draft is gone with it.
    expect(
      await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('intake'))),
    ).toEqual([]);
    await ctx.close();
  });

  it("the invitation link's Copy says it copied; without a clipboard it selects the link and says to copy it", async () => {
    for (const clipboard of [true, false]) {
      const ctx = await newContext(browser);
      if (clipboard) await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
      // A page over plain http from another machine has no navigator.clipboard.
      else await ctx.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      const admin = await ctx.newPage();
      await signIn(admin, demo('admin'));
      await admin.getByLabel('Name').fill('Cora Copy');
      await admin.getByLabel('E-mail').fill(`copy-${clipboard}-${Date.now()}@example.test`);
      await admin.getByRole('button', { name: 'Send invitation' }).click();
      const result = admin.getByTestId('invite-result');
      const link = await result.getByLabel(/Invitation link/).inputValue();
      await result.getByRole('button', { name: 'Copy' }).click();
      if (clipboard) {
        await result.getByText('Copied.').waitFor();
        expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(link);
      } else {
        await result.getByText(/the link is selected, copy it yourself/).waitFor();
        expect(
          await admin.evaluate(() => window.getSelection()?.toString() || document.activeElement?.id),
        ).toMatch(/accept-invitation|accept-url/);
      }
      await ctx.close();
    }
  });
});
