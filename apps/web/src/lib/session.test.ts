import { describe, expect, it } from 'vitest';
import { sessionStore } from './session';

describe('signing out', () => {
  it("forgets what this tab kept of the person's typing (the intake's draft), not other sites' keys", () => {
    sessionStorage.setItem('coachline.intake-draft.u1', '{"injuries":"left knee"}');
    sessionStorage.setItem('other-app', 'kept');
    sessionStore.clear();
    expect(sessionStorage.getItem('coachline.intake-draft.u1')).toBeNull();
    expect(sessionStorage.getItem('other-app')).toBe('kept');
  });
});
