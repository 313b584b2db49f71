/**
 * A re-entry hold's rule in words says what `reentryGap` tests: 7 days or more with no session logged and nothing
 * on record to explain it, with no check-in or message for the last 5 days or more (coach read of the demo club, next
 * Monday `--now 2026-12-14T09:00:00Z`: Aroha, who checked in 6 days before, read "our rule: 7 days or more with no
 * session logged and no word from the athlete", where the hold's own reason says there has been no contact for 6
 * days, not 8).
 *
 * Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import { demoInput } from './factories/demo-fixtures';

describe('the re-entry rule in words (demo club, Aroha next Monday)', () => {
  it('should say what the rule tests, not that there was no word from an athlete who checked in', () => {
    const r = reviewAthlete(demoInput('athlete07NextMonday'));
    const hold = r.suggestions.find((s) => s.kind === 'CAUTIOUS_HOLD');
    expect(hold?.rationale).toContain('there has been no contact for 6 days');
    expect(hold?.rationale).toContain('no session has been logged since 2026-12-06 (8 days)');
    expect(hold?.rationale).not.toContain('no word from the athlete');
    expect(hold?.rationale).toContain(
      '(our rule: 7 days or more with no session logged and no illness or event on record to explain it, and no check-in or message for the last 5 days or more)',
    );
  });
});
