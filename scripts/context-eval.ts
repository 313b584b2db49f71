/** Prints the context detector's precision and recall per kind over the labelled corpus and the holdout set. */
import { evaluateCorpus, formatEvaluationTable, HOLDOUT_CORPUS, MESSAGE_CORPUS } from '@app/context';

console.log(formatEvaluationTable(evaluateCorpus(MESSAGE_CORPUS)));
console.log('\n--- holdout (written after the rules, never used to tune them) ---');
console.log(formatEvaluationTable(evaluateCorpus(HOLDOUT_CORPUS)));
