import { describe, expect, it } from 'vitest';
import {
  editValuesOf,
  engineChanges,
  previewWeek,
  toChangeInput,
  toEnginePlan,
  type Change,
} from './preview';
import { change, session } from './preview.fixtures';

const plan = toEnginePlan('2026-12-07', [
  session('a', 0, 60),
  session('b', 2, 60),
  session('long', 6, 120, true),
]);

describe('edit-and-apply preview', () => {
  const scale = [
    change({ type: 'SCALE_VOLUME', percent: -50, sessionIds: ['a', 'b'], expectedTotalMinutes: 240 }),
    change({ type: 'SCALE_VOLUME', percent: -25, sessionIds: ['long'], expectedTotalMinutes: 180 }),
  ];

  it('shows next week before and after the change as proposed, day by day', () => {
    const p = previewWeek(plan, engineChanges(plan, scale));
    expect(p.ok).toBe(true);
    expect(p.before).toEqual([60, 0, 60, 0, 0, 0, 120]);
    expect(p.after).toEqual([30, 0, 30, 0, 0, 0, 90]);
    expect([p.beforeTotal, p.afterTotal]).toEqual([240, 150]);
    expect(p.changedDays).toEqual([0, 2, 6]);
  });

  it('applies an edited percent to the same sessions, each edit checked against the plan it meets', () => {
    const edits = scale.map((c, i) =>
      toChangeInput({ ...editValuesOf(c), percent: i === 0 ? '-20' : '-10' }, c),
    );
    expect(edits[0]).toEqual({ type: 'SCALE_VOLUME', percent: -20, days: null });
    const p = previewWeek(plan, engineChanges(plan, scale, edits));
    expect(p.ok).toBe(true);
    expect(p.after).toEqual([45, 0, 45, 0, 0, 0, 105]);
  });

  it('moves a session to the day picked, and shows the engine refusing a move onto a key session', () => {
    const move = change({ type: 'MOVE_SESSION', sessionId: 'a', fromDay: 0, toDay: 1 });
    const moved = previewWeek(
      plan,
      engineChanges(plan, [move], [toChangeInput({ ...editValuesOf(move), toDay: '3' }, move)]),
    );
    expect(moved.after).toEqual([0, 0, 60, 60, 0, 0, 120]);
    const refused = previewWeek(
      plan,
      engineChanges(plan, [move], [toChangeInput({ ...editValuesOf(move), toDay: '6' }, move)]),
    );
    expect(refused.ok).toBe(false);
    expect(refused.code).toBe('DAY_CONFLICT');
    expect(refused.reason).toMatch(/Sunday already has a key session/);
  });

  it('turns the ticked weekdays into rest days (0 = Monday)', () => {
    const rest = change({ type: 'INSERT_REST_DAYS', days: [0] });
    const v = editValuesOf(rest);
    expect(v.days).toEqual([true, false, false, false, false, false, false]);
    const input = toChangeInput({ ...v, days: [true, false, true, false, false, false, false] }, rest);
    expect(input).toEqual({ type: 'INSERT_REST_DAYS', days: [0, 2] });
    expect(previewWeek(plan, engineChanges(plan, [rest], [input])).after).toEqual([0, 0, 0, 0, 0, 0, 120]);
  });

  const add = change({
    type: 'ADD_SESSION',
    day: 5,
    sessionId: '2026-12-07-d5-added',
    sessionKind: 'RUN',
    minutes: 40,
    effort: { type: 'RPE', value: 3 },
    purpose: 'Easy run',
    expectedTotalMinutes: 240,
  } as Partial<Change> & { type: string });

  it('adds the proposed session on its free day, and the minutes and day the coach edits', () => {
    const p = previewWeek(plan, engineChanges(plan, [add]));
    expect(p.ok).toBe(true);
    expect(p.after).toEqual([60, 0, 60, 0, 0, 40, 120]);
    expect([p.beforeTotal, p.afterTotal]).toEqual([240, 280]);
    expect(p.changedDays).toEqual([5]);
    const v = editValuesOf(add);
    expect([v.toDay, v.minutes]).toEqual(['5', '40']);
    const input = toChangeInput({ ...v, toDay: '3', minutes: '30' }, add);
    expect(input).toEqual({
      type: 'ADD_SESSION',
      day: 3,
      minutes: 30,
      sessionKind: 'RUN',
      effort: { type: 'RPE', value: 3 },
      purpose: 'Easy run',
    });
    expect(previewWeek(plan, engineChanges(plan, [add], [input])).after).toEqual([60, 0, 60, 30, 0, 0, 120]);
  });

  it('shows the engine refusing a new session on a day that has one', () => {
    const input = toChangeInput({ ...editValuesOf(add), toDay: '2' }, add);
    const refused = previewWeek(plan, engineChanges(plan, [add], [input]));
    expect(refused.ok).toBe(false);
    expect(refused.code).toBe('DAY_CONFLICT');
    expect(refused.reason).toMatch(/Wednesday already has a session/);
  });
});
