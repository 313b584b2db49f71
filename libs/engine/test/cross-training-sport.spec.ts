/**
 * A planned cross-training session's own `sport`: what an eased session is called comes from it (the purpose
 * is only a guess for plans that do not say), the plan's changes keep it, and a taper's text names what the
 * hard sessions become (a triathlete's hard ride is eased to an easy ride, not an easy run).
 */
import { applyChanges, reviewAthlete } from '../src';
import type { PlannedSession, ReviewInput, Suggestion, WeekPlan } from '../src';
import { buildCoachHistory, NEXT, REVIEW, scaled, shift } from './factories/coach-histories.factory';
import type { WeekShape } from './factories/coach-histories.factory';
import { INGRID_WEEK, realisticDone } from './factories/coach-histories-2';

/** Ingrid (the triathlete) ten days before her 70.3 with a head cold: a taper of easy sessions only. */
function ingridTaperWithACold(week: WeekShape): ReviewInput {
  return buildCoachHistory({
    athlete: {
      id: 'ingrid',
      firstName: 'Ingrid',
      trainingYears: 7,
      availabilityMinutes: [60, 75, 90, 60, 60, 210, 100],
    },
    weeks: 10,
    plan: (w) => (w === 3 || w === 7 ? scaled(week, 0.7) : week),
    done: realisticDone,
    extra: {
      races: [
        { id: 'lake-703', name: 'Lake 70.3', date: shift(NEXT, 9), priority: 'A', expectedMinutes: 330 },
      ],
      contextEvents: [
        { kind: 'ILLNESS', illness: 'ABOVE_NECK', start: shift(REVIEW, -1), end: shift(REVIEW, 3) },
      ],
    },
  });
}

/** Her week with purposes that do not name the sport ("Tempo", "Technique"): only `sport` says it. */
const SAYS_ONLY_SPORT: WeekShape = INGRID_WEEK.map((slot, day) => {
  if (!slot || slot.kind !== 'CROSS_TRAINING') return slot;
  const purpose = { 0: 'Easy aerobic', 2: 'Tempo 3 × 12 min', 4: 'Technique', 5: 'Long endurance' }[day];
  return { ...slot, purpose, sport: day === 0 || day === 4 ? 'SWIM' : 'BIKE' } as const;
});
const SAYS_NOTHING: WeekShape = SAYS_ONLY_SPORT.map((slot) => {
  if (!slot) return slot;
  const { sport: _sport, ...rest } = slot;
  return rest;
});

function taper(input: ReviewInput): Suggestion {
  const r = reviewAthlete(input);
  expect(r.decision.type).toBe('TAPER');
  const t = r.suggestions.find((s) => s.kind === 'TAPER');
  if (!t) throw new Error(`no TAPER suggestion: ${r.suggestions.map((s) => s.kind).join(', ')}`);
  return t;
}

function applied(input: ReviewInput, t: Suggestion): WeekPlan {
  const plan = input.nextWeekDraft ?? reviewAthlete(input).draft;
  const r = applyChanges(plan, t.changes);
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
}

describe('cross-training sport', () => {
  it("should say a taper's eased hard sessions become easy runs and rides when its hard sessions are a run and a ride", () => {
    const input = ingridTaperWithACold(INGRID_WEEK);
    const t = taper(input);
    const eased = t.changes.filter((c) => c.type === 'REPLACE_INTENSITY');
    expect(eased).toHaveLength(2);
    expect(t.rationale).toContain('(the hard ones as easy runs and rides for now)');
    expect(t.rationale).not.toContain('as easy runs for now');
  });

  it('should call an eased cross-training session by its own sport when the plan gives one and its purpose does not say', () => {
    const input = ingridTaperWithACold(SAYS_ONLY_SPORT);
    const t = taper(input);
    expect(t.rationale).toContain("Wednesday's tempo 3 × 12 min an easy ride");
    expect(t.rationale).toContain('(the hard ones as easy runs and rides for now)');
    const tempo = t.changes.find((c) => c.type === 'REPLACE_INTENSITY' && c.sessionId.endsWith('-d2'));
    expect(tempo).toMatchObject({ purpose: expect.stringMatching(/^Easy ride /) });
  });

  it('should fall back to the purpose, and to "session" when it does not say, for a plan without sports', () => {
    const t = taper(ingridTaperWithACold(SAYS_NOTHING));
    expect(t.rationale).toContain("Wednesday's tempo 3 × 12 min an easy session");
    expect(t.rationale).toContain('(the hard ones as easy runs and sessions for now)');
  });

  it("should keep every cross-training session's sport through the taper's changes (eased, scaled)", () => {
    const input = ingridTaperWithACold(SAYS_ONLY_SPORT);
    const t = taper(input);
    const before = input.nextWeekDraft?.sessions ?? [];
    const after = applied(input, t).sessions;
    const cross = (xs: readonly PlannedSession[]) =>
      xs.filter((x) => x.kind === 'CROSS_TRAINING').map((x) => `${x.id} ${x.sport}`);
    expect(cross(after)).toEqual(cross(before));
    expect(cross(after)).toHaveLength(4);
  });
});

describe("a triathlete's long ride in a cut", () => {
  // Found reading Ingrid's taper: the 150-min key long ride was a "key quality" session to the cut, with a
  // 15-min floor, so the taper took it to 15 min (-90 %) while the 80-min long run kept 75.
  it('should taper the long ride like the long run (to about half, never to a token ride), and drop nothing', () => {
    const input = ingridTaperWithACold(INGRID_WEEK);
    const t = taper(input);
    const before = input.nextWeekDraft!.sessions;
    const after = applied(input, t).sessions;
    const ride = (xs: readonly PlannedSession[]) =>
      xs.find((x) => x.day === 5 && x.kind === 'CROSS_TRAINING')!;
    const run = (xs: readonly PlannedSession[]) => xs.find((x) => x.day === 6 && x.kind === 'RUN')!;
    expect(ride(before).minutes).toBe(150);
    expect(ride(after).minutes).toBeGreaterThanOrEqual(60);
    expect(ride(after).minutes).toBeLessThanOrEqual(105);
    // The long ride gives no less of itself than the long run does (both the week's long sessions).
    expect(ride(after).minutes / ride(before).minutes).toBeLessThanOrEqual(
      run(after).minutes / run(before).minutes,
    );
    expect(after).toHaveLength(before.length);
  });
});

describe('applyChanges and a session sport', () => {
  const ride: PlannedSession = {
    id: 'b',
    day: 2,
    kind: 'CROSS_TRAINING',
    minutes: 80,
    effort: { type: 'RPE', value: 7 },
    purpose: 'Tempo',
    key: true,
    sport: 'BIKE',
  };
  const plan: WeekPlan = { weekStart: '2025-03-17', sessions: [ride] };
  const one = (change: Parameters<typeof applyChanges>[1][number]): PlannedSession[] => {
    const r = applyChanges(plan, [change]);
    if (!r.ok) throw new Error(r.reason);
    return [...r.plan.sessions];
  };

  it.each([
    [
      'REPLACE_INTENSITY',
      {
        type: 'REPLACE_INTENSITY',
        sessionId: 'b',
        effort: { type: 'RPE', value: 3 },
        intervals: null,
        purpose: 'Easy ride',
        key: false,
      },
    ],
    ['SCALE_VOLUME', { type: 'SCALE_VOLUME', percent: -50, expectedTotalMinutes: 80 }],
    ['MOVE_SESSION', { type: 'MOVE_SESSION', sessionId: 'b', fromDay: 2, toDay: 4 }],
  ] as const)('should keep the sport when the change is %s', (_name, change) => {
    const [after] = one(change);
    expect(after).not.toEqual(ride);
    expect(after.sport).toBe('BIKE');
  });

  it('should give an added cross-training session the sport of the change, and a run none', () => {
    const added = (kind: 'RUN' | 'CROSS_TRAINING') =>
      one({
        type: 'ADD_SESSION',
        day: 5,
        session: {
          id: 'n',
          kind,
          minutes: 40,
          effort: { type: 'RPE', value: 3 },
          purpose: 'Easy',
          sport: 'SWIM',
        },
        expectedTotalMinutes: 80,
      }).find((x) => x.id === 'n');
    expect(added('CROSS_TRAINING')?.sport).toBe('SWIM');
    // (Every session the engine makes has every field, one object shape: as JSON, an unset one is left out.)
    expect(added('RUN')?.sport).toBeUndefined();
    expect(JSON.parse(JSON.stringify(added('RUN')))).not.toHaveProperty('sport');
  });
});
