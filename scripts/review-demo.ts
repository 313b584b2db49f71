/**
 * npm run review:demo — every demo athlete's weekly review as a coach reads it: the decision, the top
 * suggestions with their rationale and changes, and next week's plan after applying the top suggestion.
 * Reads the demo organization written by `npm run seed:demo` from DATABASE_URL (no embedded server).
 *
 *   npm run review:demo                 # the reviews as of now
 *   npm run review:demo -- --top 5      # more suggestions per athlete
 *   npm run review:demo -- --now 2026-12-03T12:00:00Z
 *   npm run review:demo -- --dump /tmp/inputs  # also writes each athlete's engine input as JSON (athleteNN.json)
 *   npm run review:demo -- --now 2026-12-13T17:00:00Z --week 2026-12-14
 *       # the reviews of that week as the API stores them (the scheduled run, the coach's queue): an athlete already
 *       # in the week in their own zone (Auckland) is reviewed as of their Sunday, one still in the week before is
 *       # not due yet. Without --week, each athlete's coming week in their own zone (as `athleteReview` without a
 *       # week and the mid-week re-runs make it).
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

import { buildDataSourceOptions } from '@app/db';
import { localDateIn } from '@app/common';
import { applySuggestion, reviewAthlete, type PlannedSession, type WeekPlan } from '@app/engine';

import { ReviewDataLoader } from '../apps/api/src/modules/reviews/review-data.loader';
import { comingWeekOf, reviewDateOf } from '../apps/api/src/modules/reviews/review-generator.service';
import { toReviewInput } from '../apps/api/src/modules/reviews/review-input.mapper';
import { DEMO_ORGANIZATION_NAME } from './seed/demo-roster';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function session(s: PlannedSession): string {
  if (s.kind === 'REST') return `${DAYS[s.day]} rest`;
  // A zone with its model: "Z2/5" (easy aerobic) is not "Z2/3" (moderate); "Z2" when the plan does not say.
  const effort =
    s.effort.type === 'RPE'
      ? `RPE ${s.effort.value}`
      : `Z${s.effort.value}${s.effort.scale !== undefined ? `/${s.effort.scale}` : ''}`;
  const work = (sec: number) => (sec % 60 === 0 ? `${sec / 60}′` : `${sec}″`);
  const reps = s.intervals ? ` ${s.intervals.repeats}×${work(s.intervals.workSeconds)}` : '';
  return `${DAYS[s.day]} ${s.kind}${s.key ? '*' : ''} ${s.minutes}′ ${effort}${reps} "${s.purpose}"`;
}

function plan(p: WeekPlan): string {
  const total = p.sessions.reduce((t, s) => t + (s.kind === 'REST' ? 0 : s.minutes), 0);
  return [
    `      ${p.weekStart} ${p.phase ?? '-'} ${p.focus ?? '-'} total ${total} min`,
    ...p.sessions.filter((s) => s.kind !== 'REST').map((s) => `        ${session(s)}`),
  ].join('\n');
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('DATABASE_URL is not set: seed the demo with `npm run seed:demo` against it first');
  const now = arg('now') ? new Date(arg('now') as string) : new Date();
  const top = Number(arg('top') ?? 3);
  const dump = arg('dump');
  const week = arg('week');
  if (dump !== undefined) mkdirSync(dump, { recursive: true });
  const ds = new DataSource(buildDataSourceOptions(url, { poolSize: 2 }));
  await ds.initialize();
  try {
    const rows: Array<{ id: string; email: string }> = await ds.query(
      `SELECT a.id, u.email FROM athlete a JOIN app_user u ON u.id = a.user_id
         JOIN organization o ON o.id = a.organization_id WHERE o.name = $1 ORDER BY u.email`,
      [DEMO_ORGANIZATION_NAME],
    );
    if (!rows.length) throw new Error('No demo organization in this database: run `npm run seed:demo` first');
    const data = await new ReviewDataLoader(ds).load(
      rows.map((r) => r.id),
      now,
    );
    for (const r of rows) {
      const d = data.get(r.id);
      if (!d) continue;
      const reviewDate = reviewDateOf(localDateIn(d.athlete.tz, now), week);
      if (week !== undefined && comingWeekOf(reviewDate) !== week) {
        console.log(
          `\n=== ${r.email.split('@')[0]} ${d.athlete.name} (in ${d.athlete.tz}: the week of ${week} is not their coming week yet, ${comingWeekOf(reviewDate)} is)`,
        );
        continue;
      }
      const input = toReviewInput(d, reviewDate);
      if (dump !== undefined)
        writeFileSync(join(dump, `${r.email.split('@')[0]}.json`), JSON.stringify(input, null, 1));
      const review = reviewAthlete(input);
      const dec = review.decision;
      console.log(
        `\n=== ${r.email.split('@')[0]} ${d.athlete.name} (review ${review.reviewDate} in ${d.athlete.tz}, ${review.status})`,
      );
      console.log(
        `  decision ${dec.type} (${dec.reason}) target ${dec.targetMinutes} [${dec.minMinutes}–${dec.maxMinutes}] ${dec.phase} ${dec.focus}`,
      );
      const target = review.suggestionsTarget === 'NEXT_WEEK_DRAFT' ? input.nextWeekDraft! : review.draft;
      console.log(`  plan the suggestions change (${review.suggestionsTarget}):`);
      console.log(plan(target));
      review.suggestions.slice(0, top).forEach((s, i) => {
        console.log(`  ${i + 1}. ${s.severity} ${s.kind}: ${s.rationale}`);
        console.log(`     athlete reads: ${s.athleteText}`);
        if (s.changes.length) console.log(`     changes: ${JSON.stringify(s.changes)}`);
      });
      const rest = review.suggestions.slice(top).map((s) => `${s.severity} ${s.kind}`);
      if (rest.length) console.log(`  (also: ${rest.join(', ')})`);
      // The top suggestion for next week (a current-week one is applied to this week's plan below).
      const first = review.suggestions.find((s) => s.planWeekStart === review.nextWeekStart);
      if (first && first.changes.length) {
        const applied = applySuggestion(target, first);
        console.log(`  after applying ${first.kind}:`);
        console.log(applied.ok ? plan(applied.plan) : `      REJECTED ${applied.code}: ${applied.reason}`);
      }
      // A suggestion for the current week's remaining days changes this week's published plan.
      for (const s of review.suggestions) {
        if (s.planWeekStart === review.nextWeekStart || !input.currentWeekPlan) continue;
        const applied = applySuggestion(input.currentWeekPlan, s);
        console.log(`  this week's published plan, and after applying ${s.kind}:`);
        console.log(plan(input.currentWeekPlan));
        console.log(applied.ok ? plan(applied.plan) : `      REJECTED ${applied.code}: ${applied.reason}`);
      }
      const o = review.outlook;
      if (o.length) {
        console.log(
          `  outlook: ${o.map((w) => `${w.weekStart.slice(5)} ${w.phase.slice(0, 4)} ${w.minMinutes}–${w.maxMinutes}${w.note ? ` (${w.note})` : ''}`).join('; ')}`,
        );
      }
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
