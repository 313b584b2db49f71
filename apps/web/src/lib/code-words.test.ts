import { describe, expect, it } from 'vitest';
import { codeWords } from './code-words';

describe('engine codes in words', () => {
  it('keeps acronyms in capitals and hyphenates pre-competition', () => {
    expect(codeWords('HRV_ABOVE_BAND')).toBe('HRV above band');
    expect(codeWords('HRV_NOTE')).toBe('HRV note');
    expect(codeWords('HRV_NOTE', { capital: false })).toBe('HRV note');
    expect(codeWords('RECOVERY_DOWN_WEEK')).toBe('Recovery down week');
    expect(codeWords('RECOVERY_DOWN_WEEK', { capital: false })).toBe('recovery down week');
    expect(codeWords('PRE_COMPETITION')).toBe('Pre-competition');
    expect(codeWords('RED')).toBe('Red');
  });
});
