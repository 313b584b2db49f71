import type { DetectedContext } from '../context.types';
import { evaluateCorpus, type Detector } from './corpus-evaluator';
import type { CorpusMessage } from './messages.corpus';

function found(kind: DetectedContext['kind'], startDate: string, endDate: string | null, fromText = true) {
  return {
    kind,
    eventKind: kind,
    subject: 'SELF',
    startDate,
    endDate,
    endDateUnknown: endDate === null,
    datesFromText: fromText,
    confidence: 0.9,
    evidence: '',
    span: { start: 0, end: 0 },
  } as DetectedContext;
}

describe('evaluateCorpus date metrics', () => {
  const corpus: CorpusMessage[] = [
    // right start, right end
    {
      id: 'a',
      text: 'a',
      referenceDate: '2026-12-03',
      kinds: ['TRAVEL'],
      details: [{ kind: 'TRAVEL', startDate: '2026-12-04', endDate: '2026-12-06' }],
    },
    // right start, invented end for an open condition
    {
      id: 'b',
      text: 'b',
      referenceDate: '2026-12-03',
      kinds: ['ILLNESS'],
      details: [{ kind: 'ILLNESS', startDate: '2026-12-02', endDate: null }],
    },
    // kind missed: its dates count as wrong end to end, not when found
    {
      id: 'c',
      text: 'c',
      referenceDate: '2026-12-03',
      kinds: ['INJURY'],
      details: [{ kind: 'INJURY', startDate: '2026-11-29', endDate: null }],
    },
    // open end kept, defaulted (not from text) wrong start
    {
      id: 'd',
      text: 'd',
      referenceDate: '2026-12-03',
      kinds: ['FAMILY'],
      details: [{ kind: 'FAMILY', startDate: '2026-12-01', endDate: null }],
    },
  ];
  const answers: Record<string, DetectedContext[]> = {
    a: [found('TRAVEL', '2026-12-04', '2026-12-06')],
    b: [found('ILLNESS', '2026-12-02', '2026-12-03')],
    c: [],
    d: [found('FAMILY', '2026-12-03', null, false)],
  };
  const detector: Detector = (text) => answers[text];
  const { dates } = evaluateCorpus(corpus, detector);

  it('should count a missed kind as a wrong date overall but not among found events', () => {
    expect(dates.start).toMatchObject({ labelled: 4, detected: 3, correct: 2, accuracy: 0.5 });
    expect(dates.start.accuracyWhenDetected).toBeCloseTo(2 / 3);
    expect(dates.end).toMatchObject({ labelled: 4, detected: 3, correct: 2, accuracy: 0.5 });
  });

  it('should measure the precision of asserted starts (from text) and given ends', () => {
    expect([dates.start.asserted, dates.start.assertedCorrect]).toEqual([2, 2]);
    expect([dates.end.asserted, dates.end.assertedCorrect, dates.end.precision]).toEqual([2, 1, 0.5]);
  });

  it('should count open ends kept and invented, and both dates right together', () => {
    expect(dates.openEnd).toEqual({ labelled: 3, keptOpen: 1, invented: 1 });
    expect(dates.both).toEqual({ labelled: 4, correct: 1, accuracy: 0.25 });
  });
});
