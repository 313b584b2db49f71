/**
 * Prints the context detector's precision and recall per kind over the tuning corpus (the main corpus plus the
 * first holdout, which has since been tuned on), the fresh holdout (never used to tune the rules), the third
 * holdout (written blind, then tuned on) and the blind holdout (written blind, never tuned on: the clean figure),
 * then the blind date set (issue #10: kinds and both dates, written after the date rules, never tuned on).
 * Each table scores start and end dates over every labelled expectation ("accuracy", a missed kind counts as
 * a wrong date) and over the found ones ("if kind found"), with the precision of the dates the detector asserts.
 */
import {
  evaluateCorpus,
  formatEvaluationTable,
  BLIND_HOLDOUT_CORPUS,
  DATES_BLIND_CORPUS,
  FRESH_HOLDOUT_CORPUS,
  HOLDOUT_CORPUS,
  MESSAGE_CORPUS,
  TUNING_HOLDOUT_CORPUS,
} from '@app/context';

console.log('--- tuning corpus: main corpus ---');
console.log(formatEvaluationTable(evaluateCorpus(MESSAGE_CORPUS)));
console.log('\n--- first holdout (written after the rules; now part of the tuning set) ---');
console.log(formatEvaluationTable(evaluateCorpus(HOLDOUT_CORPUS)));
console.log('\n--- tuning corpus: main corpus + first holdout ---');
console.log(formatEvaluationTable(evaluateCorpus([...MESSAGE_CORPUS, ...HOLDOUT_CORPUS]), { misses: false }));
console.log('\n--- fresh holdout (written before the generalisation work, never used to tune the rules) ---');
console.log(formatEvaluationTable(evaluateCorpus(FRESH_HOLDOUT_CORPUS)));
console.log('\n--- third holdout (written blind, then used to tune the rules: optimistic) ---');
console.log(formatEvaluationTable(evaluateCorpus(TUNING_HOLDOUT_CORPUS)));
console.log('\n--- blind holdout (written blind, never used to tune the rules: the clean figure) ---');
console.log(formatEvaluationTable(evaluateCorpus(BLIND_HOLDOUT_CORPUS), { misses: false }));
console.log('\n--- blind date set (issue #10: written blind after the date rules, never tuned on) ---');
console.log(formatEvaluationTable(evaluateCorpus(DATES_BLIND_CORPUS), { misses: false }));
