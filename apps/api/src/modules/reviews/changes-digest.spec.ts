import { changesDigestOf } from './changes-digest';

describe('changesDigestOf', () => {
  const trim = {
    planWeekStart: '2026-11-30',
    rationale: 'This week is on its first day…',
    changes: [{ type: 'SCALE_VOLUME', percent: -15, sessionIds: ['s3', 's4'], expectedTotalMinutes: 300 }],
  };

  it('is the same for the same changes, whatever the key order (jsonb) or the words', () => {
    const reordered = {
      rationale: 'This week is on its Tuesday, nothing of it logged so far…',
      changes: [{ expectedTotalMinutes: 300, sessionIds: ['s3', 's4'], percent: -15, type: 'SCALE_VOLUME' }],
      planWeekStart: '2026-11-30',
    };
    expect(changesDigestOf(trim)).toMatch(/^[0-9a-f]{16}$/);
    expect(changesDigestOf(reordered)).toBe(changesDigestOf(trim));
  });

  it('differs when what applying it does differs: another change, another week', () => {
    const other = { ...trim, changes: [{ ...trim.changes[0], sessionIds: ['s4'] }] };
    expect(changesDigestOf(other)).not.toBe(changesDigestOf(trim));
    expect(changesDigestOf({ ...trim, planWeekStart: '2026-12-07' })).not.toBe(changesDigestOf(trim));
  });
});
