/**
 * Tom (demo athlete02): the plans his coach writes, 450 min a week with two quality sessions and a 150-min long run
 * (coach-findings.spec: a trip and zone-2 easy runs; plans-not-done.spec: the plans he keeps not doing).
 */
import { easy, long, quality, type WeekShape } from './coach-histories.factory';

export const TOM_WEEK: WeekShape = [
  null,
  quality(75, 'Steady blocks', 3, 10),
  easy(75),
  quality(75, 'Tempo', 2, 15),
  null,
  easy(75),
  long(150),
];
