/** Prints the context detector's precision and recall per kind over the labelled corpus. */
import { evaluateCorpus, formatEvaluationTable } from '@app/context';

console.log(formatEvaluationTable(evaluateCorpus()));
