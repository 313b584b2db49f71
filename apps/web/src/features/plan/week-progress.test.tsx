import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WeekView } from './components/WeekView';
import type { PlannedSession } from './components/SessionLabel';
import { weekProgress, type WeekLog } from './week-progress';

// Monday 30 Nov to Sunday 6 Dec; today Thursday 3 Dec.
const WEEK = '2026-11-30';
const TODAY = '2026-12-03';
const planned = (
  id: string,
  date: string,
  kind: string,
  minutes: number,
): PlannedSession & { kind: string } => ({
  id,
  date,
  dayOfWeek: 0,
  kind: kind as PlannedSession['kind'],
  minutes,
  key: false,
  purpose: '',
  effort: { type: 'RPE', value: 3, scale: null },
  intervals: null,
  sport: null,
});
const PLAN = [
  planned('mon-run', '2026-11-30', 'RUN', 30),
  planned('tue-run', '2026-12-01', 'RUN', 50),
  planned('tue-str', '2026-12-01', 'STRENGTH', 30),
  planned('wed-rest', '2026-12-02', 'REST', 0),
  planned('thu-run', '2026-12-03', 'RUN', 40),
  planned('sat-run', '2026-12-05', 'RUN', 90),
];
const log = (
  id: string,
  date: string,
  kind: string,
  minutes: number,
  extra: Partial<WeekLog> = {},
): WeekLog => ({
  id,
  date,
  kind,
  minutes,
  srpe: 4,
  plannedSessionId: null,
  ...extra,
});

describe('weekProgress: the week as planned against what was logged', () => {
  it('a log does the session it names, else the first of its day and kind no other log did; the rest is beside the plan', () => {
    const p = weekProgress(
      PLAN,
      [
        // Tuesday's run logged on Monday (moved), named: it does Tuesday's run, not Monday's.
        log('a', '2026-11-30', 'RUN', 55, { plannedSessionId: 'tue-run' }),
        // An unnamed run on Tuesday: Tuesday's run was done by the named log, so it is beside the plan.
        log('b', '2026-12-01', 'RUN', 25),
        // An unnamed strength session on Tuesday does Tuesday's strength.
        log('c', '2026-12-01', 'STRENGTH', 20, { srpe: null }),
        // A ride on Wednesday (rest day): beside the plan.
        log('d', '2026-12-02', 'CROSS_TRAINING', 45),
      ],
      TODAY,
    );
    expect(p.planned.get('tue-run')).toEqual({ state: 'DONE', log: expect.objectContaining({ id: 'a' }) });
    expect(p.planned.get('tue-str')).toEqual({ state: 'DONE', log: expect.objectContaining({ id: 'c' }) });
    // Monday's run: its day is over and no log did it (the Monday log named Tuesday's).
    expect(p.planned.get('mon-run')).toEqual({ state: 'NOT_LOGGED' });
    // Today's and later sessions are still to do; a rest day has nothing to log.
    expect(p.planned.get('thu-run')).toEqual({ state: 'AHEAD' });
    expect(p.planned.get('sat-run')).toEqual({ state: 'AHEAD' });
    expect(p.planned.has('wed-rest')).toBe(false);
    expect([...p.beside.entries()].map(([d, ls]) => [d, ls.map((l) => l.id)])).toEqual([
      ['2026-12-01', ['b']],
      ['2026-12-02', ['d']],
    ]);
    expect(p.loggedMinutes).toBe(55 + 25 + 20 + 45);
    expect(p.plannedMinutes).toBe(30 + 50 + 30 + 40 + 90);
  });

  it('a second log naming a session already done, or one of another week, is beside the plan; an unnamed log does not take a named one', () => {
    const p = weekProgress(
      PLAN,
      [
        log('x', '2026-11-30', 'RUN', 30),
        log('y', '2026-11-30', 'RUN', 35, { plannedSessionId: 'mon-run' }),
        log('z', '2026-11-30', 'RUN', 10, { plannedSessionId: 'mon-run' }),
        // Naming a session of another week: beside this week's plan, though Thursday's run is not logged yet.
        log('w', '2026-12-03', 'RUN', 40, { plannedSessionId: 'last-week-run' }),
      ],
      TODAY,
    );
    expect(p.planned.get('mon-run')).toEqual({ state: 'DONE', log: expect.objectContaining({ id: 'y' }) });
    expect(p.beside.get('2026-11-30')?.map((l) => l.id)).toEqual(['x', 'z']);
    expect(p.beside.get('2026-12-03')?.map((l) => l.id)).toEqual(['w']);
    expect(p.planned.get('thu-run')).toEqual({ state: 'AHEAD' });
  });

  it('key sessions are matched first, as compliance counts them: an unnamed run on a day with an easy run and a key tempo does the tempo', () => {
    const plan = [
      planned('tue-easy', '2026-12-01', 'RUN', 30),
      { ...planned('tue-tempo', '2026-12-01', 'RUN', 50), key: true },
    ];
    const p = weekProgress(plan, [log('a', '2026-12-01', 'RUN', 48)], TODAY);
    expect(p.planned.get('tue-tempo')).toEqual({ state: 'DONE', log: expect.objectContaining({ id: 'a' }) });
    expect(p.planned.get('tue-easy')).toEqual({ state: 'NOT_LOGGED' });
  });

  it('a session not done on a day of confirmed illness or travel is not counted, not "not logged"', () => {
    const p = weekProgress(PLAN, [], TODAY, new Set(['2026-11-30', '2026-12-03']));
    expect(p.planned.get('mon-run')).toEqual({ state: 'EXCUSED' });
    expect(p.planned.get('tue-run')).toEqual({ state: 'NOT_LOGGED' });
    // Today is still to do, excluded or not.
    expect(p.planned.get('thu-run')).toEqual({ state: 'AHEAD' });
    render(<WeekView weekStart={WEEK} sessions={PLAN} today={TODAY} progress={p} />);
    expect(screen.getByTestId('session-excused').textContent).toBe('Not counted: ill or away that day');
    expect(screen.getAllByTestId('session-not-logged')).toHaveLength(2);
  });

  it('the week view says done, not logged, and logged beside the plan, and totals done against planned', () => {
    const progress = weekProgress(
      PLAN,
      [
        log('a', '2026-12-01', 'RUN', 52, { srpe: 5 }),
        log('c', '2026-12-01', 'STRENGTH', 20, { srpe: null }),
        log('d', '2026-12-02', 'CROSS_TRAINING', 45),
      ],
      TODAY,
    );
    render(<WeekView weekStart={WEEK} sessions={PLAN} today={TODAY} progress={progress} />);
    expect(screen.getAllByTestId('session-done').map((e) => e.textContent)).toEqual([
      '✓ Done: 52 min · RPE 5',
      '✓ Done: 20 min',
    ]);
    expect(screen.getAllByTestId('session-not-logged')).toHaveLength(1);
    expect(screen.getByTestId('session-beside').textContent).toBe(
      'Also logged: Cross-training · 45 min · RPE 4',
    );
    expect(screen.getByText(/^Logged 1 h 57 min so far · 4 h planned for the week$/)).toBeTruthy();
  });

  it('without progress (a coach’s or next week’s view) it shows the plan alone', () => {
    render(<WeekView weekStart={WEEK} sessions={PLAN} />);
    expect(screen.queryByTestId('session-done')).toBeNull();
    expect(screen.queryByTestId('session-not-logged')).toBeNull();
    expect(screen.getByText(/^Total: 4 h$/)).toBeTruthy();
  });
});
