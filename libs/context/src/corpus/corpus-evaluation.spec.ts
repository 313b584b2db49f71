import { DETECTED_KINDS } from '../context.types';
import { evaluateCorpus, formatEvaluationTable } from './corpus-evaluator';
import { HOLDOUT_CORPUS } from './holdout.corpus';
import { MESSAGE_CORPUS } from './messages.corpus';

describe(evaluateCorpus.name, () => {
  const evaluation = evaluateCorpus(MESSAGE_CORPUS);
  const metrics = (kind: string) => evaluation.perKind.find((k) => k.kind === kind)!;

  beforeAll(() => {
    console.log(formatEvaluationTable(evaluation));
  });

  it('should have at least 150 messages with positives for every kind and plenty of negatives when the corpus loads', () => {
    expect(MESSAGE_CORPUS.length).toBeGreaterThanOrEqual(150);
    for (const kind of DETECTED_KINDS) expect(metrics(kind).support).toBeGreaterThanOrEqual(8);
    expect(MESSAGE_CORPUS.filter((m) => m.kinds.length === 0).length).toBeGreaterThanOrEqual(40);
    expect(new Set(MESSAGE_CORPUS.map((m) => m.id)).size).toBe(MESSAGE_CORPUS.length);
  });

  it.each(['ILLNESS', 'TRAVEL'])('should reach precision 0.9 and recall 0.8 when detecting %s', (kind) => {
    expect(metrics(kind).precision).toBeGreaterThanOrEqual(0.9);
    expect(metrics(kind).recall).toBeGreaterThanOrEqual(0.8);
  });

  it.each(['INJURY', 'VACATION', 'FAMILY', 'WORK_STRESS', 'POOR_SLEEP', 'FATIGUE'])(
    'should reach precision 0.85 and recall 0.8 when detecting %s',
    (kind) => {
      expect(metrics(kind).precision).toBeGreaterThanOrEqual(0.85);
      expect(metrics(kind).recall).toBeGreaterThanOrEqual(0.8);
    },
  );

  it('should get at least 90 % of labelled subjects, severities and dates right when the kind is detected', () => {
    for (const field of Object.values(evaluation.detailAccuracy)) {
      expect(field.checked).toBeGreaterThan(0);
      expect(field.correct / field.checked).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('should keep overall precision on the held-out messages at 0.8 or more when evaluating them', () => {
    const holdout = evaluateCorpus(HOLDOUT_CORPUS);
    console.log(`held-out set (not used for tuning):\n${formatEvaluationTable(holdout)}`);
    const tp = holdout.perKind.reduce((s, k) => s + k.truePositives, 0);
    const fp = holdout.perKind.reduce((s, k) => s + k.falsePositives, 0);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.8);
  });
});
