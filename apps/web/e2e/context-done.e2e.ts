/**
 * Life context confirmed on a completed review: the athlete writes in chat that they travel next week after their
 * coach completed the review and published that week. The coach confirms the proposal and is told so, told that the
 * published week was not changed for it, and pointed to "Change this week". A new coach and athlete invited by the
 * demo admin, so no other spec's roster changes.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OUT,
  PHONE,
  completeAndPublish,
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

const PASSWORD = 'context-done-password-1';
/** As formatDay shows a date. */
const day = (date: string) =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));

describe('confirming life context on a completed review', () => {
  let browser: Browser;
  let coach: Page;
  let athlete: Page;
  let athleteId: string;
  beforeAll(async () => {
    browser = await launch();
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, demo('admin'));
    const c = await newMember(admin, 'COACH', 'Cora Context', PASSWORD, 'ctxdone');
    const a = await newMember(admin, 'ATHLETE', 'Carl Context', PASSWORD, 'ctxdone', c.userId);
    await admin.context().close();
    athlete = await (await newContext(browser, PHONE)).newPage();
    await signIn(athlete, a.email, PASSWORD);
    athleteId = await logFourWeeksWithoutPlan(athlete);
    coach = await (await newContext(browser)).newPage();
    await signIn(coach, c.email, PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says it is confirmed, that the published week was not changed for it, and points to "Change this week"', async () => {
    await gql(coach, `mutation { generateReviews(input: { wait: true }) { total } }`);
    await coach.goto(`/coach/review/${athleteId}`);
    await coach.getByRole('heading', { level: 1, name: /Carl Context/ }).waitFor();
    await completeAndPublish(coach);
    await coach.getByTestId('review-done').waitFor();
    const { athleteReview } = await gql<{ athleteReview: { nextWeekStart: string } }>(
      coach,
      `query($a: ID!) { athleteReview(athleteId: $a) { nextWeekStart } }`,
      { a: athleteId },
    );
    const week = athleteReview.nextWeekStart;
    const published = async () =>
      (
        await gql<{ weeklyPlan: { published: { version: number } | null } }>(
          coach,
          `query($a: ID, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) { published { version } } }`,
          { a: athleteId, w: week },
        )
      ).weeklyPlan.published?.version;
    const version = await published();
    expect(version).toBeGreaterThan(0);

    // The athlete writes in chat after the week was published.
    const { conversations } = await gql<{ conversations: { id: string; kind: string }[] }>(
      athlete,
      `{ conversations { id kind } }`,
    );
    await gql(athlete, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }`, {
      i: {
        conversationId: conversations.find((c) => c.kind === 'DIRECT')!.id,
        clientMessageId: randomUUID(),
        body: 'I am travelling to Berlin for work from Tuesday to Thursday next week.',
      },
    });
    const proposal = coach.getByTestId('context-proposal').filter({ hasText: 'Travel' });
    await proposal.waitFor({ timeout: 30_000 });
    await proposal.getByRole('button', { name: /^Confirm Travel/ }).click();
    const notice = coach.getByTestId('context-confirmed');
    await notice.getByText(/^Confirmed: Travel/).waitFor();

    const { contextEvents } = await gql<{
      contextEvents: { kind: string; status: string; startDate: string; endDate: string | null }[];
    }>(coach, `query($a: ID!) { contextEvents(athleteId: $a) { kind status startDate endDate } }`, {
      a: athleteId,
    });
    const travel = contextEvents.find((e) => e.kind === 'TRAVEL' && e.status === 'CONFIRMED')!;
    expect(travel.endDate).not.toBeNull();
    // Tuesday to Thursday of next week: in the week the completed review published.
    const sunday = new Date(Date.parse(`${week}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
    expect([travel.startDate >= week, travel.endDate! <= sunday]).toEqual([true, true]);
    await notice
      .getByText(
        `Confirmed: Travel, ${day(travel.startDate)} – ${day(travel.endDate!)}. This review is completed: Carl's published week from ${day(week)} was not changed for it, and stays as it is unless you change it.`,
        { exact: true },
      )
      .waitFor();
    // True of the data: the week is still the version published.
    expect(await published()).toBe(version);
    await expectAccessible(coach, 'review-context-done');
    await snap(coach, 'review-context-done');
    const card = coach.getByRole('region', { name: /^Context from chat/ });
    await card.screenshot({ path: join(OUT, 'review-context-done-card-desktop.png') });

    // The pointer takes the coach to "Change this week" (which is unchanged: it opens the week for a change).
    await notice.getByRole('button', { name: 'Go to “Change this week”' }).click();
    const change = coach.getByRole('button', { name: 'Change this week', exact: true });
    await expect.poll(() => change.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect
      .poll(() =>
        change.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);

    await coach.setViewportSize(PHONE);
    await notice.scrollIntoViewIfNeeded();
    await snap(coach, 'review-context-done');
    await card.screenshot({ path: join(OUT, 'review-context-done-card-375.png') });
    await notice.getByRole('button', { name: 'Go to “Change this week”' }).click();
    await expect
      .poll(() =>
        change.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return el === document.activeElement && r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
  });
});
