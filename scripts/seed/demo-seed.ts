/**
 * The demo organization: an admin, two coaches and 24 athletes with sixteen weeks of history up to `now`,
 * written in one transaction. Re-running replaces the previous demo organization (found by name) and the
 * demo accounts (found by e-mail) instead of adding a second one.
 */
import { randomUUID } from 'node:crypto';

import * as argon2 from 'argon2';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { localDateIn } from '@app/common';
import {
  AthleteEntity,
  CheckInEntity,
  CoachAssignmentEntity,
  CoachRole,
  ContextEventEntity,
  LoggedSessionEntity,
  MembershipEntity,
  NoteEntity,
  OrganizationEntity,
  PlannedSessionEntity,
  RaceEntity,
  Role,
  SeasonEntity,
  UserEntity,
  WeeklyPlanEntity,
} from '@app/db';

import { AthleteHistory, generateHistory, RaceCalendar } from './demo-history';
import {
  DEMO_ADMIN,
  DEMO_COACHES,
  DEMO_ORGANIZATION_NAME,
  DEMO_PASSWORD,
  DEMO_TIMEZONE,
  DemoAthleteProfile,
  demoAthleteProfiles,
} from './demo-roster';
import { Prng } from './prng';
import { ChatMembershipSync } from '../../apps/api/src/modules/chat/chat-membership.sync';
import { ChatRepository } from '../../apps/api/src/modules/chat/chat.repository';

/** A few words from athletes with a story, and their coach's answer, in their direct conversation. */
const CHAT_LINES: Record<string, [string, string]> = {
  FLU: [
    'Fever is gone since Tuesday, feeling human again. Easy runs this week?',
    'Great news. Two easy days first, then we see.',
  ],
  BUSINESS_TRIP: [
    'Heads up: I fly to Chicago next Monday for four days, hotel gym only.',
    'Thanks! I will move the key session before you leave.',
  ],
  SICK_CHILD: [
    'My daughter was sick all week, I slept maybe 4 hours a night.',
    'Family first. We keep it easy until you sleep again.',
  ],
  OVERREACHING: [
    'Legs feel heavy on every run lately, even the easy ones.',
    'Your HRV agrees. Down week coming up.',
  ],
  WORK_STRESS: ['Deadline crunch at work, super stressful week.', 'Noted, shorter sessions this week.'],
};

/** When a storyline's conversation starts: the evening before `now`; each reply follows 40 min after the last. */
const CHAT_STARTS_BEFORE_MS = 24 * 3_600_000;
const CHAT_REPLY_AFTER_MS = 40 * 60_000;

/**
 * Chat conversations for the demo roster, created the way assignments create them in the app, plus a
 * few messages so the coaches' inboxes are not empty. The messages are dated the day before `now` (the seed's clock),
 * as a real conversation before the review would be: the append function stamps the database's clock, which put
 * them days after a `--now` in the past, so every storyline athlete counted as in contact "today" (web walkthrough,
 * 6 December 2026).
 */
async function seedChat(
  em: EntityManager,
  dataSource: DataSource,
  organizationId: string,
  profiles: ReturnType<typeof demoProfiles>,
  athletes: ObjectLiteral[],
  athleteUsers: Array<{ id: string }>,
  coachIds: string[],
  now: Date,
): Promise<number> {
  const repo = new ChatRepository(dataSource);
  const sync = new ChatMembershipSync(dataSource, { register: () => undefined } as never, repo, {} as never);
  let messages = 0;
  for (const [i, profile] of profiles.entries()) {
    const athleteId = athletes[i].id as string;
    await sync.syncAthlete(em, athleteId);
    const lines = profile.storyline ? CHAT_LINES[profile.storyline] : undefined;
    if (!lines) continue;
    const [{ id: conversationId }] = await em.query(
      `SELECT id FROM conversation WHERE athlete_id = $1 AND kind = 'DIRECT'`,
      [athleteId],
    );
    const senders = [athleteUsers[i].id, coachIds[profile.coach]];
    for (const [k, body] of lines.entries()) {
      const res = await repo.appendMessage(
        { conversationId, organizationId, senderUserId: senders[k], clientMessageId: `demo-${i}-${k}`, body },
        em,
      );
      if (res.status === 'OK') messages++;
    }
    const start = now.getTime() - CHAT_STARTS_BEFORE_MS;
    for (let k = 0; k < lines.length; k++)
      await em.query(`UPDATE message SET created_at = $3 WHERE conversation_id = $1 AND seq = $2`, [
        conversationId,
        k + 1,
        new Date(start + k * CHAT_REPLY_AFTER_MS),
      ]);
    await em.query(`UPDATE conversation SET last_message_at = $2 WHERE id = $1`, [
      conversationId,
      new Date(start + (lines.length - 1) * CHAT_REPLY_AFTER_MS),
    ]);
  }
  return messages;
}

/** The same argon2id parameters as apps/api/src/auth/password.service.ts, so the demo logins verify. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export interface SeedDemoOptions {
  /** The demo's "today" (default: the current time). */
  now?: Date;
}

export interface SeedDemoCounts {
  users: number;
  coaches: number;
  athletes: number;
  checkIns: number;
  loggedSessions: number;
  weeklyPlans: number;
  plannedSessions: number;
  contextEvents: number;
  races: number;
  seasons: number;
  notes: number;
  messages: number;
}

export interface SeedDemoResult {
  organizationId: string;
  replacedPrevious: boolean;
  counts: SeedDemoCounts;
  logins: { role: string; email: string; name: string; note?: string }[];
  password: string;
}

export function demoProfiles(): DemoAthleteProfile[] {
  return demoAthleteProfiles((seed) => new Prng(seed));
}

export function demoEmails(): string[] {
  return [DEMO_ADMIN.email, ...DEMO_COACHES.map((c) => c.email), ...demoProfiles().map((p) => p.email)];
}

export async function seedDemo(
  dataSource: DataSource,
  options: SeedDemoOptions = {},
): Promise<SeedDemoResult> {
  const now = options.now ?? new Date();
  const profiles = demoProfiles();
  const people = [
    { ...DEMO_ADMIN, role: Role.ADMIN },
    ...DEMO_COACHES.map((c) => ({ ...c, role: Role.COACH })),
    ...profiles.map((p) => ({ email: p.email, name: p.name, role: Role.ATHLETE })),
  ];
  // Hashing is the slow part (argon2 on the libuv pool): outside the transaction, all at once.
  const hashes = await Promise.all(people.map(() => argon2.hash(DEMO_PASSWORD, ARGON2_OPTIONS)));

  return dataSource.transaction(async (em) => {
    const replacedPrevious = await deleteDemo(
      em,
      people.map((p) => p.email),
    );

    const organizationId = randomUUID();
    await insert(em, OrganizationEntity, [
      { id: organizationId, name: DEMO_ORGANIZATION_NAME, timezone: DEMO_TIMEZONE },
    ]);
    const users = people.map((p, i) => ({
      id: randomUUID(),
      email: p.email,
      name: p.name,
      passwordHash: hashes[i],
      role: p.role,
    }));
    await insert(
      em,
      UserEntity,
      users.map(({ role: _role, ...u }) => u),
    );
    await insert(
      em,
      MembershipEntity,
      users.map((u) => ({ organizationId, userId: u.id, role: u.role })),
    );
    const coachIds = users.filter((u) => u.role === Role.COACH).map((u) => u.id);
    const athleteUsers = users.filter((u) => u.role === Role.ATHLETE);

    const histories: AthleteHistory[] = [];
    const athletes: ObjectLiteral[] = [];
    const assignments: ObjectLiteral[] = [];
    const raceCalendar = new RaceCalendar();
    for (const [i, profile] of profiles.entries()) {
      const athleteId = randomUUID();
      const timezone = profile.timezone ?? DEMO_TIMEZONE;
      const ids = {
        organizationId,
        athleteId,
        athleteUserId: athleteUsers[i].id,
        coachUserId: coachIds[profile.coach],
      };
      const history = generateHistory({
        profile,
        ids,
        today: localDateIn(timezone, now),
        timezone,
        races: raceCalendar,
      });
      histories.push(history);
      athletes.push({
        id: athleteId,
        organizationId,
        userId: ids.athleteUserId,
        timezone: profile.timezone,
        intake: history.intake,
        intakeSubmittedAt: history.intakeSubmittedAt,
      });
      assignments.push({
        organizationId,
        athleteId,
        coachUserId: ids.coachUserId,
        role: CoachRole.HEAD,
        removedAt: null,
      });
    }
    await insert(em, AthleteEntity, athletes);
    await insert(em, CoachAssignmentEntity, assignments);
    const messages = await seedChat(
      em,
      dataSource,
      organizationId,
      profiles,
      athletes,
      athleteUsers,
      coachIds,
      now,
    );

    const all = <K extends keyof AthleteHistory>(key: K) =>
      histories.flatMap((h) => h[key] as unknown as ObjectLiteral[]);
    await insert(em, WeeklyPlanEntity, all('plans'));
    await insert(em, PlannedSessionEntity, all('plannedSessions'));
    await insert(em, LoggedSessionEntity, all('sessions'));
    await insert(em, CheckInEntity, all('checkIns'));
    await insert(em, ContextEventEntity, all('events'));
    await insert(em, RaceEntity, all('races'));
    await insert(em, SeasonEntity, all('season'));
    await insert(em, NoteEntity, all('notes'));

    const count = (key: keyof AthleteHistory) => all(key).length;
    return {
      organizationId,
      replacedPrevious,
      password: DEMO_PASSWORD,
      counts: {
        users: users.length,
        coaches: coachIds.length,
        athletes: athletes.length,
        checkIns: count('checkIns'),
        loggedSessions: count('sessions'),
        weeklyPlans: count('plans'),
        plannedSessions: count('plannedSessions'),
        contextEvents: count('events'),
        races: count('races'),
        seasons: count('season'),
        notes: count('notes'),
        messages,
      },
      logins: [
        { role: 'ADMIN', email: DEMO_ADMIN.email, name: DEMO_ADMIN.name },
        ...DEMO_COACHES.map((c, i) => ({
          role: 'COACH',
          email: c.email,
          name: c.name,
          note: `athletes ${profiles
            .filter((p) => p.coach === i)
            .map((p) => String(p.index).padStart(2, '0'))
            .join(', ')}`,
        })),
        ...profiles.map((p) => ({
          role: 'ATHLETE',
          email: p.email,
          name: p.name,
          note:
            [p.storyline?.toLowerCase().replace(/_/g, ' '), p.timezone].filter(Boolean).join(', ') ||
            undefined,
        })),
      ],
    };
  });
}

/** Multi-row INSERTs, chunked under PostgreSQL's 65 535 bind parameters. */
async function insert(
  em: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  rows: ObjectLiteral[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await em
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + 1000))
      .updateEntity(false)
      .execute();
  }
}

/**
 * Removes earlier demo organizations and everything in them. Not every table has a foreign key to the
 * organization or athlete, so every table with an `organization_id`, `athlete_id` or `plan_id` column is
 * cleared explicitly (found from the catalog, so tables added later are covered too), then the demo users.
 */
async function deleteDemo(em: EntityManager, emails: string[]): Promise<boolean> {
  const orgIds = (
    await em.query<Array<{ id: string }>>(`SELECT id FROM organization WHERE name = $1`, [
      DEMO_ORGANIZATION_NAME,
    ])
  ).map((r) => r.id);
  if (orgIds.length > 0) {
    const columns = await em.query<Array<{ table_name: string; column_name: string }>>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema()
          AND column_name IN ('organization_id', 'athlete_id', 'plan_id')
          AND table_name NOT IN ('organization', 'athlete', 'migrations')
        ORDER BY table_name`,
    );
    const byTable = new Map<string, Set<string>>();
    for (const c of columns)
      byTable.set(c.table_name, (byTable.get(c.table_name) ?? new Set()).add(c.column_name));
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    const athletes = `SELECT id FROM athlete WHERE organization_id = ANY($1::uuid[])`;
    // Children of plans first, the plans and everything else after.
    const ordered = [...byTable.entries()].sort(
      ([, a], [, b]) => Number(b.has('plan_id')) - Number(a.has('plan_id')),
    );
    for (const [table, cols] of ordered) {
      const where: string[] = [];
      if (cols.has('plan_id'))
        where.push(`plan_id IN (SELECT id FROM weekly_plan WHERE organization_id = ANY($1::uuid[]))`);
      if (cols.has('organization_id')) where.push(`organization_id = ANY($1::uuid[])`);
      if (cols.has('athlete_id')) where.push(`athlete_id IN (${athletes})`);
      await em.query(`DELETE FROM ${quote(table)} WHERE ${where.join(' OR ')}`, [orgIds]);
    }
    await em.query(`DELETE FROM athlete WHERE organization_id = ANY($1::uuid[])`, [orgIds]);
    await em.query(`DELETE FROM organization WHERE id = ANY($1::uuid[])`, [orgIds]);
  }
  // Demo accounts left without any membership (also after an interrupted earlier run).
  await em.query(
    `DELETE FROM app_user u WHERE u.email = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id)`,
    [emails],
  );
  return orgIds.length > 0;
}
