import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, demo, expectAccessible, launch, newContext, newMember, signIn, snap } from './browser';

/** Invites an athlete through the admin page's form (no coach yet) and returns the invitation link. */
async function inviteAthlete(admin: Page, name: string, email: string): Promise<string> {
  const invite = admin.getByRole('region', { name: 'Invite someone' });
  await invite.getByLabel('Name').fill(name);
  await invite.getByLabel('E-mail').fill(email);
  await invite.getByLabel('Role').selectOption('ATHLETE');
  await invite.getByLabel('Coach').selectOption({ label: 'Assign later' });
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await admin.getByTestId('invite-result').getByText(email).waitFor();
  return admin.getByLabel(/Invitation link/).inputValue();
}

/** Opens the invitation link in a fresh phone browser and sets a password: the athlete lands on the intake. */
async function acceptInvitation(browser: Browser, link: string): Promise<Page> {
  const athlete = await (await newContext(browser, PHONE)).newPage();
  await athlete.goto(link);
  await athlete.getByLabel('New password').fill('a-good-long-password');
  await athlete.getByLabel('Repeat the password').fill('a-good-long-password');
  await athlete.getByRole('button', { name: 'Set password and continue' }).click();
  await athlete.waitForURL('**/intake');
  return athlete;
}

/** The organization's settings through the API, as the signed-in admin of `page`. */
async function settingsApi(page: Page, input?: Record<string, unknown>) {
  return page.evaluate(async (input) => {
    const s = JSON.parse(localStorage.getItem('coachline.session')!);
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s.accessToken}` },
      body: JSON.stringify(
        input
          ? {
              query:
                'mutation($i: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $i) { timezone reviewWeekday reviewTime } }',
              variables: { i: input },
            }
          : { query: '{ organization { timezone reviewWeekday reviewTime } }' },
      ),
    });
    const json = (await res.json()) as {
      data: Record<string, { timezone: string; reviewWeekday: number; reviewTime: string }>;
    };
    return Object.values(json.data)[0];
  }, input);
}

describe('admin screens in the browser', () => {
  let browser: Browser;
  let restore: (() => Promise<unknown>) | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await restore?.(); // the other specs read the demo club's time zone
    await browser?.close();
  });

  it("changes the organization's time zone and review time, with clear errors", async () => {
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    await admin.waitForURL('**/admin');
    const original = await settingsApi(admin);
    restore = () => settingsApi(admin, original);

    const form = admin.getByRole('form', { name: 'Organization settings' });
    const zone = form.getByLabel('Time zone');
    await zone.waitFor();
    expect(await zone.inputValue()).toBe(original.timezone);
    expect(await form.getByLabel('Weekly review day').inputValue()).toBe(String(original.reviewWeekday));
    expect(await form.getByLabel('Weekly review time').inputValue()).toBe(original.reviewTime);

    // Not a time zone: said under the field, nothing saved.
    await zone.fill('Mars/Olympus');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.getByRole('alert').filter({ hasText: 'IANA time zone' }).waitFor();
    expect(await zone.getAttribute('aria-invalid')).toBe('true');
    // An offset is no IANA zone either (the API says so when the browser accepts it).
    await zone.fill('+01:00');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.getByRole('alert').filter({ hasText: 'IANA time zone' }).waitFor();
    expect(await settingsApi(admin)).toEqual(original);
    await expectAccessible(admin, 'admin-settings');

    await zone.fill('America/New_York');
    await form.getByLabel('Weekly review day').selectOption({ label: 'Friday' });
    await form.getByLabel('Weekly review time').fill('07:30');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await form.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    expect(await settingsApi(admin)).toEqual({
      timezone: 'America/New_York',
      reviewWeekday: 4,
      reviewTime: '07:30',
    });
    await admin.reload();
    await zone.waitFor();
    expect(await zone.inputValue()).toBe('America/New_York');
    expect(await form.getByLabel('Weekly review time').inputValue()).toBe('07:30');
    await snap(admin, 'admin-settings');
    await admin.setViewportSize(PHONE);
    await snap(admin, 'admin-settings');
    await expectAccessible(admin, 'admin-settings-375');
    await restore();
    restore = undefined;
    await admin.context().close();
  });

  it('follows an invitee live, without a reload: their acceptance, then their intake', async () => {
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    await admin.waitForURL('**/admin');
    const email = `live-${Date.now()}@example.test`;
    const link = await inviteAthlete(admin, 'Lina Live', email);
    const invited = admin.getByRole('region', { name: /^Invited/ });
    const pending = admin.getByRole('region', { name: /^Intake pending/ });
    const unassigned = admin.getByRole('region', { name: /^Without a coach/ });
    await invited.getByText(email).waitFor();

    // The invitee accepts in their own browser; the admin's page, left open, shows it.
    const athlete = await acceptInvitation(browser, link);
    await invited.getByText(email).waitFor({ state: 'detached' });
    const lina = pending.getByRole('listitem').filter({ hasText: 'Lina Live' });
    await lina.getByText(/^Sent to the athlete .+ · not started$/).waitFor();
    await unassigned.getByLabel('Coach for Lina Live').waitFor();

    // Their first answer typed: started.
    await athlete.getByLabel('Your goals').fill('A first trail half marathon');
    await lina.getByText(/^Started .+ · not submitted$/).waitFor();
    await snap(admin, 'admin-live');
    await admin.setViewportSize(PHONE);
    await snap(admin, 'admin-live');

    // They send their intake: out of "Intake pending", and their answers are there to read.
    await athlete.getByLabel('Years running').fill('2');
    await athlete.getByLabel('Hours per week, typically').fill('3');
    await athlete.getByLabel('Longest session lately (minutes)').fill('75');
    await athlete.getByRole('button', { name: 'Send to my coach' }).click();
    await athlete.waitForURL('**/athlete');
    await pending.getByText('Lina Live').waitFor({ state: 'detached' });
    await unassigned.getByText("Lina Live's intake answers").waitFor();
    await athlete.context().close();
    await admin.context().close();
  });

  it('assigns a new athlete to a coach picked from all the organization’s coaches', async () => {
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    await admin.waitForURL('**/admin');
    const email = `unassigned-${Date.now()}@example.test`;
    const invite = admin.getByRole('region', { name: 'Invite someone' });
    await invite.getByLabel('Name').fill('Ulla Unassigned');
    await invite.getByLabel('E-mail').fill(email);
    await invite.getByLabel('Role').selectOption('ATHLETE');
    // The invitation form's coach picker lists every coach too.
    const inviteCoaches = await invite.getByLabel('Coach').locator('option').allTextContents();
    expect(inviteCoaches.slice(1).length).toBeGreaterThanOrEqual(2);
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    const link = await admin.getByLabel(/Invitation link/).inputValue();

    await (await acceptInvitation(browser, link)).context().close();

    // No reload: the page heard of the acceptance.
    const unassigned = admin.getByRole('region', { name: /Without a coach/ });
    const picker = unassigned.getByLabel('Coach for Ulla Unassigned');
    await picker.waitFor();
    const options = (await picker.locator('option').allTextContents()).slice(1);
    // Every coach of the demo club, with their athlete counts; no user id to type.
    expect(options).toEqual(inviteCoaches.slice(1));
    expect(options.every((o) => /\(\d+ athletes?\)$/.test(o))).toBe(true);
    await expectAccessible(admin, 'admin-assign');
    await snap(admin, 'admin-assign');
    const chosen = options[0];
    const before = Number(/\((\d+) athletes?\)$/.exec(chosen)![1]);
    await picker.selectOption({ label: chosen });
    await unassigned
      .locator('form', { hasText: 'Ulla Unassigned' })
      .getByRole('button', { name: 'Assign' })
      .click();
    // Said in words, naming both, and Ulla leaves the list.
    const coachName = chosen.replace(/ \(\d+ athletes?\)$/, '');
    await unassigned
      .getByRole('status')
      .getByText(`Ulla Unassigned now has ${coachName} as head coach.`, { exact: true })
      .waitFor();
    await unassigned.getByText(email).waitFor({ state: 'detached' });
    // The picker's counts follow.
    await invite.getByLabel('Role').selectOption('ATHLETE');
    await expect
      .poll(() => invite.getByLabel('Coach').locator('option', { hasText: coachName }).textContent(), {
        timeout: 15_000,
      })
      .toBe(`${coachName} (${before + 1} athlete${before + 1 === 1 ? '' : 's'})`);
    await admin.setViewportSize(PHONE);
    await snap(admin, 'admin-assign');
    await admin.context().close();
  });

  it('says in words when an assignment is refused: the coach left meanwhile', async () => {
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    await admin.waitForURL('**/admin');
    const leaving = await newMember(admin, 'COACH', 'Colin Leaving', 'a-good-long-password', 'leaving');
    const email = `refused-${Date.now()}@example.test`;
    await (
      await acceptInvitation(browser, await inviteAthlete(admin, 'Rita Refused', email))
    )
      .context()
      .close();
    const unassigned = admin.getByRole('region', { name: /Without a coach/ });
    const row = unassigned.locator('form', { hasText: 'Rita Refused' });
    const picker = row.getByLabel('Coach for Rita Refused');
    await picker.locator('option', { hasText: 'Colin Leaving' }).waitFor({ state: 'attached' });
    await picker.selectOption({ label: 'Colin Leaving (0 athletes)' });
    // Colin stops coaching here after the page listed him (there is no screen for it yet: the database).
    const db = new pg.Client({ connectionString: inject('databaseURL') });
    await db.connect();
    try {
      await db.query(`DELETE FROM membership WHERE user_id = $1 AND role = 'COACH'`, [leaving.userId]);
    } finally {
      await db.end();
    }
    await row.getByRole('button', { name: 'Assign' }).click();
    await row
      .getByRole('alert')
      .getByText(
        'Rita Refused was not assigned to Colin Leaving. That person is not a coach in this organization (any more): choose another coach.',
        { exact: true },
      )
      .waitFor();
    // Rita still has no coach, and Colin is no longer offered.
    await unassigned.getByText(email).waitFor();
    await expect
      .poll(() => picker.locator('option', { hasText: 'Colin Leaving' }).count(), { timeout: 15_000 })
      .toBe(0);
    expect(await row.getByRole('button', { name: 'Assign' }).isDisabled()).toBe(true);
    await expectAccessible(admin, 'admin-assign-refused');
    await snap(admin, 'admin-assign-refused');
    await admin.setViewportSize(PHONE);
    await snap(admin, 'admin-assign-refused');
    await admin.context().close();
  });
});
