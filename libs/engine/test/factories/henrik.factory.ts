/**
 * athlete10 Henrik's weeks, as several specs read them (no-contact-training, hold-cuts, cuts): a marathoner in a
 * hills and strength block.
 */
import { easy, long, quality, strength, type WeekShape } from './coach-histories.factory';

const rest = null;

/** His usual week: strength Monday, hill repeats Tuesday, an easy run Thursday, a 90-min long run (about 220 min). */
export const HENRIK_WEEK: WeekShape = [
  strength(30),
  quality(55, 'Hill repeats', 10, 1.5),
  rest,
  easy(45),
  rest,
  rest,
  long(90),
];

/** Next week's draft: the hill repeats up to 65 min and the long run to 105 (275 min). */
export const HENRIK_DRAFT: WeekShape = [
  strength(30),
  quality(65, 'Hill repeats', 10, 1.5),
  rest,
  easy(45),
  rest,
  rest,
  long(105),
];
