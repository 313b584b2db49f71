import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeSteps, engineChanges, toEnginePlan } from '../preview';
import { change, session } from '../preview.fixtures';
import { SuggestionCard, describeChange } from './SuggestionCard';

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

  it('should name the session a volume change scales and give its real minutes, not its nominal percent', () => {
    const [step] = changeSteps(plan, engineChanges(plan, [hold]));
    expect(step.effect).toEqual({
      days: [5],
      sessions: 1,
      before: 110,
      after: 80,
      items: [{ id: 'sat', before: 110, after: 80 }],
    });
    const text = describeChange(hold, step, plan);
    expect(text).toBe("Shorten Saturday's easy run: 110 → 80 min (-27 %)");
    expect(text).not.toContain("week's volume");
  });

  it('should give each change its effect on the plan the earlier changes left (athlete11: cuts and growth)', () => {
    const changes = [
      change({ type: 'SCALE_VOLUME', percent: -42, sessionIds: ['wed'], expectedTotalMinutes: 545 }),
      change({ type: 'SCALE_VOLUME', percent: 20, sessionIds: ['tue', 'thu'], expectedTotalMinutes: 485 }),
    ];
    const steps = changeSteps(plan, engineChanges(plan, changes));
    expect(steps.map((s, i) => describeChange(changes[i], s, plan))).toEqual([
      "Shorten Wednesday's easy run: 110 → 60 min (-45 %)",
      "Lengthen Tuesday's easy run (95 → 115 min) and Thursday's easy run (80 → 95 min): 175 → 210 min in all (+20 %)",
    ]);
  });

  it('should never call a change limited to some sessions the week’s volume when the plan is not at hand', () => {
    expect(describeChange(hold)).toBe('Scale one session by about -28 %, rounded to 5 min');
    expect(describeChange(change({ type: 'SCALE_VOLUME', percent: -68, days: [1] }))).toBe(
      'Scale the sessions on Tue each by about -68 %, rounded to 5 min',
    );
  });
});

describe('describeChange names the session a change acts on (the coach read "Drop the session" three times)', () => {
  // Jonas (athlete04), the medical-check week: his hill repeats made easy, then dropped with two easy runs; his
  // long run made an easy run (no longer key), then cut to 30 min.
  const hills = {
    ...session('tue', 1, 90),
    purpose: 'Hill repeats: strong and tall uphill, easy jog down.',
    key: true,
  };
  const plan = toEnginePlan('2026-12-07', [
    session('mon', 0, 90),
    hills,
    session('thu', 3, 70),
    session('sun', 6, 150, true),
  ]);
  const changes = [
    change({
      type: 'REPLACE_INTENSITY',
      sessionId: 'tue',
      effort: { type: 'RPE', value: 3, scale: null },
      purpose: 'Easy run (down week: intensity kept light) instead of hill repeats',
      key: false,
    }),
    change({
      type: 'REPLACE_INTENSITY',
      sessionId: 'sun',
      effort: { type: 'ZONE', value: 2, scale: 5 },
      purpose: 'Easy run (short and easy until a doctor has given the all-clear: no long run yet)',
      key: false,
    }),
    change({ type: 'DROP_SESSION', sessionId: 'mon' }),
    change({ type: 'DROP_SESSION', sessionId: 'tue' }),
    change({ type: 'SCALE_VOLUME', percent: -80, sessionIds: ['sun'], expectedTotalMinutes: 220 }),
    change({ type: 'MOVE_SESSION', sessionId: 'thu', fromDay: 3, toDay: 4 }),
  ];

  it('should say which session each change drops, eases, shortens or moves, by the name the plan gives it', () => {
    const steps = changeSteps(plan, engineChanges(plan, changes));
    expect(changes.map((c, i) => describeChange(c, steps[i], plan))).toEqual([
      "Make Tuesday's hill repeats (90 min) an easy run at RPE 3, no longer a key session",
      "Make Sunday's long run (150 min) an easy run at Zone 2 of 5, no longer a key session",
      "Drop Monday's easy run (90 min)",
      "Drop Tuesday's hill repeats (90 min)",
      // Named as the coach's plan has it, not as the earlier change of the same suggestion left it.
      "Shorten Sunday's long run: 150 → 30 min (-80 %)",
      "Move Thursday's easy run (70 min) to Friday",
    ]);
  });

  it('should name the sessions of a change to the rest of this week from this week’s published plan', () => {
    const suggestion = {
      id: 'CURRENT_WEEK_RECOVERY:2026-11-30',
      kind: 'CURRENT_WEEK_RECOVERY',
      severity: 'URGENT',
      state: 'PROPOSED',
      rationale: 'Change it now, the days after today, 150 min → 30 min (-80 %).',
      athleteText: 'The rest of this week is lighter.',
      shared: false,
      basis: 'EVIDENCE',
      planWeekStart: '2026-11-30',
      changes: [
        changes[1],
        change({ type: 'SCALE_VOLUME', percent: -80, sessionIds: ['sun'], expectedTotalMinutes: 150 }),
      ],
    } as never;
    const thisWeek = toEnginePlan('2026-11-30', [session('sun', 6, 150, true)]);
    const { unmount } = render(
      <SuggestionCard
        suggestion={suggestion}
        basePlan={null}
        thisWeek
        thisWeekPlan={thisWeek}
        onApply={() => undefined}
        onDismiss={() => undefined}
      />,
    );
    expect(screen.getByText("Shorten Sunday's long run: 150 → 30 min (-80 %)")).toBeTruthy();
    expect(
      screen.getByText(
        "Make Sunday's long run (150 min) an easy run at Zone 2 of 5, no longer a key session",
      ),
    ).toBeTruthy();
    unmount();
    // Without the published plan at hand (still loading), the change is still described, by its figures.
    render(
      <SuggestionCard
        suggestion={suggestion}
        basePlan={null}
        thisWeek
        onApply={() => undefined}
        onDismiss={() => undefined}
      />,
    );
    expect(screen.getByText('Scale one session by about -80 %, rounded to 5 min')).toBeTruthy();
  });
});

describe('describeChange wording a coach reads as true of the plan', () => {
  const gym = {
    ...session('gym', 2, 45),
    kind: 'STRENGTH' as const,
    purpose: 'Gym: squats and lunges',
    key: true,
    effort: { type: 'RPE' as const, value: 8, scale: null },
  };
  const vo2 = { ...session('vo2', 1, 60), purpose: 'VO2max intervals: hard but even' };
  const plan = toEnginePlan('2026-12-07', [vo2, gym, session('sun', 6, 150, true)]);

  it('should not say "make the gym a gym": the same session at another effort says only what changes', () => {
    const c = change({
      type: 'REPLACE_INTENSITY',
      sessionId: 'gym',
      effort: { type: 'RPE', value: 6, scale: null },
      purpose: 'Gym: squats and lunges, lighter',
      key: false,
    });
    expect(describeChange(c, changeSteps(plan, engineChanges(plan, [c]))[0], plan)).toBe(
      "Wednesday's gym (45 min): at RPE 6, no longer a key session",
    );
  });

  it('should give a plural name no article, keep an initialism, and say the new intervals', () => {
    const c = change({
      type: 'REPLACE_INTENSITY',
      sessionId: 'vo2',
      effort: { type: 'RPE', value: 7, scale: null },
      purpose: 'Threshold intervals: comfortably hard',
      intervals: {
        repeats: 4,
        workSeconds: 300,
        recoverySeconds: 90,
        workEffort: { type: 'RPE', value: 7, scale: null },
        recoveryEffort: { type: 'RPE', value: 2, scale: null },
      },
    } as never);
    expect(describeChange(c, changeSteps(plan, engineChanges(plan, [c]))[0], plan)).toBe(
      "Make Tuesday's VO2max intervals (60 min) threshold intervals at RPE 7, 4 × 5 min",
    );
  });

  it('should give a dropped session the minutes it has when it is dropped, after the earlier changes', () => {
    const changes = [
      change({ type: 'SCALE_VOLUME', percent: -80, sessionIds: ['sun'], expectedTotalMinutes: 255 }),
      change({ type: 'DROP_SESSION', sessionId: 'sun' }),
    ];
    const steps = changeSteps(plan, engineChanges(plan, changes));
    expect(describeChange(changes[1], steps[1], plan)).toBe("Drop Sunday's long run (30 min)");
  });
});
