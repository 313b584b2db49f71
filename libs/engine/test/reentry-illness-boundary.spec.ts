/**
 * The re-entry rule's illness boundary (docs/coaching-domain.md, re-entry after a silence): an illness over by the
 * last session logged, ending on its day or before, was trained back from and does not rule a re-entry week out;
 * one reaching into the gap does. Sara's read of Sunday 2026-12-13 (amber, 7 days with nothing logged since
 * 2026-12-06), with a flu from 2026-12-01 and only a 20-min jog logged on 2026-12-06: a flu ending on the jog's day
 * still gives the re-entry week (easy running only), never the amber hold at the usual volume with her steady blocks
 * and tempo (the amber hold does not grade from the illness); a flu ending the day after is the gap's own.
 *
 * Pins the boundary as it was decided (`ill.end > last` with the events' `e.end <= last`): read with `>=`, the first
 * case gave "Readiness is amber: hold instead of building (about 275 min)" in place of the 265-min re-entry week.
 */
import { reviewAthlete } from '../src';
import type { ContextEvent, Review, ReviewInput, WeekPlan } from '../src';
import { toDayNumber } from '../src/dates/local-date';
import { isHard } from '../src/planning/plan-measures';
import { demoInput } from './factories/demo-fixtures';
import { applied, get } from './factories/review-helpers';

function withFlu(end: string): ReviewInput {
  const input = demoInput('athlete21NextSunday');
  const from = toDayNumber('2026-12-01');
  const sessions = input.sessions.filter((x) => (x.day ?? toDayNumber(x.date as string)) < from);
  const flu: ContextEvent = {
    kind: 'ILLNESS',
    start: '2026-12-01',
    end,
    confirmed: true,
    note: 'Flu with fever.',
  };
  return {
    ...input,
    sessions: [...sessions, { id: 'jog', day: toDayNumber('2026-12-06'), kind: 'RUN', minutes: 20, rpe: 3 }],
    contextEvents: [...(input.contextEvents ?? []), flu],
  } as ReviewInput;
}

describe('the re-entry rule at the illness boundary (Sara on Sunday 2026-12-13, a 20-min jog on 2026-12-06)', () => {
  it('should give a re-entry week, easy running only, when the flu ends on the day of the last session', () => {
    const input = withFlu('2026-12-06');
    const r: Review = reviewAthlete(input);
    expect(r.decision.reason).toMatch(
      /^A re-entry week until Sara answers \(about \d+ min, easy running only\)/,
    );
    const plan = applied(input.nextWeekDraft as WeekPlan, get(r, 'RECOVERY_HOLD'));
    for (const x of plan.sessions) if (x.kind === 'RUN') expect(isHard(x)).toBe(false);
  });

  it('should leave the gap to the illness when the flu reaches into it', () => {
    const r: Review = reviewAthlete(withFlu('2026-12-07'));
    expect(r.decision.reason).not.toMatch(/re-entry week/);
  });
});
