import { describe, expect, it } from 'vitest';
import { changeEffects, engineChanges, toEnginePlan } from '../preview';
import { change, session } from '../preview.fixtures';
import { describeChange } from './SuggestionCard';

describe('describeChange (issue #11: the figure a coach sees is the applied plan’s)', () => {
  // athlete02's hold: one SCALE_VOLUME of -28 % limited to Saturday's 110-min easy run, which the engine's
  // rounding takes to 75 min (-32 %); the week goes 545 → 510 min (-6 %), not -28 %.
  const plan = toEnginePlan('2026-12-07', [
    session('tue', 1, 95),
    session('wed', 2, 110),
    session('thu', 3, 80),
    session('sat', 5, 110),
    session('sun', 6, 150, true),
  ]);
  const hold = change({ type: 'SCALE_VOLUME', percent: -28, sessionIds: ['sat'], expectedTotalMinutes: 545 });

  it('should say the sessions a volume change scales and their real minutes, not its nominal percent', () => {
    const [effect] = changeEffects(plan, engineChanges(plan, [hold]));
    expect(effect).toEqual({ days: [5], sessions: 1, before: 110, after: 80 });
    const text = describeChange(hold, effect);
    expect(text).toBe('Shorten the session on Sat: 110 → 80 min (-27 %)');
    expect(text).not.toContain("week's volume");
  });

  it('should give each change its effect on the plan the earlier changes left (athlete11: cuts and growth)', () => {
    const changes = [
      change({ type: 'SCALE_VOLUME', percent: -42, sessionIds: ['wed'], expectedTotalMinutes: 545 }),
      change({ type: 'SCALE_VOLUME', percent: 20, sessionIds: ['tue', 'thu'], expectedTotalMinutes: 485 }),
    ];
    const effects = changeEffects(plan, engineChanges(plan, changes));
    expect(effects.map((e, i) => describeChange(changes[i], e))).toEqual([
      'Shorten the session on Wed: 110 → 60 min (-45 %)',
      'Lengthen 2 sessions on Tue, Thu: 175 → 210 min (+20 %)',
    ]);
  });

  it('should never call a change limited to some sessions the week’s volume when the plan is not at hand', () => {
    expect(describeChange(hold)).toBe('Scale one session by about -28 % each, rounded to 5 min');
    expect(describeChange(change({ type: 'SCALE_VOLUME', percent: -68, days: [1] }))).toBe(
      'Scale the sessions on Tue by about -68 % each, rounded to 5 min',
    );
  });
});
