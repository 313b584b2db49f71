/**
 * The intake questionnaire read where it was promised ("Your coach reads this before writing your first week"): the
 * admin reads it in "Without a coach" to choose a coach, and the assigned coach on the athlete's review, open while
 * the athlete has no training history, folded once they have. New members (a coach and two athletes), so no other
 * spec's roster changes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demo,
  expectAccessible,
  gql,
  launch,
  logFourWeeksWithoutPlan,
  newContext,
  newMember,
  signIn,
  snap,
} from './browser';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };
const PW = 'intake-spec-password';

const answers = (goals: string, typicalWeeklyHours: number) => ({
  yearsRunning: 4,
  typicalWeeklyHours,
  longestRecentSessionMinutes: 100,
  injuryHistory: 'Achilles niggle in 2024',
  strengths: ['steady climbs'],
  weaknesses: ['speed work'],
  availabilityMinutes: [45, 60, 0, 60, 30, 120, 90],
  lifeConstraints: 'Night shifts every other week',
  goals,
  upcomingRaces: [{ name: 'Oslo Marathon', date: '2027-09-19', priority: 'A' }],
});

async function athleteWithIntake(
  browser: Browser,
  admin: Page,
  name: string,
  intake: ReturnType<typeof answers>,
  history: boolean,
): Promise<string> {
  const { email } = await newMember(admin, 'ATHLETE', name, PW, 'intake');
  const page = await (await newContext(browser)).newPage();
  await signIn(page, email, PW);
  let athleteId = (
    JSON.parse(await page.evaluate(() => localStorage.getItem('coachline.session')!)) as {
      user: { athleteId: string };
    }
  ).user.athleteId;
  if (history) athleteId = await logFourWeeksWithoutPlan(page);
  await gql(page, `mutation($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`, {
    input: intake,
  });
  await page.context().close();
  return athleteId;
}

describe('the intake questionnaire, read by the admin and the coach', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the admin reads a new athlete's answers in 'Without a coach'; the coach reads them on the review, folded once there is history", async () => {
    const admin = await (await newContext(browser, DESKTOP)).newPage();
    await signIn(admin, demo('admin'));
    const coach = await newMember(admin, 'COACH', 'Ines Intake', PW, 'intake');
    const newcomer = await athleteWithIntake(
      browser,
      admin,
      'Nora Newcomer',
      answers('Sub-3:30 marathon in the autumn', 6.5),
      false,
    );
    const regular = await athleteWithIntake(
      browser,
      admin,
      'Rita Regular',
      answers('A first trail ultra', 9),
      true,
    );

    // The admin, choosing a coach: the answers are in the "Without a coach" list, folded under each athlete.
    await admin.goto('/admin');
    const unassigned = admin.getByRole('region', { name: /Without a coach/ });
    const nora = unassigned.getByRole('listitem').filter({ hasText: 'Nora Newcomer' });
    await nora.getByText("Nora Newcomer's intake answers").click();
    const noraAnswers = nora.getByTestId('intake-answers');
    await noraAnswers.getByText('Sub-3:30 marathon in the autumn').waitFor();
    await expect.poll(() => noraAnswers.innerText()).toMatch(/Hours per week, typically\s+6\.5 h/);
    await nora.scrollIntoViewIfNeeded();
    await expectAccessible(admin, 'admin-intake');
    await snap(admin, 'admin-intake');
    await admin.setViewportSize(PHONE);
    await snap(admin, 'admin-intake');

    for (const athleteId of [newcomer, regular]) {
      await gql(admin, `mutation($input: AssignAthleteInput!) { assignAthlete(input: $input) { id } }`, {
        input: { athleteId, coachUserId: coach.userId, role: 'HEAD' },
      });
    }
    await admin.context().close();

    // The coach, before writing Nora's first week: no history, so the intake is open at the top of the review.
    const page = await (await newContext(browser, DESKTOP)).newPage();
    await signIn(page, coach.email, PW);
    await page.goto(`/coach/review/${newcomer}`);
    const intake = page.getByRole('region', { name: 'Intake' });
    const open = intake.getByTestId('intake');
    await open.waitFor();
    expect(await open.getAttribute('open')).not.toBeNull();
    const shown = intake.getByTestId('intake-answers');
    await shown.getByText('Sub-3:30 marathon in the autumn').waitFor();
    const text = await shown.innerText();
    expect(text).toMatch(/Hours per week, typically\s+6\.5 h/);
    expect(text).toMatch(/Years running\s+4/);
    expect(text).toContain('Achilles niggle in 2024');
    expect(text).toContain('Night shifts every other week');
    expect(text).toContain('Wed off');
    expect(text).toContain('Oslo Marathon');
    await expectAccessible(page, 'review-intake');
    await snap(page, 'review-intake');
    await page.setViewportSize(PHONE);
    await snap(page, 'review-intake');
    await page.setViewportSize(DESKTOP);

    // Rita has four weeks of training: her intake is folded to one line, and opens on a click.
    await page.goto(`/coach/review/${regular}`);
    const folded = page.getByRole('region', { name: 'Intake' }).getByTestId('intake');
    await folded.waitFor();
    expect(await folded.getAttribute('open')).toBeNull();
    await expect.poll(() => folded.getByText('A first trail ultra').isVisible()).toBe(false);
    await folded.getByText("Rita's answers").click();
    await folded.getByText('A first trail ultra').waitFor();
    await expect.poll(() => folded.innerText()).toMatch(/Hours per week, typically\s+9 h/);
    await page.context().close();
  });
});
