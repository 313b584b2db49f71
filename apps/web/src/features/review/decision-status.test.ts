import { describe, expect, it } from 'vitest';
import { undoneText } from './decision-status';

describe('the status line after an undo', () => {
  it('says the suggestion is back, else that the engine no longer proposes it, without blaming the plan', () => {
    expect(undoneText({ kind: 'LOAD_SPIKE_WARNING', back: true })).toBe(
      'Undone: Load spike warning is undecided again, back among the suggestions.',
    );
    // The engine may stop proposing it for new data (a check-in, a clearance), not only for the plan.
    const gone = undoneText({ kind: 'LOAD_SPIKE_WARNING', back: false });
    expect(gone).toBe('Undone. With what it knows now, the engine no longer proposes load spike warning.');
    expect(gone).not.toMatch(/plan/);
  });
});
