/**
 * Ten athletes a coach would recognise, each with what a good coach would do next week (written before the
 * engine was run on them; see coach-histories.spec.ts for the checks).
 */
import type { ReviewInput } from '../../src/types';
import {
  NEXT,
  REVIEW,
  buildCoachHistory,
  easy,
  long,
  quality,
  scaled,
  scatter,
  shift,
  steady,
  strength,
  withDownWeeks,
} from './coach-histories.factory';
import type { Slot, WeekShape } from './coach-histories.factory';

const rest = null;

const TYPICAL_MASTERS = {
  rmssd: 38,
  sleepHours: 7,
  sleepQuality: 7,
  fatigue: 3,
  soreness: 3,
  stress: 2,
  mood: 7,
  restingHr: 54,
};

/** Margaret, 56: before the calf strain. */
export const MARGARET_BEFORE: WeekShape = [
  rest,
  quality(50, 'Hill repeats', 6, 2),
  easy(40),
  steady(45),
  strength(30),
  long(90),
  easy(40),
];
/** Walk-run and easy running back from the strain, by weeks ago (4 = first week back … 1 = review week). */
const MARGARET_RETURN: Record<number, WeekShape> = {
  4: [rest, easy(25, 'Walk-run'), rest, easy(25, 'Walk-run'), strength(20), easy(30, 'Walk-run'), rest],
  3: [rest, easy(30), rest, easy(30), strength(25), easy(40), easy(25)],
  2: [rest, easy(35), easy(30), easy(35), strength(30), easy(50, 'Longer easy run'), rest],
  1: [rest, easy(40), easy(35), easy(40), strength(30), long(60, 'Longer easy run'), rest],
};
/** The coach's draft: another small step, all easy, the long run to 70 min. */
export const MARGARET_DRAFT: WeekShape = [
  rest,
  easy(40),
  easy(35),
  easy(45),
  strength(30),
  long(70, 'Longer easy run'),
  easy(25),
];
export const MARGARET_CURRENT_WEEK_MINUTES = 205; // 40 + 35 + 40 + 30 + 60 (as planned, ±5 % logged)

export const TOMAS_WEEK: WeekShape = [
  rest,
  quality(70, 'Hill repeats', 8, 3),
  easy(60),
  steady(75),
  easy(45),
  long(180, 'Long trail run'),
  { ...long(120, 'Back-to-back long run'), rpe: 4 },
];

function marathonWeek(factor: number): WeekShape {
  return scaled(
    [
      rest,
      quality(70, 'Threshold 3 × 12 min', 3, 12),
      easy(50),
      { minutes: 80, rpe: 6, key: true, purpose: 'Marathon-pace run' },
      easy(40),
      easy(45),
      long(160),
    ],
    factor,
  );
}

/** Priya's usual week (the VO2max session on Tuesday). */
const PRIYA_WEEK: WeekShape = [
  rest,
  quality(55, 'VO2max 6 × 3 min', 6, 3),
  easy(40),
  steady(45),
  rest,
  long(80),
  easy(35),
];

const STANDARD: WeekShape = [
  rest,
  quality(50, 'Threshold intervals'),
  easy(40),
  steady(45),
  rest,
  long(95),
  easy(45),
];

/** How the check-ins scatter: realistic (±1 point a day, the default) or quiet (scores sit at the usual). */
export interface HistoryOptions {
  readonly wellnessScatter?: number;
  /** Review on another day of the same week (the history stops there; plans and events stay put). */
  readonly reviewDate?: string;
}

export const HISTORIES: Record<string, (o?: HistoryOptions) => ReviewInput> = {
  /*
   * Margaret, 56, 30 years of running. Strained her left calf 6½ weeks ago (Thursday, 7 weeks back), two
   * weeks of cycling and strength only, then four weeks of walk-run and easy running: 100, 150, 180, 205 min.
   * Coach: keep the return graded from where she IS (205 min), not from where she was (295 min): one more
   * small step (≤ +15–20 % on this week), all easy, no hills or intervals for another week or two, long
   * run up by 10 min at most, strength kept.
   */
  'masters runner back from a calf strain': (o: HistoryOptions = {}) =>
    buildCoachHistory({
      ...o,
      athlete: {
        id: 'margaret',
        firstName: 'Margaret',
        trainingYears: 30,
        availabilityMinutes: [45, 75, 60, 75, 45, 120, 60],
      },
      weeks: 11,
      plan: (w) => {
        if (w === 0) return MARGARET_DRAFT;
        if (w <= 4) return MARGARET_RETURN[w];
        if (w === 5 || w === 6)
          return [
            rest,
            { minutes: 40, rpe: 4, kind: 'CROSS_TRAINING', purpose: 'Easy bike' },
            strength(25),
            { minutes: 40, rpe: 4, kind: 'CROSS_TRAINING', purpose: 'Easy bike' },
            rest,
            { minutes: 50, rpe: 4, kind: 'CROSS_TRAINING', purpose: 'Easy bike' },
            rest,
          ];
        return scaled(MARGARET_BEFORE, 1 - 0.02 * (w - 7));
      },
      done: (c) => {
        // Week 7: the strain on Thursday, 20 min into the steady run; nothing after it that week.
        if (c.weeksAgo === 7 && c.weekday === 3) return { minutes: 20, rpe: 6 };
        if (c.weeksAgo === 7 && c.weekday > 3) return null;
        return undefined;
      },
      baseline: { ...TYPICAL_MASTERS },
      extra: {
        contextEvents: [
          {
            id: 'calf',
            kind: 'INJURY',
            start: shift(NEXT, -7 * 7 + 3),
            end: shift(NEXT, -7 * 5 + 2),
            note: 'left calf strain',
          },
        ],
      },
    }),

  /*
   * Jake, 8 months of running, 3 runs a week at about 105 min. His plan asked for 120–140 min these last
   * four weeks; he added runs on his own: 125, 160, 205, 270 min. He feels great (check-ins normal, a bit
   * more soreness this week). Coach: this is the classic new-runner spike; do not build on it. Hold or step
   * back (≤ this week's 270, better near 180–200), warn about the jump in words (not "injury risk"), and tell
   * him to stick to the plan. No suggestion may increase the coach's 150-min draft beyond what he did.
   */
  'new runner ramping too fast': (o: HistoryOptions = {}) =>
    buildCoachHistory({
      ...o,
      athlete: {
        id: 'jake',
        firstName: 'Jake',
        trainingYears: 0.7,
        availabilityMinutes: [60, 60, 60, 60, 60, 120, 90],
      },
      weeks: 10,
      plan: (w) => {
        if (w === 0) return [rest, easy(35), rest, easy(40), rest, long(60, 'Longer easy run'), easy(15)];
        if (w <= 4)
          return [
            rest,
            easy(30 + (4 - w) * 2),
            rest,
            easy(35),
            rest,
            long(50 + (4 - w) * 3, 'Longer easy run'),
            rest,
          ];
        return [rest, easy(30), rest, easy(30), rest, long(45, 'Longer easy run'), rest];
      },
      done: (c) => {
        const extra: Record<number, readonly (Slot | null)[]> = {
          4: [rest, easy(30), rest, easy(35), rest, long(60), rest],
          3: [rest, easy(35), rest, easy(40), rest, long(55), easy(30)],
          2: [rest, easy(40), easy(30), easy(40), rest, long(65), easy(30)],
          1: [rest, easy(45), { minutes: 40, rpe: 5 }, easy(45), rest, long(90), easy(50)],
        };
        const day = extra[c.weeksAgo]?.[c.weekday];
        if (extra[c.weeksAgo] === undefined) return undefined;
        return day ? { minutes: day.minutes, rpe: day.rpe + 1 } : null;
      },
      checkIn: (c, u) => (c.daysAgo <= 2 ? { ...u, soreness: Math.min(10, (u.soreness ?? 3) + 2) } : u),
    }),

  /*
   * Elena, marathon (A) on Sunday 2 November, 3 weeks out. Twelve weeks of solid build (down weeks 4 and 8
   * weeks back), peak weeks ~450 min with a 160-min long run and a marathon-pace session. This week her
   * sleep fell apart (5 h a night, work deadline): sleep quality 4, fatigue up, HRV a little down, sessions
   * done but each felt a point harder. Coach: no build; keep the two sessions that matter (Sunday long run,
   * maybe 140–150 min instead of 150, and Thursday's marathon-pace run), trim the easy filler 10–20 %,
   * prioritise sleep. Taper proper starts the week after. The race is sacred.
   */
  'marathoner three weeks out after a bad-sleep week': (o: HistoryOptions = {}) =>
    buildCoachHistory({
      ...o,
      athlete: {
        id: 'elena',
        firstName: 'Elena',
        trainingYears: 9,
        availabilityMinutes: [60, 90, 75, 100, 60, 75, 180],
      },
      weeks: 12,
      planMeta: { phase: 'PRE_COMPETITION', focus: 'RACE_SPECIFIC' },
      plan: (w) => {
        if (w === 0) return marathonWeek(0.95);
        if (w === 4 || w === 8) return marathonWeek(0.72);
        return marathonWeek(1 - 0.02 * w);
      },
      done: (c) =>
        c.weeksAgo === 1 && c.planned
          ? { minutes: c.planned.minutes, rpe: Math.min(10, c.planned.effort.value + 1) }
          : undefined,
      checkIn: (c, u) =>
        c.daysAgo <= 6
          ? {
              ...u,
              sleepHours: 5.1 + 0.3 * scatter(c.day, 11),
              sleepQuality: 4,
              fatigue: 6,
              stress: 6,
              mood: 5,
              rmssd: Math.round((u.rmssd ?? 62) * 0.9 * 10) / 10,
            }
          : u,
      extra: {
        races: [
          {
            id: 'lakeside',
            name: 'Lakeside Marathon',
            date: '2025-11-02',
            priority: 'A',
            expectedMinutes: 215,
          },
        ],
        season: {
          phases: [
            { phase: 'PREPARATORY', start: '2025-06-02', end: '2025-09-14' },
            { phase: 'PRE_COMPETITION', start: '2025-09-15', end: '2025-10-19' },
            { phase: 'COMPETITION', start: '2025-10-20', end: '2025-11-02' },
            { phase: 'TRANSITION', start: '2025-11-03', end: '2025-11-23' },
          ],
          mesocycle: { focus: 'RACE_SPECIFIC', start: '2025-09-15' },
        },
      },
    }),

  /*
   * Tomas, trail ultra, 50-mile A race in 8 weeks. ~550 min/week with a Saturday/Sunday back-to-back
   * (180 + 120). Next week a work trip Tuesday–Thursday: hotel treadmill, 45 min a day. Coach: cap Tue–Thu
   * at 45, move the hill session to Monday or Friday (or turn it into treadmill hills inside 45 min and
   * say so), keep the weekend back-to-back whole; the week shrinks only by what the trip takes.
   */
  'trail ultra runner with a work trip': (o: HistoryOptions = {}) =>
    buildCoachHistory({
      ...o,
      athlete: {
        id: 'tomas',
        firstName: 'Tomas',
        trainingYears: 6,
        availabilityMinutes: [75, 90, 90, 90, 75, 300, 180],
      },
      weeks: 10,
      plan: (w) => {
        if (w === 0) return scaled(TOMAS_WEEK, 1.04);
        if (w === 5 || w === 9) return scaled(TOMAS_WEEK, 0.7);
        return scaled(TOMAS_WEEK, 1 - 0.015 * w);
      },
      extra: {
        races: [
          {
            id: 'ridgeline',
            name: 'Ridgeline 50 Mile',
            date: shift(NEXT, 7 * 8 - 2),
            priority: 'A',
            expectedMinutes: 660,
          },
        ],
        contextEvents: [
          {
            id: 'trip',
            kind: 'TRAVEL',
            start: shift(NEXT, 1),
            end: shift(NEXT, 3),
            availableMinutesPerDay: 45,
            note: 'work trip to Frankfurt',
          },
        ],
      },
    }),

  /*
   * Priya, 5k specialist. Raced a B 5k yesterday (Saturday; 35 min logged with warm-up, RPE 9) off a lighter
   * week; her A race is a 10k in 6 weeks. Coach: a normal week, quality moved to Thursday to let the legs
   * come back (the coach's draft already does that). No transition, no taper, no big cut, no spike warning
   * for a 20-min race.
   */
  '5k runner the day after a B race': (o: HistoryOptions = {}) =>
    buildCoachHistory({
      ...o,
      athlete: {
        id: 'priya',
        firstName: 'Priya',
        trainingYears: 5,
        availabilityMinutes: [45, 70, 60, 70, 45, 100, 60],
      },
      weeks: 10,
      plan: (w) => {
        if (w === 0)
          return [rest, easy(40), easy(40), quality(50, 'Tempo 3 × 8 min', 3, 8), rest, long(80), easy(35)];
        if (w === 1)
          return [
            rest,
            quality(45, 'Race-pace 5 × 3 min', 5, 3),
            easy(35),
            easy(30, 'Easy run with strides'),
            rest,
            { minutes: 35, rpe: 9, kind: 'RACE', key: true, purpose: 'Harbour 5K (B race)' },
            easy(40),
          ];
        return withDownWeeks(PRIYA_WEEK, [4, 8])(w);
      },
      extra: {
        races: [
          { id: 'harbour', name: 'Harbour 5K', date: '2025-10-11', priority: 'B', expectedMinutes: 20 },
          { id: 'city10k', name: 'City 10K', date: '2025-11-23', priority: 'A', expectedMinutes: 42 },
        ],
      },
    }),

  /*
   * Chris, consistent for months, then nothing: the last run and the last check-in on Thursday 2 October,
   * 10 days ago, no message. The coach kept publishing. Coach: reach out first (that is the whole story of
   * his low load and missed sessions), no build; next week is a return after 10 days off at best, so hold or
   * cut until we hear from him.
   */
  'athlete silent for ten days': (o: HistoryOptions = {}) =>
    buildCoachHistory({
      ...o,
      athlete: {
        id: 'chris',
        firstName: 'Chris',
        trainingYears: 4,
        availabilityMinutes: [60, 75, 60, 75, 60, 120, 75],
      },
      weeks: 10,
      plan: withDownWeeks(STANDARD, [3, 7]),
      done: (c) => (c.daysAgo < 10 ? null : undefined),
      checkIn: (c, u) => (c.daysAgo < 10 ? null : u),
      extra: { lastContactDate: '2025-10-02' },
    }),

  /*
   * Anna, doing everything right: plan followed, 3:1 build (down weeks 3, 7 and 11 weeks back), +4 %
   * a week, check-ins boringly normal, new mesocycle two weeks ago. Coach: say little. Next week is the
   * third build week after the down week: a modest build (≤ +10 % on recent build weeks) or a hold; no
   * flags, no warnings; long run and strength kept.
   */
  'consistent athlete doing everything right': (o: HistoryOptions = {}) =>
    buildCoachHistory({
      ...o,
      athlete: {
        id: 'anna',
        firstName: 'Anna',
        trainingYears: 7,
        availabilityMinutes: [45, 80, 60, 75, 45, 140, 60],
      },
      weeks: 12,
      plan: (w) => {
        const shape: WeekShape = [
          rest,
          quality(60, 'Threshold 4 × 8 min', 4, 8),
          easy(45),
          steady(50),
          strength(30),
          long(105),
          easy(45),
        ];
        if (w === 0) return scaled(shape, 1.04);
        const f = Math.pow(1.04, -(w - 1));
        return w === 3 || w === 7 || w === 11 ? scaled(shape, f * 0.7) : scaled(shape, f);
      },
      extra: {
        season: {
          phases: [{ phase: 'PREPARATORY', start: '2025-06-01', end: '2026-02-01' }],
          mesocycle: { focus: 'AEROBIC_VOLUME', start: '2025-09-29' },
        },
      },
    }),

  /*
   * Ben, dad of two. Their youngest had a stomach bug Tuesday–Friday this week (confirmed family event):
   * Tuesday's session cut to 30 min, Wednesday and Thursday missed, short broken nights; HRV dipped a little
   * for a few days, back up by Sunday; long run and Sunday easy done. Ben is not ill. Coach: a normal week
   * again, held at the usual volume (no build straight after a broken week, no cut either); no illness
   * advice for Ben, no "missed sessions" pattern for one family week.
   */
  'parent whose kid was ill': (o: HistoryOptions = {}) =>
    buildCoachHistory({
      ...o,
      athlete: {
        id: 'ben',
        firstName: 'Ben',
        trainingYears: 3,
        availabilityMinutes: [45, 70, 60, 60, 45, 120, 70],
      },
      weeks: 10,
      plan: withDownWeeks(STANDARD, [4, 8]),
      done: (c) => {
        if (c.weeksAgo !== 1) return undefined;
        if (c.weekday === 1) return { minutes: 30, rpe: 6 };
        if (c.weekday === 2 || c.weekday === 3) return null;
        return undefined;
      },
      checkIn: (c, u) => {
        if (c.daysAgo >= 1 && c.daysAgo <= 5)
          return {
            ...u,
            sleepHours: 5.6,
            sleepQuality: 5,
            stress: 5,
            fatigue: 4,
            rmssd: Math.round((u.rmssd ?? 62) * 0.93 * 10) / 10,
          };
        return u;
      },
      extra: {
        contextEvents: [
          {
            id: 'kid',
            kind: 'FAMILY',
            start: '2025-10-07',
            end: '2025-10-10',
            note: 'our youngest had a stomach bug',
          },
        ],
      },
    }),

  /*
   * Diego logs every session, to the minute, but at RPE 5–6 on days planned at 3, 6 on the long run
   * planned at 4, 9 on the intervals planned at 7 — for ten weeks. Coach: the easy running isn't easy; hold
   * the volume and make the conversation about effort (no build on top of a load the plan under-states);
   * the review should notice the gap between planned and logged effort.
   */
  'athlete who logs everything harder than planned': (o: HistoryOptions = {}) =>
    buildCoachHistory({
      ...o,
      athlete: {
        id: 'diego',
        firstName: 'Diego',
        trainingYears: 2,
        availabilityMinutes: [45, 70, 60, 60, 45, 120, 60],
      },
      weeks: 10,
      plan: withDownWeeks(STANDARD, [4, 8]),
      done: (c) => {
        if (!c.planned) return null;
        const rpe = c.planned.effort.value;
        return {
          minutes: c.planned.minutes,
          rpe: rpe === 3 ? (c.day % 2 === 0 ? 5 : 6) : rpe === 4 ? 6 : rpe === 5 ? 7 : 9,
        };
      },
    }),

  /*
   * Fiona, new job from Monday: she can train Tuesday (60), Thursday (60) and Saturday (120) only. The
   * coach's draft is still last month's five-day week (Tue, Wed, Thu, Sat, Sun). Coach: three sessions
   * that matter — Tuesday quality, Thursday steady, Saturday long — about 235–240 min; Wednesday and Sunday
   * dropped, saying why; no day over what she has.
   */
  'athlete whose availability drops to three days': (o: HistoryOptions = {}) =>
    buildCoachHistory({
      ...o,
      athlete: {
        id: 'fiona',
        firstName: 'Fiona',
        trainingYears: 4,
        availabilityMinutes: [0, 60, 0, 60, 0, 120, 0],
      },
      weeks: 10,
      plan: withDownWeeks(STANDARD, [4, 8]),
    }),
};

export { NEXT, REVIEW };
