/**
 * The race-quality cut (a build with an A or B race ahead keeps the week's quality run, shortened a repeat at a
 * time): one repeat rule for the cut, the hard share and the applied plan (`shorterQuality`, `repeatsAt`), a hard
 * share judged on the week the cut delivers, and texts true of the plan they change (review s27, coach read 9).
 */
import { applyChanges, reviewAthlete } from '../src';
import type { Intervals, PlannedSession, WeekPlan } from '../src';
import { DEFAULT_ENGINE_CONFIG } from '../src/config/engine-config';
import {
  BASE_HARD_SHARE_MAX,
  hardShareMinutes,
  minutesForRepeats,
  planMinutes,
  repeatsAt,
  shorterQuality,
} from '../src/planning/plan-measures';
import { fitVolume, rangeTolerance } from '../src/suggestions/fit-volume';
import type { FitRequest } from '../src/suggestions/fit-volume';
import { mondayAfter, plannedSessions, steadyHistory } from './factories/athlete-history.factory';

const REVIEW = '2025-03-16';
const NEXT = mondayAfter(REVIEW);
const run = plannedSessions(NEXT);
const rpe = (value: number) => ({ type: 'RPE' as const, value });
const RACE = 'Spring Half on 2025-05-25';
/** A half marathon (an A race) ten weeks after the review: the week's quality is for it. */
const HALF = {
  id: 'half',
  name: 'Spring Half',
  date: '2025-05-25',
  priority: 'A' as const,
  expectedMinutes: 105,
};

const blocks = (repeats: number, work: number, rec: number): Intervals => ({
  repeats,
  workSeconds: work * 60,
  workEffort: rpe(7),
  recoverySeconds: rec * 60,
  recoveryEffort: rpe(3),
});
const quality = (minutes: number, i: Intervals): PlannedSession =>
  run(1, minutes, 6, { intervals: i, purpose: 'Intervals' });

/** Interval shapes: minutes as planned, repeats, work and recovery (min), and the sizes a cut takes them through. */
const SHAPES: [string, number, number, number, number, [number, number][]][] = [
  [
    '2 × 15′',
    50,
    2,
    15,
    3,
    [
      [50, 2],
      [35, 1],
    ],
  ],
  [
    '3 × 10′',
    55,
    3,
    10,
    3,
    [
      [55, 3],
      [40, 2],
      [35, 1],
    ],
  ],
  [
    '4 × 5′',
    45,
    4,
    5,
    2,
    [
      [45, 4],
      [35, 3],
    ],
  ],
  [
    '5 × 4′',
    50,
    5,
    4,
    2,
    [
      [50, 5],
      [35, 4],
    ],
  ],
  [
    '6 × 3′',
    60,
    6,
    3,
    2,
    [
      [60, 6],
      [35, 5],
    ],
  ],
  // Blocks of 3 min: 35 min holds all 8 of them (24 + 10), so the shortest keeps all of its work.
  [
    '8 × 2′',
    55,
    8,
    2,
    1,
    [
      [55, 8],
      [35, 8],
    ],
  ],
];

/** Easy runs Monday, Wednesday and Friday (45 min), the quality run Tuesday, the long run Sunday (80 min). */
function week(q: PlannedSession): WeekPlan {
  return {
    weekStart: NEXT,
    sessions: [
      run(0, 45, 3),
      q,
      run(2, 45, 3),
      run(4, 45, 3),
      run(6, 80, 4, { key: true, purpose: 'Long run' }),
    ],
  };
}

function request(plan: WeekPlan, target: number, extra: Partial<FitRequest> = {}): FitRequest {
  return {
    plan,
    target,
    max: target + 10,
    cutTo: target,
    growBelow: 0,
    growTo: target,
    mayDrop: true,
    depth: 'HOLD',
    longRace: false,
    minRunMinutes: DEFAULT_ENGINE_CONFIG.draft.minSessionMinutes,
    longRunShare: DEFAULT_ENGINE_CONFIG.draft.longRunShare,
    longRunCutShare: DEFAULT_ENGINE_CONFIG.draft.longRunCutShare,
    floorTotal: 0,
    tolerance: rangeTolerance(target + 10, DEFAULT_ENGINE_CONFIG.progression),
    keepQuality: RACE,
    ...extra,
  };
}

function applied(plan: WeekPlan, changes: ReturnType<typeof fitVolume>['changes']): WeekPlan {
  const a = applyChanges(plan, changes);
  if (!a.ok) throw new Error(a.reason);
  return a.plan;
}

describe('one repeat rule for the race-quality cut (review s27, item 1)', () => {
  it.each(SHAPES)(
    'should take %s through sizes that each keep fewer repeats by the apply step’s rule',
    (_, m, r, w, rc, chain) => {
      const q = quality(m, blocks(r, w, rc));
      const sizes: [number, number][] = [[m, r]];
      for (
        let cur = m, next = shorterQuality(q, cur);
        next !== null;
        cur = next, next = shorterQuality(q, cur)
      )
        sizes.push([next, repeatsAt(q.intervals!, next)]);
      expect(sizes).toEqual(chain);
    },
  );

  it.each(SHAPES)(
    'should size %s for k repeats as the least 5-min minutes the apply step keeps k of them at',
    (_, m, r, w, rc) => {
      const i = blocks(r, w, rc);
      for (let k = 1; k <= r; k++) {
        const at = minutesForRepeats(i, k);
        expect(repeatsAt(i, at)).toBeGreaterThanOrEqual(k);
        // (The least: 5 min less holds fewer; one repeat is always kept.)
        if (k > 1) expect(repeatsAt(i, at - 5)).toBeLessThan(k);
      }
      expect(repeatsAt(i, m)).toBe(r);
    },
  );

  it.each(SHAPES)(
    'should shorten %s in the cut rather than drop it, keeping the repeats its text names',
    (_, m, r, w, rc, chain) => {
      const q = quality(m, blocks(r, w, rc));
      const plan = week(q);
      const fit = fitVolume(request(plan, 200));
      const after = applied(plan, fit.changes);
      const kept = after.sessions.find((x) => x.id === q.id);
      const [minutes, repeats] = chain[chain.length - 1];
      expect([kept?.minutes, kept?.intervals?.repeats]).toEqual([minutes, repeats]);
      expect(fit.qualityKept?.sessions).toEqual([q]);
    },
  );

  it.each(SHAPES)(
    "should shorten %s for a base week's hard share while a repeat fewer brings the share down",
    (_, m, r, w, rc, chain) => {
      const q = quality(m, blocks(r, w, rc));
      const plan = week(q);
      // A share its full work is above (on any week the cut can land on, 200–215 min) and one repeat fewer under.
      const fit = fitVolume(request(plan, 200, { hardShareMax: (r * w - 1) / 215 }));
      const after = applied(plan, fit.changes);
      const kept = after.sessions.find((x) => x.id === q.id);
      const [, repeats] = chain[1];
      if (repeats < r) {
        // One repeat fewer at least (the cut may take more afterwards: 3 × 10′ goes on to 1 × 10′ at 35 min), and
        // the shortening's arithmetic is of the run as the plan keeps it.
        expect(kept?.intervals?.repeats).toBeLessThanOrEqual(repeats);
        expect(kept?.intervals?.repeats).toBe(repeatsAt(q.intervals!, kept!.minutes));
        expect(fit.hardShareDrop).toBeUndefined();
        expect(fit.qualityKept?.hardShare?.hard).toBe(r * w);
        expect(fit.qualityKept?.hardShare?.after).toBe(hardShareMinutes(q, undefined, kept!.minutes));
      } else {
        // 8 × 2′: no size of 35 min or more holds fewer repeats, so the share drops it, and the text says why.
        expect(kept).toBeUndefined();
        expect(fit.hardShareDrop?.dropped).toEqual([q]);
      }
    },
  );
});

/** A week whose quality run the hard share shortens and a hard ride it then drops (review s27, items 2 and 7). */
function tempoAndRide(): { plan: WeekPlan; tempo: PlannedSession; ride: PlannedSession } {
  const tempo = quality(50, blocks(2, 15, 3));
  const ride = run(2, 30, 7, { kind: 'CROSS_TRAINING', purpose: 'Hard ride' });
  const plan: WeekPlan = {
    weekStart: NEXT,
    sessions: [run(0, 30, 3), tempo, ride, run(4, 30, 3), run(6, 80, 4, { key: true, purpose: 'Long run' })],
  };
  return { plan, tempo, ride };
}

describe("the hard share's texts with a race ahead (review s27, items 2, 3 and 7)", () => {
  it('should credit the shortening with what the shortening took, not a later drop of another session', () => {
    // Hard: the tempo's 2 × 15′ and the ride's 30 min, 60 of a 150-min week: the tempo to 1 × 15′ leaves 45.
    const { plan, tempo } = tempoAndRide();
    const fit = fitVolume(request(plan, 150, { hardShareMax: BASE_HARD_SHARE_MAX }));
    const after = applied(plan, fit.changes);
    expect(after.sessions.find((x) => x.id === tempo.id)?.intervals?.repeats).toBe(1);
    expect(fit.qualityKept?.hardShare?.hard).toBe(60);
    expect(fit.qualityKept?.hardShare?.after).toBe(45);
  });

  it("should not give the hard share's reason for a hard ride the cut order drops before an easy run anyway", () => {
    // The easy runs to their floors and the ride to half could not take the 80-min cut: the ride goes by the cut
    // order, and "had the other sessions taken the cut" would be false.
    const { plan, ride } = tempoAndRide();
    const fit = fitVolume(request(plan, 150, { hardShareMax: BASE_HARD_SHARE_MAX }));
    expect(fit.changes).toContainEqual({ type: 'DROP_SESSION', sessionId: ride.id });
    expect(fit.hardShareDrop).toBeUndefined();
  });

  it('should list as shortened for the race only the quality runs the race rule shortened, not a day cap', () => {
    // A continuous 50-min tempo on a 45-min Tuesday is trimmed to the day; the easy runs take the rest of the cut.
    const tempo = run(1, 50, 6, { purpose: 'Tempo' });
    const plan: WeekPlan = {
      weekStart: NEXT,
      sessions: [
        run(0, 60, 3),
        tempo,
        run(2, 60, 3),
        run(4, 60, 3),
        run(6, 80, 4, { key: true, purpose: 'Long run' }),
      ],
    };
    const fit = fitVolume(request(plan, 270, { availability: [90, 45, 90, 90, 90, 90, 150] }));
    const after = applied(plan, fit.changes);
    expect(after.sessions.find((x) => x.id === tempo.id)?.minutes).toBe(45);
    expect(fit.qualityKept).toBeUndefined();
  });
});

/** Steady blocks (key) of `repeats` × 12 min with 3-min recoveries, and the demo club's 2 × 15′ tempo. */
const steady = (repeats: number): Intervals => ({ ...blocks(repeats, 12, 3), workEffort: rpe(6) });
const tempoBlocks: Intervals = { ...blocks(2, 15, 3), workEffort: rpe(6) };

function buildOf(draft: WeekPlan, raceDate = HALF.date) {
  const input = steadyHistory();
  const r = reviewAthlete({
    ...input,
    athlete: { ...input.athlete, availabilityMinutes: [90, 90, 90, 90, 90, 180, 180] },
    nextWeekDraft: draft,
    races: [{ ...HALF, date: raceDate }],
  });
  expect(r.decision.type).toBe('BUILD');
  const s = r.suggestions.find((x) => x.kind === 'BUILD')!;
  const a = applyChanges(draft, s.changes);
  if (!a.ok) throw new Error(a.reason);
  return { r, s, after: a.plan };
}

/**
 * Kasper's week (athlete24), scaled: strength Monday and Thursday, steady blocks, tempo, two easy runs (`easy` min
 * each), long run.
 */
function kasperDraft(repeats: number, easy = 55): WeekPlan {
  return {
    weekStart: NEXT,
    sessions: [
      run(0, 30, 5, { kind: 'STRENGTH', purpose: 'Strength' }),
      run(1, 70, 6, { key: true, intervals: steady(repeats), purpose: 'Steady blocks' }),
      run(2, easy, 3),
      run(3, 50, 5, { intervals: tempoBlocks, purpose: 'Tempo: steady and comfortably hard' }),
      { ...run(3, 25, 5, { kind: 'STRENGTH', purpose: 'Strength' }), id: 'thu-strength' },
      run(5, easy, 3),
      run(6, 110, 4, { key: true, purpose: 'Long run' }),
    ],
  };
}

describe('the hard share judges the week the cut delivers (coach read 9, finding 1: Kasper, athlete24)', () => {
  it('should not give the hard share as the reason when the landed week holds all of the quality work', () => {
    // 395 min cut toward 305 lands at 315 (a drop stops it within its range): the 4 × 12′ steady blocks and the
    // 2 × 15′ tempo are 78 hard minutes, 26 % of 305 but 25 % of the 315 the plan has. The text had said "78 of
    // the week's 305 min would be hard (26 %)" beside a week of 320 (Kasper's 75-min easy runs, 435 min; since a
    // week of 4 runs keeps one quality session besides the long run, that week drops the tempo instead: see
    // "a week of 4 runs or fewer" below; these easy runs leave the week 5 runs).
    const draft = kasperDraft(4);
    const { r, s, after } = buildOf(draft);
    expect(r.decision.targetMinutes).toBe(305);
    expect(planMinutes(after)).toBe(315);
    expect(after.sessions.filter((x) => x.kind === 'RUN')).toHaveLength(5);
    expect(draft.sessions.reduce((t, x) => t + hardShareMinutes(x), 0)).toBe(78);
    expect(78).toBeLessThanOrEqual(BASE_HARD_SHARE_MAX * 315);
    expect(s.rationale).not.toContain('With all of its work');
    // The tempo is still shortened, by the cut order (before an easy run is dropped), and the text says that reason:
    // one of the week's quality sessions, beside Tuesday's steady blocks (not "the week's quality session").
    expect(after.sessions.find((x) => x.id === draft.sessions[3].id)?.intervals?.repeats).toBe(1);
    expect(s.rationale).toContain(
      "Thursday's tempo keeps 1 × 15′ of its 2 × 15′ work: it is one of the week's quality sessions for Spring Half on 2025-05-25 (with Tuesday's steady blocks), so a cut shortens it (to 35 min at least) rather than drop it before an easy run (our rule).",
    );
  });

  it('should state the hard share on the week the plan lands at when that week is above it', () => {
    // 5 × 12′ and 2 × 15′: 90 hard minutes, 29 % of the 315 min the plan lands at.
    const draft = kasperDraft(5);
    const { s, after } = buildOf(draft);
    expect(planMinutes(after)).toBe(315);
    expect(s.rationale).toContain(
      "With all of its work, 90 of the week's 315 min would be hard (29 %, counting the quality sessions' work), above the 25 % a base week keeps (about 80/20 by time, Seiler 2010; our threshold); with 1 × 15′, 75 min (24 %).",
    );
    expect(after.sessions.reduce((t, x) => t + hardShareMinutes(x), 0)).toBe(75);
  });
});

describe('a week of 4 runs or fewer keeps one quality session besides the long run (athlete24 Kasper)', () => {
  it('should drop the tempo rather than an easy run where the cut leaves 4 runs, and say why', () => {
    // Kasper's 75-min easy runs, 435 min toward 305: the cut had dropped Wednesday's easy run and kept the tempo at
    // 1 × 15′ beside the steady blocks, Saturday's easy run and a 110-min long run (320 min, 4 runs, 2 of them
    // quality besides the long run: "the long run is 36 % of the week" beside one easy run). Now the tempo goes and
    // both easy runs stay, at 50 min; the strength nearest a hard session goes (Monday's, the day before the steady
    // blocks, once the tempo is gone).
    const draft = kasperDraft(4, 75);
    const { r, s, after } = buildOf(draft);
    expect(r.decision.targetMinutes).toBe(305);
    expect(after.sessions.map((x) => [x.day, x.kind, x.minutes])).toEqual([
      [1, 'RUN', 70],
      [2, 'RUN', 50],
      [3, 'STRENGTH', 25],
      [5, 'RUN', 50],
      [6, 'RUN', 110],
    ]);
    expect(s.rationale).toContain(
      "Thursday's tempo is dropped rather than Wednesday's easy run: keeping it, even shortened to 35 min, would leave Sam 4 runs, 2 of them quality sessions besides the long run (Tuesday's steady blocks and Thursday's tempo), and a week of 4 runs or fewer keeps one quality session besides the long run (our rule, where a cut keeps a race's quality: the non-key quality goes whole before an easy run, the key session stays).",
    );
    expect(s.rationale).not.toContain('keeps 1 × 15′');
    expect(s.rationale).toContain("Monday's strength is dropped and Thursday's strength kept whole");
    expect(s.athleteText).toContain(
      "You skip Monday's strength and Thursday's tempo, and keep Wednesday's easy run: with 4 runs in the week, one hard session besides your long run is enough",
    );
  });
});

/** Three 90-min steady-block sessions (key, 5 × 12′: their dose is all of them), a tempo, a 60-min long run. */
function keyHeavyDraft(): WeekPlan {
  const key = (day: number) => run(day, 90, 6, { key: true, intervals: steady(5), purpose: 'Steady blocks' });
  return {
    weekStart: NEXT,
    sessions: [
      key(0),
      run(1, 50, 5, { intervals: tempoBlocks, purpose: 'Tempo: steady and comfortably hard' }),
      key(2),
      key(4),
      run(6, 60, 4, { key: true, purpose: 'Long run' }),
    ],
  };
}

describe("the hard share's drop of the race's quality (review s27, item 7)", () => {
  it("should not say 'had the other sessions taken the cut' when they are at their doses", () => {
    // A base week (the race ten weeks away): 3 × 60 + 30 = 210 hard minutes of a 330-min week; the key sessions
    // and the long run are at their doses, so no other session could have taken the cut.
    const draft = keyHeavyDraft();
    const { r, s, after } = buildOf(draft);
    expect(r.decision.phase).toBe('PREPARATORY');
    expect(planMinutes(after)).toBe(330);
    expect(s.rationale).toContain(
      "Tuesday's tempo goes first: with all of its work, 210 of the week's 330 min would be hard (64 %, counting the quality sessions' work), above the 25 % a base week keeps",
    );
    expect(s.rationale).not.toContain('had the other sessions taken the cut');
  });
});

describe('a build that cannot hold the quality for its race says so (review s27, item 5)', () => {
  it("should drop the tempo at the last step through a full review, and say why, not 'rather than cut every session short'", () => {
    // Three 90-min steady-block sessions (key, 5 × 12′: their dose is all of them) and a 60-min long run are
    // 330 min, 5 min above the range's top (325), said: the week cannot hold even a 35-min tempo. The race is four
    // weeks away (not a base week: no hard share).
    const draft = keyHeavyDraft();
    const { r, s, after } = buildOf(draft, '2025-04-13');
    expect(r.decision.phase).not.toBe('PREPARATORY');
    expect(r.decision.maxMinutes).toBe(325);
    expect(planMinutes(after)).toBe(330);
    expect(s.changes).toEqual([{ type: 'DROP_SESSION', sessionId: draft.sessions[1].id }]);
    expect(s.rationale).toContain("The plan has 380 min: drop Tuesday's tempo (50 min), to 330 min.");
    expect(s.rationale).toContain(
      "That is still 5 min above the 325 min the week should have at most: Monday's steady blocks, Wednesday's steady blocks, Friday's steady blocks and Sunday's long run keep a useful dose.",
    );
    // The three steady-block sessions are quality too: the tempo is one of the week's quality sessions, not "the" one.
    expect(s.rationale).toContain(
      "Tuesday's tempo is dropped although it is one of the week's quality sessions for Spring Half on 2025-04-13 (with Monday's steady blocks, Wednesday's steady blocks and Friday's steady blocks): the week cannot hold it even shortened (to 35 min at least), with the easy runs at their minimum or dropped and the key sessions and the long run at their doses (our rule).",
    );
  });
});
