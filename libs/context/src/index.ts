export * from './context.types';
export { detectContext } from './context-detector';
export { evaluateCorpus, formatEvaluationTable } from './corpus/corpus-evaluator';
export type { CorpusEvaluation, KindMetrics } from './corpus/corpus-evaluator';
export { MESSAGE_CORPUS } from './corpus/messages.corpus';
export type { CorpusExpectation, CorpusMessage } from './corpus/messages.corpus';
export { HOLDOUT_CORPUS } from './corpus/holdout.corpus';
export { FRESH_HOLDOUT_CORPUS } from './corpus/holdout2.corpus';
