import { DATES_BLIND_CORPUS } from './dates-blind.corpus';
import { HOLDOUT_CORPUS } from './holdout.corpus';
import { FRESH_HOLDOUT_CORPUS } from './holdout2.corpus';
import { TUNING_HOLDOUT_CORPUS } from './holdout3.corpus';
import { BLIND_HOLDOUT_CORPUS } from './holdout4.corpus';
import type { CorpusMessage } from './messages.corpus';
import { MESSAGE_CORPUS } from './messages.corpus';

/**
 * Every labelled message of every corpus, in one list (main, the four holdouts, the blind date set): what the
 * prefilter and date-invariant specs check the detector against and what the context bench times.
 */
export const ALL_CORPUS_MESSAGES: readonly CorpusMessage[] = [
  ...MESSAGE_CORPUS,
  ...HOLDOUT_CORPUS,
  ...FRESH_HOLDOUT_CORPUS,
  ...TUNING_HOLDOUT_CORPUS,
  ...BLIND_HOLDOUT_CORPUS,
  ...DATES_BLIND_CORPUS,
];
