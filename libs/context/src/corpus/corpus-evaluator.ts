import { detectContext } from '../context-detector';
import type { DetectContextOptions, DetectedContext, DetectedKind } from '../context.types';
import { DETECTED_KINDS } from '../context.types';
import { type CorpusExpectation, type CorpusMessage, MESSAGE_CORPUS } from './messages.corpus';

export interface KindMetrics {
  kind: DetectedKind;
  /** Messages labelled with this kind. */
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** 1 when nothing was predicted (no false alarms possible). */
  precision: number;
  /** 1 when nothing was expected. */
  recall: number;
  f1: number;
}

export interface CorpusMiss {
  id: string;
  text: string;
  kind: DetectedKind;
  type: 'FALSE_POSITIVE' | 'FALSE_NEGATIVE';
  evidence?: string;
}

export interface DetailCheck {
  id: string;
  kind: DetectedKind;
  field: 'subject' | 'severity' | 'startDate' | 'endDate';
  expected: unknown;
  actual: unknown;
  ok: boolean;
}

/** How well one date field (start or end) is resolved over every expectation that labels it. */
export interface DateFieldMetrics {
  /** Expectations that label this field (null included for an end). */
  labelled: number;
  /** Of those, how many had their kind detected. */
  detected: number;
  /** Detected with exactly the labelled value. */
  correct: number;
  /** correct / labelled: a missed kind counts as a wrong date (the coach gets no proposal at all). */
  accuracy: number;
  /** correct / detected: the date given that the kind was found. */
  accuracyWhenDetected: number;
  /**
   * Precision of the dates the detector asserts: for a start, starts taken from the message's words
   * (datesFromText); for an end, non-null ends. asserted / right among them / ratio.
   */
  asserted: number;
  assertedCorrect: number;
  precision: number;
}

export interface DateMetrics {
  start: DateFieldMetrics;
  end: DateFieldMetrics;
  /** Expectations labelling an open end (null): how many the detector kept open instead of inventing one. */
  openEnd: { labelled: number; keptOpen: number; invented: number };
  /** Expectations labelling both a start and an end: both right at once (a missed kind counts as wrong). */
  both: { labelled: number; correct: number; accuracy: number };
}

export interface CorpusEvaluation {
  messages: number;
  perKind: KindMetrics[];
  /** Message-level: every expected kind found and nothing else. */
  exactMatchRate: number;
  misses: CorpusMiss[];
  details: DetailCheck[];
  detailAccuracy: Record<DetailCheck['field'], { checked: number; correct: number }>;
  /** Start and end dates scored over every labelled expectation, found or not. */
  dates: DateMetrics;
}

export type Detector = (text: string, options: DetectContextOptions) => DetectedContext[];

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

/** Runs the detector over a labelled corpus and computes per-kind precision and recall (message level). */
export function evaluateCorpus(
  corpus: CorpusMessage[] = MESSAGE_CORPUS,
  detector: Detector = detectContext,
): CorpusEvaluation {
  const counts = new Map(DETECTED_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, support: 0 }]));
  const misses: CorpusMiss[] = [];
  const details: DetailCheck[] = [];
  let exact = 0;
  const date = {
    start: { labelled: 0, detected: 0, correct: 0, asserted: 0, assertedCorrect: 0 },
    end: { labelled: 0, detected: 0, correct: 0, asserted: 0, assertedCorrect: 0 },
    open: { labelled: 0, keptOpen: 0, invented: 0 },
    both: { labelled: 0, correct: 0 },
  };
  for (const message of corpus) {
    const detections = detector(message.text, {
      referenceDate: message.referenceDate,
      timezone: message.timezone,
      localTime: message.localTime,
    });
    const predicted = new Set(detections.map((d) => d.kind));
    const expected = new Set(message.kinds);
    let allRight = true;
    for (const kind of DETECTED_KINDS) {
      const c = counts.get(kind)!;
      const p = predicted.has(kind);
      const e = expected.has(kind);
      if (e) c.support += 1;
      if (p && e) c.tp += 1;
      if (p && !e) {
        c.fp += 1;
        allRight = false;
        misses.push({
          id: message.id,
          text: message.text,
          kind,
          type: 'FALSE_POSITIVE',
          evidence: detections.find((d) => d.kind === kind)?.evidence,
        });
      }
      if (!p && e) {
        c.fn += 1;
        allRight = false;
        misses.push({ id: message.id, text: message.text, kind, type: 'FALSE_NEGATIVE' });
      }
    }
    if (allRight) exact += 1;
    for (const expectation of message.details ?? []) {
      const candidates = detections.filter((d) => d.kind === expectation.kind);
      const detection =
        candidates.find((d) => expectation.subject === undefined || d.subject === expectation.subject) ??
        candidates[0];
      scoreDates(date, expectation, detection);
      if (!detection) continue; // already counted as a false negative
      for (const field of ['subject', 'severity', 'startDate', 'endDate'] as const) {
        if (expectation[field] === undefined) continue;
        const actual = detection[field] ?? null;
        details.push({
          id: message.id,
          kind: expectation.kind,
          field,
          expected: expectation[field],
          actual,
          ok: actual === expectation[field],
        });
      }
    }
  }
  const perKind: KindMetrics[] = DETECTED_KINDS.map((kind) => {
    const c = counts.get(kind)!;
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    return {
      kind,
      support: c.support,
      truePositives: c.tp,
      falsePositives: c.fp,
      falseNegatives: c.fn,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    };
  });
  const detailAccuracy = {
    subject: { checked: 0, correct: 0 },
    severity: { checked: 0, correct: 0 },
    startDate: { checked: 0, correct: 0 },
    endDate: { checked: 0, correct: 0 },
  };
  for (const d of details) {
    detailAccuracy[d.field].checked += 1;
    if (d.ok) detailAccuracy[d.field].correct += 1;
  }
  const field = (f: (typeof date)['start']): DateFieldMetrics => ({
    ...f,
    accuracy: ratio(f.correct, f.labelled),
    accuracyWhenDetected: ratio(f.correct, f.detected),
    precision: ratio(f.assertedCorrect, f.asserted),
  });
  return {
    messages: corpus.length,
    perKind,
    exactMatchRate: ratio(exact, corpus.length),
    misses,
    details,
    detailAccuracy,
    dates: {
      start: field(date.start),
      end: field(date.end),
      openEnd: date.open,
      both: { ...date.both, accuracy: ratio(date.both.correct, date.both.labelled) },
    },
  };
}

interface DateTally {
  start: { labelled: number; detected: number; correct: number; asserted: number; assertedCorrect: number };
  end: { labelled: number; detected: number; correct: number; asserted: number; assertedCorrect: number };
  open: { labelled: number; keptOpen: number; invented: number };
  both: { labelled: number; correct: number };
}

function scoreDates(
  tally: DateTally,
  expectation: CorpusExpectation,
  detection: DetectedContext | undefined,
): void {
  const startRight = detection !== undefined && detection.startDate === expectation.startDate;
  const endRight = detection !== undefined && detection.endDate === expectation.endDate;
  if (expectation.startDate !== undefined) {
    tally.start.labelled += 1;
    if (detection) {
      tally.start.detected += 1;
      if (startRight) tally.start.correct += 1;
      if (detection.datesFromText) {
        tally.start.asserted += 1;
        if (startRight) tally.start.assertedCorrect += 1;
      }
    }
  }
  if (expectation.endDate !== undefined) {
    tally.end.labelled += 1;
    if (expectation.endDate === null) tally.open.labelled += 1;
    if (detection) {
      tally.end.detected += 1;
      if (endRight) tally.end.correct += 1;
      if (detection.endDate !== null) {
        tally.end.asserted += 1;
        if (endRight) tally.end.assertedCorrect += 1;
        if (expectation.endDate === null) tally.open.invented += 1;
      } else if (expectation.endDate === null) tally.open.keptOpen += 1;
    }
  }
  if (expectation.startDate !== undefined && expectation.endDate !== undefined) {
    tally.both.labelled += 1;
    if (startRight && endRight) tally.both.correct += 1;
  }
}

function percent(numerator: number, denominator: number): string {
  return denominator === 0 ? '   -  ' : `${((numerator / denominator) * 100).toFixed(1).padStart(5)} %`;
}

/** The date lines of the table: start and end accuracy (missed kinds count as wrong), precision, open ends. */
export function formatDateMetrics(dates: DateMetrics): string[] {
  const row = (name: string, f: DateFieldMetrics, what: string) =>
    `${name.padEnd(7)}${String(f.labelled).padStart(9)}${percent(f.correct, f.labelled).padStart(10)} (${f.correct}/${f.labelled})`.padEnd(
      36,
    ) +
    `${percent(f.correct, f.detected).padStart(8)} (${f.correct}/${f.detected})`.padEnd(20) +
    `${percent(f.assertedCorrect, f.asserted).padStart(8)} (${f.assertedCorrect}/${f.asserted} ${what})`;
  return [
    'dates    labelled  accuracy              if kind found       precision',
    row('start', dates.start, 'from text'),
    row('end', dates.end, 'ends given'),
    `open ends labelled ${dates.openEnd.labelled}: kept open ${dates.openEnd.keptOpen}, invented ${dates.openEnd.invented}; ` +
      `start and end both right ${percent(dates.both.correct, dates.both.labelled).trim()} (${dates.both.correct}/${dates.both.labelled})`,
  ];
}

/** A plain-text table of the evaluation (per-kind metrics, detail accuracy, misses). */
export function formatEvaluationTable(
  evaluation: CorpusEvaluation,
  options: { misses?: boolean } = {},
): string {
  const lines: string[] = [];
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const padL = (s: string | number, n: number) => String(s).padStart(n);
  lines.push(`Context detector on ${evaluation.messages} labelled messages`);
  lines.push(
    `${pad('kind', 12)}${padL('support', 8)}${padL('TP', 5)}${padL('FP', 5)}${padL('FN', 5)}${padL('precision', 11)}${padL('recall', 8)}${padL('F1', 7)}`,
  );
  for (const k of evaluation.perKind) {
    lines.push(
      `${pad(k.kind, 12)}${padL(k.support, 8)}${padL(k.truePositives, 5)}${padL(k.falsePositives, 5)}${padL(k.falseNegatives, 5)}${padL(k.precision.toFixed(3), 11)}${padL(k.recall.toFixed(3), 8)}${padL(k.f1.toFixed(3), 7)}`,
    );
  }
  lines.push(`exact message match: ${(evaluation.exactMatchRate * 100).toFixed(1)} %`);
  const acc = evaluation.detailAccuracy;
  lines.push(
    `details (on detected kinds): ${(Object.keys(acc) as (keyof typeof acc)[])
      .map((f) => `${f} ${acc[f].correct}/${acc[f].checked}`)
      .join(', ')}`,
  );
  lines.push(...formatDateMetrics(evaluation.dates));
  if (options.misses ?? true) {
    lines.push('misses:');
    for (const miss of evaluation.misses) {
      const tag = miss.type === 'FALSE_POSITIVE' ? 'FP' : 'FN';
      lines.push(
        `  ${tag} ${pad(miss.kind, 12)}${miss.id} "${miss.text}"${miss.evidence ? ` [${miss.evidence}]` : ''}`,
      );
    }
    for (const d of evaluation.details.filter((x) => !x.ok)) {
      lines.push(
        `  DETAIL ${d.id} ${d.kind}.${d.field}: expected ${String(d.expected)}, got ${String(d.actual)}`,
      );
    }
  }
  return lines.join('\n');
}
