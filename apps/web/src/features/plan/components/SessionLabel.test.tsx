import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeSession, SessionLabel, type PlannedSession } from './SessionLabel';

const cross = (sport: PlannedSession['sport']): PlannedSession => ({
  id: `x-${sport}`,
  date: '2026-12-09',
  dayOfWeek: 2,
  kind: 'CROSS_TRAINING',
  minutes: 75,
  key: true,
  purpose: 'Tempo 3 × 12 min',
  effort: { type: 'RPE', value: 6, scale: null },
  intervals: null,
  sport,
});

describe('SessionLabel', () => {
  it('names a cross-training session by its sport when the plan gives one, and as cross-training when not', () => {
    expect(describeSession(cross('BIKE'))).toMatch(/^Ride · /);
    expect(describeSession(cross('SWIM'))).toMatch(/^Swim · /);
    expect(describeSession(cross('OTHER'))).toMatch(/^Cross-training · /);
    expect(describeSession(cross(null))).toMatch(/^Cross-training · /);
    // a sport on another kind (never stored so) does not rename it
    expect(describeSession({ ...cross('BIKE'), kind: 'RUN' })).toMatch(/^Run · /);
  });

  it('says which zone model a zone is of when the plan gives it', () => {
    const run = (value: number, scale: number | null): PlannedSession => ({
      ...cross(null),
      kind: 'RUN',
      minutes: 50,
      effort: { type: 'ZONE', value, scale },
    });
    expect(describeSession(run(2, 5))).toBe('Run · 50 min · Zone 2 of 5');
    expect(describeSession(run(2, 3))).toBe('Run · 50 min · Zone 2 of 3');
    expect(describeSession(run(2, null))).toBe('Run · 50 min · Zone 2');
    const intervals = {
      repeats: 4,
      workSeconds: 480,
      recoverySeconds: 120,
      workEffort: { type: 'ZONE' as const, value: 3, scale: 3 },
      recoveryEffort: { type: 'ZONE' as const, value: 1, scale: 3 },
    };
    expect(describeSession({ ...run(2, 3), intervals })).toBe(
      'Run · 50 min · Zone 2 of 3 · 4 × 8 min at Zone 3 of 3, 2 min easy',
    );
  });

  it('shows the ride in the week view with its purpose', () => {
    render(<SessionLabel session={cross('BIKE')} />);
    expect(screen.getByText(/^Ride · .* · RPE 6$/)).toBeTruthy();
    expect(screen.getByText('Tempo 3 × 12 min')).toBeTruthy();
  });
});
