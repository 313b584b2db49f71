/** Shared browser helpers: Debian's Chromium through playwright-core, sign-in, axe, screenshots, timings. */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Kept by CI as artifacts: screenshots, axe reports, timings. */
export const OUT = join(root, 'test-results', 'web');
mkdirSync(OUT, { recursive: true });

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this on a fresh machine)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
      // Chromium's own omnibox popup (a WebUI renderer preloaded with every new window, i.e. every context
      // here) burns one to three seconds of CPU while the page under test loads: not the app's work, and
      // not what a coach's already-open browser does when they open the app.
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
    ],
  });
}

export const baseURL = () => inject('baseURL');
export const PASSWORD = () => inject('demoPassword');
export const demo = (local: string) => `${local}@demo.coachline.test`;

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 375, height: 740 };

/** `timezoneId`: the browser's zone (the machine's when absent): a coach is not always in the server's. */
export async function newContext(
  browser: Browser,
  viewport = DESKTOP,
  timezoneId?: string,
): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    baseURL: baseURL(),
    viewport,
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
    locale: 'en-GB',
    ...(timezoneId ? { timezoneId } : {}),
  });
  ctx.setDefaultTimeout(15_000);
  return ctx;
}

export async function signIn(page: Page, email: string, password = PASSWORD()): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** axe on the current screen: no violation of serious or critical impact. The report is saved. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  writeFileSync(
    join(OUT, `axe-${name}.json`),
    JSON.stringify(
      result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) })),
      null,
      2,
    ),
  );
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Screenshot of the main screen at the page's current width (name-desktop.png or name-375.png). */
export async function snap(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({
    path: join(OUT, `${name}-${width < 500 ? '375' : 'desktop'}.png`),
    fullPage: true,
  });
}

/** Records a timing (reported in test-results/web/timings.json, never asserted). */
export function recordTiming(
  name: string,
  ms: number,
  detail: Record<string, unknown> = {},
  unit = 'ms',
): void {
  const file = join(OUT, 'timings.json');
  const all = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  // The machine is shared: the 1, 5 and 15 minute load averages when the figure was taken.
  const load = loadavg().map((l) => +l.toFixed(2));
  all[name] = { [unit]: unit === 'ms' ? Math.round(ms) : +ms.toFixed(1), ...detail, loadAverage: load };
  writeFileSync(file, JSON.stringify(all, null, 2));
  console.log(
    `[measure] ${name}: ${unit === 'ms' ? Math.round(ms) : ms.toFixed(1)} ${unit} (load average ${load.join(', ')})`,
  );
}

/** GraphQL as the signed-in page (its stored access token): the specs find athletes by their suggestions. */
/**
 * The demo seed stores no weekly reviews: the coach generates the week's from the queue (in production the
 * organization's review time does), once; then the queue's rows are there. Returns the time the generation took
 * (ms), or null when the reviews were there already.
 */
export async function generateReviewsIfMissing(
  page: Page,
  onNotice?: (text: string | null) => void,
): Promise<number | null> {
  await page.goto('/coach/queue');
  const generate = page.getByRole('button', { name: 'Generate reviews' });
  await Promise.race([page.getByTestId('queue-row').first().waitFor(), generate.waitFor()]);
  let took: number | null = null;
  if (await generate.isVisible()) {
    onNotice?.(await page.getByRole('status').filter({ has: generate }).textContent());
    const t0 = Date.now();
    await generate.click();
    await generate.waitFor({ state: 'detached', timeout: 60_000 });
    took = Date.now() - t0;
  }
  await page.getByTestId('queue-row').first().waitFor();
  return took;
}

export async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.evaluate(
    async ([q, v]) => {
      const s = JSON.parse(localStorage.getItem('coachline.session')!) as { accessToken: string };
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${s.accessToken}` },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return r.json();
    },
    [query, variables] as const,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

/**
 * A new member invited by `admin` and accepted with `password` (a new coach or athlete, so no other spec's roster
 * changes); `tag` keeps specs' e-mail addresses apart.
 */
export async function newMember(
  admin: Page,
  role: 'COACH' | 'ATHLETE',
  name: string,
  password: string,
  tag: string,
  coachUserId?: string,
): Promise<{ email: string; userId: string }> {
  const email = `${role.toLowerCase()}-${tag}-${Date.now()}@example.test`;
  const { inviteMember } = await gql<{ inviteMember: { token: string } }>(
    admin,
    `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
    { input: { email, name, role, coachUserId } },
  );
  const { acceptInvitation } = await gql<{ acceptInvitation: { me: { user: { id: string } } } }>(
    admin,
    `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { me { user { id } } } }`,
    { input: { token: inviteMember.token, password } },
  );
  return { email, userId: acceptInvitation.me.user.id };
}

/**
 * Four weeks of easy runs and a weekly long run logged by the signed-in `athlete`, up to yesterday in their zone, and
 * no plan (the engine drafts next week from them); returns the athlete's id.
 */
export async function logFourWeeksWithoutPlan(athlete: Page): Promise<string> {
  const { athleteToday } = await gql<{ athleteToday: { date: string } }>(
    athlete,
    `{ athleteToday { date } }`,
  );
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
  return (
    JSON.parse(await athlete.evaluate(() => localStorage.getItem('coachline.session')!)) as {
      user: { athleteId: string };
    }
  ).user.athleteId;
}

/**
 * "Complete and publish" on the open review, confirming when the page asks (suggestions still undecided): for the
 * specs about what publishing does, not about the confirm step (review-done.e2e.ts).
 */
export async function completeAndPublish(page: Page): Promise<void> {
  const undecided = await page.getByTestId('suggestion').count();
  await page.getByRole('button', { name: 'Complete and publish' }).click();
  if (undecided > 0)
    await page.getByRole('alertdialog').getByRole('button', { name: 'Complete anyway' }).click();
}

/**
 * The coach's draft of `weekStart` for the athlete: far more than four easy weeks carry (and a run on the days off),
 * so the review's suggestions cut and drop its sessions by name.
 */
export async function saveOversizedDraft(coach: Page, athleteId: string, weekStart: string): Promise<void> {
  const day = (n: number) => {
    const x = new Date(`${weekStart}T12:00:00Z`);
    x.setUTCDate(x.getUTCDate() + n);
    return x.toISOString().slice(0, 10);
  };
  const run = (n: number, minutes: number, purpose: string, value = 3) => ({
    date: day(n),
    kind: 'RUN',
    minutes,
    purpose,
    effort: { type: 'RPE', value },
  });
  await gql(coach, `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { revision } }`, {
    input: {
      athleteId,
      weekStart,
      sessions: [
        run(0, 70, 'easy run'),
        run(1, 80, 'tempo', 7),
        run(2, 70, 'easy run'),
        run(3, 90, 'threshold', 8),
        run(4, 70, 'easy run'),
        run(6, 150, 'long run', 4),
      ],
    },
  });
}

/** The Monday after the signed-in athlete's today, in their zone: next week's start. */
export async function nextMondayOf(athlete: Page): Promise<string> {
  const { athleteToday } = await gql<{ athleteToday: { date: string } }>(
    athlete,
    `{ athleteToday { date } }`,
  );
  const d = new Date(`${athleteToday.date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** The athlete's time for `weekStart`: two days off and a short Sunday, which `saveOversizedDraft` does not fit. */
export async function setShortWeek(athlete: Page, weekStart: string): Promise<void> {
  await gql(
    athlete,
    `mutation($input: SetWeekAvailabilityInput!) { setWeekAvailability(input: $input) { weekStart } }`,
    { input: { weekStart, minutes: [60, 0, 0, 45, 60, 60, 40] } },
  );
}

/** An ordinary morning check-in by the signed-in athlete (readiness known, nothing low). */
export async function checkInOrdinary(athlete: Page): Promise<void> {
  await gql(
    athlete,
    `mutation { upsertCheckIn(input: { sleepHours: 7.5, sleepQuality: 4, fatigue: 3, soreness: 3, stress: 3, mood: 4 }) { id } }`,
  );
}

/**
 * One athlete with two coaches, A the head coach and B the assistant, each signed in on a page of their own: four
 * weeks logged, next week short (`setShortWeek`) with A's over-sized draft of it, an ordinary check-in, and the
 * reviews generated. For the specs about what one coach sees of the other's decisions. `draft: false`: no draft of next
 * week (no plan: the review shows the engine's draft).
 */
export async function twoCoachesOneAthlete(
  browser: Browser,
  names: { head: string; assistant: string; athlete: string; tag: string; password: string; draft?: boolean },
): Promise<{ coachA: Page; coachB: Page; athleteId: string; weekStart: string }> {
  const admin = await (await newContext(browser)).newPage();
  await signIn(admin, demo('admin'));
  const a = await newMember(admin, 'COACH', names.head, names.password, `${names.tag}-a`);
  const b = await newMember(admin, 'COACH', names.assistant, names.password, `${names.tag}-b`);
  const member = await newMember(admin, 'ATHLETE', names.athlete, names.password, names.tag, a.userId);
  const athlete = await (await newContext(browser, PHONE)).newPage();
  await signIn(athlete, member.email, names.password);
  const athleteId = await logFourWeeksWithoutPlan(athlete);
  await gql(admin, `mutation($input: AssignAthleteInput!) { assignAthlete(input: $input) { id } }`, {
    input: { athleteId, coachUserId: b.userId, role: 'ASSISTANT' },
  });
  await admin.context().close();
  const weekStart = await nextMondayOf(athlete);
  await setShortWeek(athlete, weekStart);
  await checkInOrdinary(athlete);
  await athlete.context().close();
  const coachA = await (await newContext(browser)).newPage();
  await signIn(coachA, a.email, names.password);
  if (names.draft !== false) await saveOversizedDraft(coachA, athleteId, weekStart);
  await gql(coachA, `mutation { generateReviews(input: { wait: true }) { total } }`);
  const coachB = await (await newContext(browser)).newPage();
  await signIn(coachB, b.email, names.password);
  return { coachA, coachB, athleteId, weekStart };
}

/**
 * A new coach and their new athlete (invited by the demo admin, so no other spec's roster changes), each signed in on a
 * page of their own: four weeks logged, the coach's over-sized draft of next week, an ordinary check-in, and the
 * reviews generated. `shortWeek`: next week short (`setShortWeek`) before the draft is saved.
 */
export async function coachAndAthlete(
  browser: Browser,
  names: { coach: string; athlete: string; tag: string; password: string; shortWeek?: boolean },
): Promise<{ coach: Page; athlete: Page; athleteId: string; nextMonday: string }> {
  const admin = await (await newContext(browser)).newPage();
  await signIn(admin, demo('admin'));
  const c = await newMember(admin, 'COACH', names.coach, names.password, names.tag);
  const a = await newMember(admin, 'ATHLETE', names.athlete, names.password, names.tag, c.userId);
  await admin.context().close();
  const athlete = await (await newContext(browser, PHONE)).newPage();
  await signIn(athlete, a.email, names.password);
  const athleteId = await logFourWeeksWithoutPlan(athlete);
  const nextMonday = await nextMondayOf(athlete);
  if (names.shortWeek === true) await setShortWeek(athlete, nextMonday);
  const coach = await (await newContext(browser)).newPage();
  await signIn(coach, c.email, names.password);
  await saveOversizedDraft(coach, athleteId, nextMonday);
  await checkInOrdinary(athlete);
  await gql(coach, `mutation { generateReviews(input: { wait: true }) { total } }`);
  return { coach, athlete, athleteId, nextMonday };
}

/** The athlete's review opened on the coach's `page`: its suggestion cards, once the first is shown. */
export async function openReview(page: Page, athleteId: string): Promise<Locator> {
  await page.goto(`/coach/review/${athleteId}`);
  const cards = page.getByTestId('suggestion');
  await cards.first().waitFor();
  // The socket's (re)connect reads every live screen again (chat-socket.ts): a spec that changes the review behind the
  // page's back must not have that read land after its change (under load the socket connects seconds after the cards).
  await page.getByRole('status', { name: 'Live updates: Live' }).waitFor({ timeout: 30_000 });
  return cards;
}

/**
 * The open review's card of a suggestion, by its kind: `.first()` is whichever card is first when it is next read, and
 * a refetch may reorder the list.
 */
export const suggestionCard = (page: Page, kind: string): Locator =>
  page.locator(`[data-testid="suggestion"][data-kind="${kind}"]`);

/** The open review's decided suggestion of a kind (the list under the suggestions). */
export const decidedCard = (page: Page, kind: string): Locator =>
  page.locator(`[data-testid="decided-suggestion"][data-kind="${kind}"]`);

/** The review editor's session minutes, sorted (the editor's order is its own). */
export const editorMinutes = async (page: Page) =>
  (
    await page
      .locator('.plan-editor')
      .getByLabel('Minutes', { exact: true })
      .evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value)))
  ).sort((x, y) => x - y);

/** A plan's session minutes, sorted, rest days left out (as the review editor lists them). */
export const planMinutes = (p: { sessions: readonly { kind: string; minutes: number }[] }) =>
  p.sessions
    .filter((s) => s.kind !== 'REST')
    .map((s) => s.minutes)
    .sort((x, y) => x - y);
