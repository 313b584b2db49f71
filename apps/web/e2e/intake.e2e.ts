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

  it("the coach's roster says where each athlete's questionnaire is, with its day: sent, started, submitted", async () => {
    const admin = await (await newContext(browser, DESKTOP)).newPage();
    await signIn(admin, demo('admin'));
    const coach = await newMember(admin, 'COACH', 'Rosa Roster', PW, 'roster');
    const member = (name: string) => newMember(admin, 'ATHLETE', name, PW, 'roster', coach.userId);
    await member('Sam Joined');
    const starter = await member('Stella Started');
    const sender = await member('Sue Submitted');
    await admin.context().close();

    // Stella opens the questionnaire and types her first answer, in the browser.
    const stella = await (await newContext(browser, PHONE)).newPage();
    await signIn(stella, starter.email, PW);
    await stella.goto('/intake');
    await stella.getByLabel('Your goals').fill('A first 10k');
    const status = async () =>
      (
        await gql<{ me: { athleteId: string } }>(stella, `{ me { athleteId } }`).then(({ me }) =>
          gql<{ athlete: { intakeStatus: string } }>(
            stella,
            `query($id: ID!) { athlete(id: $id) { intakeStatus } }`,
            {
              id: me.athleteId,
            },
          ),
        )
      ).athlete.intakeStatus;
    await expect.poll(status).toBe('STARTED');
    await stella.context().close();
    const sue = await (await newContext(browser)).newPage();
    await signIn(sue, sender.email, PW);
    await gql(sue, `mutation($input: SubmitIntakeInput!) { submitIntake(input: $input) { id } }`, {
      input: answers('Back to racing', 4),
    });
    await sue.context().close();

    const page = await (await newContext(browser, DESKTOP)).newPage();
    await signIn(page, coach.email, PW);
    await page.goto('/coach/athletes');
    const { roster } = await gql<{
      roster: {
        nodes: Array<{
          name: string;
          timezone: string;
          createdAt: string;
          intakeStartedAt: string | null;
          intakeSubmittedAt: string | null;
        }>;
      };
    }>(page, `{ roster(first: 50) { nodes { name timezone createdAt intakeStartedAt intakeSubmittedAt } } }`);
    // The day each instant fell on where the athlete lives, as the API gives the instants.
    const day = (name: string, field: 'createdAt' | 'intakeStartedAt' | 'intakeSubmittedAt') => {
      const a = roster.nodes.find((n) => n.name === name)!;
      return new Intl.DateTimeFormat('en-GB', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        timeZone: a.timezone,
      }).format(new Date(a[field]!));
    };
    const cell = async (name: string) => {
      const row = page.getByRole('row').filter({ hasText: name });
      await row.waitFor();
      return (await row.getByTestId('intake-state').innerText()).trim();
    };
    expect(await cell('Sam Joined')).toBe(
      `Sent to the athlete ${day('Sam Joined', 'createdAt')} · not started`,
    );
    expect(await cell('Stella Started')).toBe(
      `Started ${day('Stella Started', 'intakeStartedAt')} · not submitted`,
    );
    expect(await cell('Sue Submitted')).toBe(`Submitted ${day('Sue Submitted', 'intakeSubmittedAt')}`);
    await expectAccessible(page, 'roster-intake');
    await snap(page, 'roster-intake');
    await page.setViewportSize(PHONE);
    await snap(page, 'roster-intake');
    await page.context().close();
  });
});
