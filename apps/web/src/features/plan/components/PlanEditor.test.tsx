import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PlanEditor, toDraft, toInput, type DraftSession } from './PlanEditor';

const WEEK = '2026-12-07';
const published = [
  {
    id: 'a',
    date: '2026-12-08',
    dayOfWeek: 2,
    kind: 'RUN' as const,
    minutes: 50,
    key: true,
    purpose: 'Threshold',
    effort: { type: 'RPE' as const, value: 6, scale: null },
    intervals: {
      repeats: 3,
      workSeconds: 600,
      recoverySeconds: 120,
      workEffort: { type: 'RPE' as const, value: 7, scale: null },
      recoveryEffort: { type: 'RPE' as const, value: 2, scale: null },
    },
    sport: null,
  },
  {
    id: 'b',
    date: '2026-12-10',
    dayOfWeek: 4,
    kind: 'RUN' as const,
    minutes: 40,
    key: false,
    purpose: 'Easy',
    effort: { type: 'RPE' as const, value: 3, scale: null },
    intervals: null,
    sport: null,
  },
];

function Harness({
  onChange,
  initial = published,
}: {
  onChange: (s: DraftSession[]) => void;
  initial?: Parameters<typeof toDraft>[0];
}) {
  const [sessions, setSessions] = useState(() => toDraft(initial));
  return (
    <PlanEditor
      weekStart={WEEK}
      sessions={sessions}
      onChange={(next) => {
        setSessions(next);
        onChange(next);
      }}
    />
  );
}

describe('PlanEditor', () => {
  it('keeps a zone session’s model through its edits and edits its zone within it', async () => {
    const zone = (value: number, scale: number | null) => ({ type: 'ZONE' as const, value, scale });
    const easy = { ...published[1], effort: zone(2, 5) };
    const threshold = {
      ...published[0],
      effort: zone(2, 3),
      intervals: { ...published[0].intervals!, workEffort: zone(3, 3), recoveryEffort: zone(1, 3) },
    };
    const onChange = vi.fn();
    render(<Harness onChange={onChange} initial={[threshold, easy]} />);
    const thursday = screen.getByRole('listitem', { name: 'Thu 10 Dec' });
    const tuesday = screen.getByRole('listitem', { name: 'Tue 8 Dec' });
    expect(within(thursday).getByLabelText('Effort (zone 1–5 of 5)')).toBeTruthy();
    expect(within(tuesday).getByLabelText('Effort (zone 1–3 of 3)')).toBeTruthy();
    // a new minutes figure leaves the zone and its model as they were
    const minutes = within(thursday).getByLabelText('Minutes');
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '55');
    // a zone past the model's top is its top zone, still of that model
    const effort = within(tuesday).getByLabelText('Effort (zone 1–3 of 3)');
    await userEvent.clear(effort);
    await userEvent.type(effort, '4');
    const sent = toInput(onChange.mock.calls.at(-1)![0] as DraftSession[]);
    expect(sent.map((s) => [s.minutes, s.effort])).toEqual([
      [50, zone(3, 3)],
      [55, zone(2, 5)],
    ]);
    expect(sent[0].intervals).toMatchObject({ workEffort: zone(3, 3), recoveryEffort: zone(1, 3) });
  });

  it('shows each day of the week with its sessions and the week total', () => {
    render(<Harness onChange={() => undefined} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(7);
    expect(screen.getByTestId('plan-total').textContent).toBe('1 h 30 min');
    const tuesday = screen.getByRole('listitem', { name: 'Tue 8 Dec' });
    expect(within(tuesday).getByDisplayValue('Threshold')).toBeTruthy();
  });

  it('moves a session to another day with its Day menu, keeping its intervals', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const tuesday = screen.getByRole('listitem', { name: 'Tue 8 Dec' });
    await userEvent.selectOptions(within(tuesday).getByLabelText('Day'), '2026-12-12');
    const last = onChange.mock.calls.at(-1)![0] as DraftSession[];
    const moved = last.find((s) => s.purpose === 'Threshold')!;
    expect(moved.date).toBe('2026-12-12');
    expect(
      within(screen.getByRole('listitem', { name: 'Sat 12 Dec' })).getByDisplayValue('Threshold'),
    ).toBeTruthy();
    expect(toInput(last).find((s) => s.purpose === 'Threshold')!.intervals).toMatchObject({
      repeats: 3,
      workSeconds: 600,
    });
  });

  it('moves a session by dragging it onto another day', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const card = within(screen.getByRole('listitem', { name: 'Thu 10 Dec' })).getByTestId('edit-session');
    const monday = screen.getByRole('listitem', { name: 'Mon 7 Dec' });
    const dataTransfer = { setData: vi.fn(), getData: vi.fn() };
    fireEvent.dragStart(card, { dataTransfer });
    fireEvent.dragOver(monday, { dataTransfer });
    fireEvent.drop(monday, { dataTransfer });
    const last = onChange.mock.calls.at(-1)![0] as DraftSession[];
    expect(last.find((s) => s.purpose === 'Easy')!.date).toBe('2026-12-07');
  });

  it('shows a cross-training session by its sport and lets the coach set it; other kinds are saved without one', async () => {
    const ride = {
      ...published[1],
      id: 'c',
      date: '2026-12-09',
      dayOfWeek: 3,
      kind: 'CROSS_TRAINING' as const,
      minutes: 75,
      purpose: 'Tempo',
      sport: 'BIKE' as const,
    };
    const onChange = vi.fn();
    render(<Harness onChange={onChange} initial={[...published, ride]} />);
    const wednesday = screen.getByRole('listitem', { name: 'Wed 9 Dec' });
    const thursday = screen.getByRole('listitem', { name: 'Thu 10 Dec' });
    expect(within(wednesday).getByTestId('edit-session').querySelector('legend')!.textContent).toBe('Ride');
    expect(within(screen.getByRole('listitem', { name: 'Tue 8 Dec' })).queryByLabelText('Sport')).toBeNull();
    await userEvent.selectOptions(within(wednesday).getByLabelText('Sport'), 'SWIM');
    expect(within(wednesday).getByTestId('edit-session').querySelector('legend')!.textContent).toBe('Swim');
    // a run made cross-training: its sport is not said until the coach picks one
    await userEvent.selectOptions(within(thursday).getByLabelText('Kind'), 'CROSS_TRAINING');
    expect((within(thursday).getByLabelText('Sport') as HTMLSelectElement).value).toBe('');
    await userEvent.selectOptions(within(thursday).getByLabelText('Sport'), 'BIKE');
    const sports = () =>
      toInput(onChange.mock.calls.at(-1)![0] as DraftSession[]).map((s) => [s.date, s.kind, s.sport]);
    expect(sports()).toEqual([
      ['2026-12-08', 'RUN', null],
      ['2026-12-10', 'CROSS_TRAINING', 'BIKE'],
      ['2026-12-09', 'CROSS_TRAINING', 'SWIM'],
    ]);
    // made a run again: the sport it had is not sent (the API refuses a sport on a run)
    await userEvent.selectOptions(within(thursday).getByLabelText('Kind'), 'RUN');
    expect(within(thursday).queryByLabelText('Sport')).toBeNull();
    expect(sports()[1]).toEqual(['2026-12-10', 'RUN', null]);
  });

  it('saves a key session made a rest day as a rest day: no key flag, no intervals, no Key session box', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const tuesday = screen.getByRole('listitem', { name: 'Tue 8 Dec' });
    expect((within(tuesday).getByLabelText('Key session') as HTMLInputElement).checked).toBe(true);
    await userEvent.selectOptions(within(tuesday).getByLabelText('Kind'), 'REST');
    expect(within(tuesday).queryByLabelText('Key session')).toBeNull();
    const input = toInput(onChange.mock.calls.at(-1)![0] as DraftSession[]);
    expect(input.find((s) => s.date === '2026-12-08')).toMatchObject({
      kind: 'REST',
      minutes: 0,
      key: false,
      intervals: null,
    });
  });

  it('edits minutes (clamped to 0–600), adds and removes sessions; a rest day is saved as 0 minutes', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const thursday = screen.getByRole('listitem', { name: 'Thu 10 Dec' });
    const minutes = within(thursday).getByLabelText('Minutes');
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '9999');
    expect(screen.getByTestId('plan-total').textContent).toBe('10 h 50 min'); // 600 + 50
    await userEvent.click(
      within(screen.getByRole('listitem', { name: 'Sun 13 Dec' })).getByRole('button', {
        name: /Add session/,
      }),
    );
    await userEvent.selectOptions(within(thursday).getByLabelText('Kind'), 'REST');
    await userEvent.click(
      within(screen.getByRole('listitem', { name: 'Tue 8 Dec' })).getByRole('button', { name: 'Remove' }),
    );
    const input = toInput(onChange.mock.calls.at(-1)![0] as DraftSession[]);
    expect(input.map((s) => [s.date, s.kind, s.minutes])).toEqual([
      ['2026-12-10', 'REST', 0],
      ['2026-12-13', 'RUN', 30],
    ]);
  });
});
