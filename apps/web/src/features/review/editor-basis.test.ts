import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/errors';
import type { DraftSession } from '../plan/components/PlanEditor';
import {
  changedText,
  draftReplaced,
  hasUnsavedEdits,
  isDraftConflict,
  weekOf,
  whoText,
  changeSummary,
  type EditorBasis,
} from './editor-basis';

const run = (uid: string, minutes: number): DraftSession => ({
  uid,
  date: '2026-12-07',
  kind: 'RUN',
  minutes,
  effort: { type: 'RPE', value: 3, scale: null },
  purpose: 'easy run',
  key: false,
  intervals: null,
  sport: null,
});
const basis = (sessions: DraftSession[], notes = ''): EditorBasis => ({
  athleteId: 'a',
  weekStart: '2026-12-07',
  key: 'p:2',
  revision: 2,
  planId: 'p',
  applied: ['LOAD_SPIKE_WARNING:2026-12-07'],
  sessions: weekOf(sessions),
  notes,
});

describe('hasUnsavedEdits', () => {
  it('should be false for the week as loaded (new uids, whitespace in the reasons), true for any change', () => {
    const b = basis([run('s1', 45)], 'Easy week');
    expect(hasUnsavedEdits(b, [run('s9', 45)], ' Easy week ')).toBe(false);
    expect(hasUnsavedEdits(b, [run('s1', 50)], 'Easy week')).toBe(true);
    expect(hasUnsavedEdits(b, [run('s1', 45)], 'Easy week, really')).toBe(true);
    expect(hasUnsavedEdits(b, [], 'Easy week')).toBe(true);
    expect(hasUnsavedEdits(null, [run('s1', 50)], '')).toBe(false);
  });
});

describe('isDraftConflict', () => {
  it('should be true for the refusals of a save on an older draft only', () => {
    for (const reason of ['PLAN_VERSION_CONFLICT', 'PLAN_DRAFT_EXISTS', 'PLAN_DRAFT_GONE'])
      expect(isDraftConflict(new ApiError('CONFLICT', reason, 'x'))).toBe(true);
    expect(isDraftConflict(new ApiError('CONFLICT', 'PLAN_NOT_DRAFT', 'x'))).toBe(false);
    expect(isDraftConflict(new Error('PLAN_VERSION_CONFLICT'))).toBe(false);
    expect(isDraftConflict(null)).toBe(false);
  });
});

describe('changedText', () => {
  const decided = [
    { id: 'LOAD_SPIKE_WARNING:2026-12-07', kind: 'LOAD_SPIKE_WARNING', state: 'APPLIED' },
    { id: 'AVAILABILITY_CONFLICT:2026-12-07', kind: 'AVAILABILITY_CONFLICT', state: 'EDITED_AND_APPLIED' },
    { id: 'BACKWARD_DESIGN:2026-12-07', kind: 'BACKWARD_DESIGN', state: 'DISMISSED' },
  ];
  it('should name the suggestions applied since the basis and the revisions', () => {
    expect(changedText(basis([]), { ...draftNow('p', 3), ...publishedNow(null, null) }, decided)).toBe(
      'applied “Availability conflict”; the draft is now revision 3, yours was 2',
    );
  });
  it('should say when a draft now exists, or the draft edited was published or is gone', () => {
    const none = { revision: null, applied: appliedAll(), planId: null };
    expect(changedText(none, { ...draftNow('q', 1), ...publishedNow(null, null) }, decided)).toBe(
      'the week now has a draft, revision 1',
    );
    expect(changedText(basis([]), { ...draftNow(null, null), ...publishedNow('p', 4) }, [])).toBe(
      'the draft you edited was published as version 4',
    );
    expect(changedText(basis([]), { ...draftNow(null, null), ...publishedNow(null, null) }, [])).toBe(
      'the draft you edited no longer exists',
    );
  });
  it("should not call the version published now the edited draft's when it was published again since", () => {
    expect(changedText(basis([]), { ...draftNow(null, null), ...publishedNow('r', 5) }, [])).toBe(
      'the draft you edited no longer exists',
    );
  });
  it('should say the week has a new draft (not "revision 1, yours was 2") when the edited one was published and the week drafted again', () => {
    expect(changedText(basis([]), { ...draftNow('q', 2), ...publishedNow('p', 4) }, [])).toBe(
      'the draft you edited was published as version 4, and the week now has a new draft, revision 2',
    );
    expect(changedText(basis([]), { ...draftNow('q', 1), ...publishedNow('r', 5) }, [])).toBe(
      'the draft you edited no longer exists, and the week now has a new draft, revision 1',
    );
  });
  const draftNow = (draftId: string | null, draftRevision: number | null) => ({ draftId, draftRevision });
  const publishedNow = (publishedId: string | null, publishedVersion: number | null) => ({
    publishedId,
    publishedVersion,
  });
  const appliedAll = () => decided.map((d) => d.id);
});

describe('draftReplaced', () => {
  it('should be true only when the week has a draft other than the one the edits started from', () => {
    expect(draftReplaced(basis([]), { id: 'q' })).toBe(true);
    expect(draftReplaced(basis([]), { id: 'p' })).toBe(false);
    // No draft now (published): the API refuses the save itself (PLAN_DRAFT_GONE).
    expect(draftReplaced(basis([]), null)).toBe(false);
    // Edits started from no draft: the API refuses a save over one that exists now (PLAN_DRAFT_EXISTS).
    expect(draftReplaced({ planId: null }, { id: 'q' })).toBe(false);
    expect(draftReplaced(null, { id: 'q' })).toBe(false);
  });
});

describe('whoText', () => {
  const coaches = [{ userId: 'u-a', name: 'Anna Berg' }];
  it('should name the coach and the write from the push, or the coach themselves in another tab', () => {
    expect(whoText({ by: 'u-a', what: 'DRAFT_SAVED' }, 'u-b', coaches)).toBe('Anna Berg saved the draft');
    expect(whoText({ by: 'u-b', what: 'APPLIED' }, 'u-b', coaches)).toBe('you applied a suggestion');
  });
  it('should say nothing it cannot tell: no push, a coach not (yet) known, a push about no write to the plan', () => {
    expect(whoText(null, 'u-b', coaches)).toBeNull();
    expect(whoText({ by: 'u-c', what: 'APPLIED' }, 'u-b', coaches)).toBeNull();
    expect(whoText({ by: 'u-a', what: 'DISMISSED' }, 'u-b', coaches)).toBeNull();
  });
});

describe('changeSummary', () => {
  it('should name the suggestion applied rather than "a suggestion", and join the rest', () => {
    expect(
      changeSummary(
        'Anna Berg applied a suggestion',
        'applied “Load spike warning”; the draft is now revision 3, yours was 2',
      ),
    ).toBe('Anna Berg applied “Load spike warning”; the draft is now revision 3, yours was 2');
    expect(changeSummary('Anna Berg saved the draft', 'the draft is now revision 3, yours was 2')).toBe(
      'Anna Berg saved the draft; the draft is now revision 3, yours was 2',
    );
    expect(changeSummary(null, 'the draft is now revision 3, yours was 2')).toBe(
      'the draft is now revision 3, yours was 2',
    );
    expect(changeSummary(null, '')).toBe('');
  });
});
