import { describe, expect, it } from 'vitest';
import { evidenceLabel, evidenceValue, readableEvidence } from './evidence';

describe('component evidence in words', () => {
  it('labels the engine keys', () => {
    expect(evidenceLabel('acwr')).toBe('ACWR');
    expect(evidenceLabel('rampPct')).toBe('Ramp');
    expect(evidenceLabel('tsbToCtl')).toBe('Form to fitness (TSB/CTL)');
    expect(evidenceLabel('someNewKey')).toBe('Some new key');
  });

  it('puts enum values and lists in words, with spaces to wrap on', () => {
    expect(evidenceValue('suggestions', 'MISSED_SESSIONS_PATTERN,BACKWARD_DESIGN_WARNING')).toBe(
      'Missed sessions pattern, Backward design warning',
    );
    expect(evidenceValue('hrvStatus', 'WITHIN_BAND')).toBe('Within band');
    expect(evidenceValue('decision', 'BUILD')).toBe('Build');
    expect(evidenceValue('rampPct', '12.5')).toBe('12.5 %');
    expect(evidenceValue('acwr', '1.12')).toBe('1.12');
    expect(evidenceValue('effortAbovePlan', 'true')).toBe('Yes');
    expect(evidenceValue('nextARace', '2027-04-12')).toBe('2027-04-12');
  });

  it('leaves out what says nothing: no value, enough data', () => {
    const out = readableEvidence([
      { key: 'daysSinceContact', value: 'null' },
      { key: 'insufficientData', value: 'false' },
      { key: 'suggestions', value: 'MISSED_SESSIONS_PATTERN' },
    ]);
    expect(out).toEqual([{ key: 'suggestions', label: 'Suggestions', value: 'Missed sessions pattern' }]);
    expect(readableEvidence([{ key: 'insufficientData', value: 'true' }])[0].value).toBe('Too little yet');
  });
});

describe('evidence values that are short codes or hold acronyms', () => {
  it('puts every readiness colour in words, RED as GREEN and AMBER are', () => {
    expect(evidenceValue('wellnessStatus', 'GREEN')).toBe('Green');
    expect(evidenceValue('wellnessStatus', 'RED')).toBe('Red');
    expect(evidenceValue('suggestions', 'HRV_ABOVE_BAND,HRV_NOTE')).toBe('HRV above band, HRV note');
    expect(evidenceValue('phase', 'PRE_COMPETITION')).toBe('Pre-competition');
  });
});
