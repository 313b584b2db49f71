import { applySuggestion, reviewAthlete } from '../src';
import type { Review, Suggestion, SuggestionKind } from '../src';
import { planLoad, planMinutes } from '../src/planning/plan-measures';
import { NEXT, SCENARIOS } from './factories/athlete-scenarios.factory';
import { shift } from './factories/athlete-history.factory';

function run(name: string): Review {
  return reviewAthlete(SCENARIOS[name]());
}
function kinds(r: Review): SuggestionKind[] {
  return r.suggestions.map((s) => s.kind);
}
function get(r: Review, kind: SuggestionKind): Suggestion {
  const s = r.suggestions.find((x) => x.kind === kind);
  if (!s) throw new Error(`expected ${kind}, got ${kinds(r).join(', ')}`);
  return s;
}
const ADDS_LOAD: SuggestionKind[] = ['BUILD'];

describe(`${reviewAthlete.name} scenarios`, () => {
  it('should build within the ramp limit and raise no flags when the athlete is a steady builder', () => {
    const r = run('steady builder');
    expect(r.decision.type).toBe('BUILD');
    expect(kinds(r)).toEqual(['BUILD']);
    const s = get(r, 'BUILD');
    // Issue #11: sized from the build weeks, not from a three-week mean that includes the down week (was 252).
    // (Coach finding 3: the weeks counted and the one left aside are named.) No plan was published for it: it is
    // left out for its load (was "a down week, 191 min"), and the text says so, with its figures.
    expect(s.rationale).toMatch(
      /^With the week of 2025-02-24 \(its load fell 27 % below the three weeks before it \(836 against about 1150 a week\): 191 min done\) left aside, Sam's build weeks, those of 2025-03-03 and 2025-03-10 \(this week, its days to come as planned\), averaged 282 min/,
    );
    expect(s.rationale).toMatch(/\+20 % ramp limit/);
    expect(r.decision.targetMinutes).toBeLessThanOrEqual(282 * 1.2);
    expect(r.components.map((c) => c.component)).toHaveLength(6);
  });

  it('should propose an urgent recovery down week with the HRV numbers when HRV falls and wellness drops', () => {
    const r = run('overreaching with falling HRV');
    expect(r.decision.type).toBe('DOWN');
    const s = get(r, 'RECOVERY_DOWN_WEEK');
    expect(s.severity).toBe('URGENT');
    expect(s.rationale).toMatch(/ln rMSSD 3\.\d\d/);
    expect(s.rationale).toMatch(/below the usual band \d\.\d\d–\d\.\d\d/);
    expect(s.changes.some((c) => c.type === 'SCALE_VOLUME' && c.percent < 0)).toBe(true);
    expect(kinds(r)).not.toContain('BUILD');
    expect(r.components.find((c) => c.component === 'ADAPTATION')?.status).toBe('URGENT');
  });

  it('should cap the affected days and ease the key session when no day away from the hard ones has room', () => {
    // The free days with room (Friday, Sunday) are beside Thursday's steady run and Saturday's long run: the
    // threshold moved there made three hard days in a row. It stays on Tuesday, an easy run under the cap.
    const r = run('sick child at home');
    const s = get(r, 'LIFE_CONTEXT_REDUCTION');
    expect(s.rationale).toMatch(/^A family commitment Monday–Wednesday \("sick child at home"\): /);
    expect(s.rationale).toMatch(/at most 30 min a day/);
    expect(s.changes.filter((c) => c.type === 'MOVE_SESSION')).toEqual([]);
    expect(s.rationale).toMatch(
      /no free day fits Tuesday's threshold intervals \(\d+ min\) without putting it beside a hard session or the long run, so it stays as an easy session under the cap/,
    );
    expect(s.changes).toContainEqual(
      expect.objectContaining({ type: 'REPLACE_INTENSITY', sessionId: `${NEXT}-p1`, key: false }),
    );
    expect(kinds(r)).not.toContain('ILLNESS_REST'); // the child is sick, not the athlete
    const applied = applySuggestion(SCENARIOS['sick child at home']().nextWeekDraft!, s);
    expect(applied.ok).toBe(true);
    if (applied.ok) {
      for (const x of applied.plan.sessions) if (x.day <= 2) expect(x.minutes).toBeLessThanOrEqual(30);
    }
  });

  it('should rest, then return gradually, and never add load when the athlete has flu below the neck', () => {
    const r = run('flu below the neck');
    expect(r.decision.type).toBe('REST');
    const s = get(r, 'ILLNESS_REST');
    expect(s.severity).toBe('URGENT');
    expect(s.rationale).toMatch(/since 2025-03-15/);
    expect(s.rationale).toMatch(/24 h/);
    expect(s.changes[0]).toEqual(expect.objectContaining({ type: 'INSERT_REST_DAYS' }));
    expect(kinds(r)).not.toContain('BUILD');
    expect(r.draft.sessions.filter((x) => x.day <= 2).every((x) => x.kind === 'REST')).toBe(true);
    const plan = SCENARIOS['flu below the neck']().nextWeekDraft!;
    for (const sug of r.suggestions) {
      const a = applySuggestion(plan, sug);
      if (a.ok) expect(planLoad(a.plan)).toBeLessThanOrEqual(planLoad(plan));
    }
  });

  it('should reduce the travel days and reschedule key work before the trip when travel is confirmed', () => {
    const r = run('business travel next week');
    const s = get(r, 'LIFE_CONTEXT_REDUCTION');
    expect(s.rationale).toMatch(/^A trip Tuesday–Thursday \("business trip to Madrid"\): /);
    expect(s.rationale).toMatch(/Tuesday's threshold intervals \(55 min\) to Monday/);
    // Thursday's steady run is not moved to Friday, the day before the 100-min long run (two hard days in a
    // row): it stays on Thursday, eased under the cap, and the text says why.
    expect(s.changes.filter((c) => c.type === 'MOVE_SESSION')).toHaveLength(1);
    expect(s.rationale).toMatch(
      /no free day fits Thursday's steady run \(45 min\) without putting it beside a hard session or the long run, so it stays as an easy session under the cap[;:]/,
    );
    expect(r.draft.sessions.filter((x) => x.day >= 1 && x.day <= 3).every((x) => x.minutes <= 30)).toBe(true);
  });

  it('should warn about racing too often with the race dates when three races fall in five weeks', () => {
    const r = run('three races in five weeks');
    const s = get(r, 'RACING_TOO_OFTEN');
    expect(s.rationale).toMatch(/3 races in 5 weeks/);
    expect(s.rationale).toMatch(/2025-02-24.*2025-03-10.*2025-03-29/);
    expect(s.components).toContain('LONG_TERM_DEVELOPMENT');
  });

  it('should suggest the next focus for the phase when six weeks were spent on one stimulus', () => {
    const r = run('six weeks on one stimulus');
    const s = get(r, 'STIMULUS_ROTATION');
    expect(s.severity).toBe('ATTENTION');
    expect(s.rationale).toMatch(/6 weeks on aerobic volume \(since 2025-02-03\)/);
    expect(s.changes).toContainEqual({
      type: 'CHANGE_MESOCYCLE_FOCUS',
      from: 'AEROBIC_VOLUME',
      to: 'HILLS_STRENGTH',
    });
    expect(r.draft.focus).toBe('HILLS_STRENGTH');
  });

  it('should say "1 day away", not "1 days", for an A race on the day after the review', () => {
    const input = SCENARIOS['A race in 10 days']();
    const race = { ...input.races![0], date: shift(input.reviewDate, 1) };
    const r = reviewAthlete({ ...input, races: [race] });
    const s = get(r, 'TAPER');
    expect(s.rationale).toContain(`is on ${race.date}, 1 day away:`);
    expect(s.athleteText).toContain('is 1 day away');
  });

  it('should taper within Bosquet bounds and keep the sessions when the A race is 10 days away', () => {
    const r = run('A race in 10 days');
    expect(r.decision.type).toBe('TAPER');
    const s = get(r, 'TAPER');
    expect(s.rationale).toMatch(/Vienna Half Marathon \(A race\) is on 2025-03-26, 10 days away/);
    expect(s.rationale).toMatch(/41–60 %/);
    expect(s.changes).toContainEqual(expect.objectContaining({ type: 'SET_PHASE', to: 'COMPETITION' }));
    const scale = s.changes.find((c) => c.type === 'SCALE_VOLUME');
    expect(scale).toBeDefined();
    const plan = SCENARIOS['A race in 10 days']().nextWeekDraft!;
    const a = applySuggestion(plan, s);
    expect(a.ok).toBe(true);
    if (a.ok) {
      expect(a.plan.sessions.filter((x) => x.kind !== 'REST')).toHaveLength(plan.sessions.length); // frequency kept
      const cut = 1 - planMinutes(a.plan) / r.decision.targetMinutes / 2;
      expect(cut).toBeLessThan(1);
      expect(a.plan.sessions.find((x) => x.id.endsWith('p1'))?.intervals).toBeDefined(); // intensity kept
    }
  });

  it('should start a transition with easy running when the A race was yesterday', () => {
    const r = run('just after an A race');
    expect(r.decision.type).toBe('TRANSITION');
    const s = get(r, 'TRANSITION_AFTER_A_RACE');
    expect(s.rationale).toMatch(/Berlin Marathon \(A race\) was on 2025-03-15 \(1 day ago\)/);
    expect(s.changes).toContainEqual(expect.objectContaining({ type: 'SET_PHASE', to: 'TRANSITION' }));
    expect(r.draft.sessions.every((x) => x.intervals === undefined)).toBe(true);
  });

  it('should move the key session to a day the athlete completes when midweek sessions keep being missed', () => {
    const r = run('missed midweek sessions');
    const s = get(r, 'MISSED_SESSIONS_PATTERN');
    expect(s.rationale).toMatch(/Tuesday were missed 4 times in the last 4 weeks/);
    expect(s.rationale).toMatch(/2025-03-11/);
    expect(s.changes).toContainEqual(expect.objectContaining({ type: 'MOVE_SESSION', fromDay: 1 }));
    expect(r.draft.sessions.find((x) => x.day === 1 && x.key)).toBeUndefined();
  });

  it('should ask the coach to reach out with the last contact date when there was no contact for a week', () => {
    const r = run('no contact for a week');
    const s = get(r, 'NO_CONTACT_REACH_OUT');
    expect(s.rationale).toMatch(/since 2025-03-08 \(8 days\)/);
    expect(s.components).toEqual(['EXTERNAL_EYES']);
    expect(r.components.find((c) => c.component === 'EXTERNAL_EYES')?.status).toBe('ATTENTION');
  });

  it('should hold volume and flag insufficient data when the athlete is new with two weeks of data', () => {
    const r = run('new athlete with two weeks of data');
    expect(r.decision.type).toBe('HOLD');
    expect(get(r, 'BASELINE_HOLD').rationale).toMatch(/Only 13 days of training data/);
    expect(kinds(r).some((k) => ADDS_LOAD.includes(k) || k === 'LOAD_SPIKE_WARNING')).toBe(false);
    expect(r.metrics.rampPct.insufficientData).toBe(true);
    expect(r.metrics.ctl.insufficientData).toBe(true);
    expect(r.components.find((c) => c.component === 'CURRENT_FITNESS')?.evidence.insufficientData).toBe(true);
  });

  it.each(Object.keys(SCENARIOS))(
    'should apply every suggestion to the plan or reject it with a reason (%s)',
    (name) => {
      const input = SCENARIOS[name]();
      const r = reviewAthlete(input);
      expect(r.nextWeekStart).toBe(NEXT);
      expect(r.components).toHaveLength(6);
      for (const s of r.suggestions) {
        expect(s.rationale.length).toBeGreaterThan(20);
        const a = applySuggestion(input.nextWeekDraft!, s);
        expect(a.ok).toBe(true);
      }
    },
  );
});
