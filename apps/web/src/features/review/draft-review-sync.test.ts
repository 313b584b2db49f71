import { describe, expect, it } from 'vitest';
import { draftReviewState } from './draft-review-sync';

describe('draftReviewState', () => {
  const saved = (regeneration: 'GENERATED' | 'KEPT_DONE' | 'QUEUED' | null) => ({
    regeneration,
    updatedAt: '2026-12-06T10:00:00.500Z',
  });

  it('should say nothing before a save, or when no review reads the draft', () => {
    expect(draftReviewState(null, '2026-12-06T09:00:00.000Z', false)).toBeNull();
    expect(draftReviewState(saved(null), '2026-12-06T09:00:00.000Z', false)).toBeNull();
  });

  it('should pass GENERATED and KEPT_DONE through, whatever the review’s age', () => {
    expect(draftReviewState(saved('GENERATED'), '2026-12-06T09:00:00.000Z', false)).toBe('GENERATED');
    expect(draftReviewState(saved('KEPT_DONE'), '2026-12-06T09:00:00.000Z', true)).toBe('KEPT_DONE');
  });

  it('should be REFRESHING while the review is older than the draft, REFRESHED once it is not', () => {
    expect(draftReviewState(saved('QUEUED'), '2026-12-06T10:00:00.499Z', false)).toBe('REFRESHING');
    expect(draftReviewState(saved('QUEUED'), undefined, false)).toBe('REFRESHING');
    expect(draftReviewState(saved('QUEUED'), '2026-12-06T10:00:00.500Z', false)).toBe('REFRESHED');
    expect(draftReviewState(saved('QUEUED'), '2026-12-06T10:00:01.700Z', true)).toBe('REFRESHED');
  });

  it('should be STILL_REFRESHING once the screen gave up waiting for an older review', () => {
    expect(draftReviewState(saved('QUEUED'), '2026-12-06T10:00:00.000Z', true)).toBe('STILL_REFRESHING');
  });
});
