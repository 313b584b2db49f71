/**
 * A week the coach has no plan for: a new coach and their new athlete (invited by the demo admin, so no other spec's
 * roster changes), with a few weeks of logged runs and no plan. The coach's review shows the engine's own draft of
 * next week (what the suggestions change), and "Complete and publish" publishes that week, never an empty one; the
 * athlete then sees it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, expectAccessible, gql, launch, newContext, signIn, snap } from './browser';

const PASSWORD = 'engine-draft-password-1';

async function member(admin: Page, role: 'COACH' | 'ATHLETE', name: string, coachUserId?: string) {
  const email = `${role.toLowerCase()}-draft-${Date.now()}@example.test`;
  const { inviteMember } = await gql<{ inviteMember: { token: string } }>(
    admin,
    `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
    { input: { email, name, role, coachUserId } },
  );
  const { acceptInvitation } = await gql<{ acceptInvitation: { me: { user: { id: string } } } }>(
    admin,
    `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { me { user { id } } } }`,
    { input: { token: inviteMember.token, password: PASSWORD } },
  );
  return { email, userId: acceptInvitation.me.user.id };
}

describe("the coach's review of a week with no plan: the engine's draft, published as it is", () => {
  let browser: Browser;
  let coach: Page;
  let athlete: Page;
  let athleteId: string;
  beforeAll(async () => {
    browser = await launch();
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    const c = await member(admin, 'COACH', 'Coach Draft');
    const a = await member(admin, 'ATHLETE', 'Dana Draft', c.userId);
    await admin.context().close();
    athlete = await (await newContext(browser)).newPage();
    await signIn(athlete, a.email, PASSWORD);
    const { athleteToday } = await gql<{ athleteToday: { date: string } }>(
      athlete,
      `{ athleteToday { date } }`,
    );
    // Four weeks of easy runs, a weekly long run, and no plan: the engine drafts next week from them.
    const day = (back: number) => {
      const d = new Date(`${athleteToday.date}T12:00:00Z`);
      d.setUTCDate(d.getUTCDate() - back);
      return d.toISOString().slice(0, 10);
    };
    for (let back = 28; back >= 1; back--) {
      if (back % 7 === 3) continue;
      const long = back % 7 === 0;
      await gql(athlete, `mutation($input: LogSessionInput!) { logSession(input: $input) { id } }`, {
        input: { date: day(back), kind: 'RUN', minutes: long ? 90 : 45, srpe: long ? 4 : 3 },
      });
    }
    athleteId = (
      JSON.parse(await athlete.evaluate(() => localStorage.getItem('coachline.session')!)) as {
        user: { athleteId: string };
      }
    ).user.athleteId;
    coach = await (await newContext(browser)).newPage();
    await signIn(coach, c.email, PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the engine's draft to edit, and Complete and publish publishes it: the athlete sees that week", async () => {
    await gql(coach, `mutation { generateReviews(input: { wait: true }) { total } }`);
    await coach.goto(`/coach/review/${athleteId}`);
    await coach.getByTestId('engine-draft').waitFor();
    const { athleteReview } = await gql<{
      athleteReview: { nextWeekStart: string; engineDraft: { kind: string; minutes: number }[] };
    }>(
      coach,
      `query($id: ID!) { athleteReview(athleteId: $id) { nextWeekStart engineDraft { kind minutes } } }`,
      { id: athleteId },
    );
    const planned = athleteReview.engineDraft.filter((s) => s.kind !== 'REST');
    expect(planned.length).toBeGreaterThanOrEqual(3);
    const total = planned.reduce((t, s) => t + s.minutes, 0);
    // The editor holds the draft's sessions and its total, not an empty week.
    const h = Math.floor(total / 60);
    const m = total % 60;
    await coach
      .getByText(`Week total: ${h > 0 ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`}`, { exact: false })
      .first()
      .waitFor();
    expect(await coach.getByLabel('Minutes').count()).toBeGreaterThanOrEqual(planned.length);
    await expectAccessible(coach, 'review-engine-draft');
    await snap(coach, 'review-engine-draft');

    await coach.getByRole('button', { name: 'Complete and publish' }).click();
    await coach.getByText('sees the plan now').waitFor();
    const { weeklyPlan } = await gql<{
      weeklyPlan: { published: { sessions: { kind: string; minutes: number }[] } | null };
    }>(
      coach,
      `query($a: ID, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) { published { sessions { kind minutes } } } }`,
      { a: athleteId, w: athleteReview.nextWeekStart },
    );
    const published = weeklyPlan.published!.sessions.filter((s) => s.kind !== 'REST');
    expect(published.map((s) => s.minutes).sort()).toEqual(planned.map((s) => s.minutes).sort());

    // The athlete sees next week as published.
    await athlete.goto('/athlete');
    await athlete.getByRole('heading', { name: 'Next week' }).waitFor();
    await expect
      .poll(async () => (await athlete.getByText('Your coach publishes next week').count()) === 0)
      .toBe(true);
  });
});
