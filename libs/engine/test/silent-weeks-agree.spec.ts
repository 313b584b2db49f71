/**
 * The silent-week rule (`MetricsState.silentWeeks`, the PROGRESSION line) and the re-entry's down week (the hold's "a
 * down week is due too") read the same weeks in the same review. Demo club on the next Monday (`--now
 * 2026-12-14T09:00:00Z`), the club silent since 2026-12-06/07: Ingrid's hold said "4 weeks since the last one, the week
 * of 2026-11-16; the week left blank by the silence …" while her progression line said "2 build weeks since the last down
 * week (the weeks of 2026-12-14 and 2026-12-07 fell in a silence …)": a week hours old, with only its Monday read,
 * counted as silent by one and not yet blank by the other. Our rule now, one for both: a week is blank once its days
 * are behind (this week from its Sunday on). Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import type { Review } from '../src';
import { demoInput } from './factories/demo-fixtures';
import { get } from './factories/review-helpers';

function progression(r: Review): string {
  const c = r.components.find((x) => x.component === 'PROGRESSION');
  if (c === undefined) throw new Error('no PROGRESSION component');
  return c.summary;
}

describe("the silent weeks and the re-entry's blank weeks agree (demo club, Ingrid on Monday 2026-12-14)", () => {
  const r = reviewAthlete(demoInput('athlete01NextMonday'));
  const hold = get(r, 'CAUTIOUS_HOLD').rationale;

  it('should count the same weeks since the same last down week, the same weeks passed over', () => {
    const due =
      /a down week is due too \((\d+) weeks since the last one, the week of (\d{4}-\d\d-\d\d)(?:; the (?:week|(\d+) weeks) left blank by the silence)?/.exec(
        hold,
      );
    expect(due).not.toBeNull();
    const [, weeks, lastDown, blankN] = due as RegExpExecArray;
    const blank = hold.includes('left blank by the silence') ? Number(blankN ?? 1) : 0;
    const since = r.metrics.weeksSinceDownWeek.value;
    const note = r.metrics.weeksSinceDownWeek.note ?? '';
    const named = r.metrics.weeks.filter((w) => note.includes(w.start));
    // This week, begun that morning, is passed over by both but not yet blank: "this week so far".
    const soFar = note.includes('this week so far') ? 1 : 0;
    expect(lastDown).toBe('2026-11-16');
    expect(named.length).toBe(blank);
    expect((since ?? 0) + named.length + soFar).toBe(Number(weeks));
    expect(progression(r)).toContain(`${since} build weeks since the last down week`);
  });

  it('should not call this week, begun that morning, a week that fell in a silence', () => {
    expect(progression(r)).not.toContain('2026-12-14');
    expect(r.metrics.weeksSinceDownWeek.note ?? '').not.toContain('2026-12-14');
    expect(progression(r)).toContain('the week of 2026-12-07 fell in a silence');
  });
});
