/**
 * A session is named by its own words, not by the week its purpose puts first (demo read, coach1's athletes 05, 09,
 * 17, 19): the demo's "Down week: light fartlek, keep it playful." had read "Tuesday's down week" in the coach's and
 * the athlete's texts ("Tuesday's down week keeps 8 × 1′ of its 8 × 1′ work", "You run Tuesday's down week as an
 * easy run"). Written, and seen to fail, before the engine was changed.
 */
import { athleteText } from '../src/suggestions/athlete-text';
import { purposeName, sessionPurpose } from '../src/suggestions/format';
import type { WeekPlan } from '../src/types';

const FARTLEK = 'Down week: light fartlek, keep it playful. Absorb the last block.';

describe('a purpose headed by its week names the session by what follows', () => {
  it('should call the down week’s fartlek a light fartlek, and leave other purposes as they are', () => {
    expect(purposeName(FARTLEK)).toBe('light fartlek');
    expect(purposeName('Hill repeats: strong and tall uphill, easy jog down.')).toBe('hill repeats');
    expect(purposeName('Easy run (down week: intensity kept light)')).toBe('easy run');
    expect(sessionPurpose('Taper: 3 × 5 min at race effort')).toBe('3 × 5 min at race effort');
    // A week head with nothing after it stays what it was.
    expect(purposeName('Down week:')).toBe('down week');
  });

  it('should name it so in the athlete’s text', () => {
    const plan: WeekPlan = {
      weekStart: '2026-12-07',
      sessions: [
        {
          id: 'f',
          day: 1,
          kind: 'RUN',
          minutes: 45,
          effort: { type: 'RPE', value: 6 },
          purpose: FARTLEK,
        },
        { id: 'e', day: 2, kind: 'RUN', minutes: 30, effort: { type: 'RPE', value: 3 }, purpose: 'Easy run' },
      ],
    };
    const t = athleteText({
      kind: 'SCHEDULED_DOWN_WEEK',
      rationale: '',
      evidence: {},
      changes: [{ type: 'DROP_SESSION', sessionId: 'f' }],
      plan,
    });
    expect(t).toContain("Tuesday's light fartlek");
    expect(t).not.toContain('down week');
  });
});
