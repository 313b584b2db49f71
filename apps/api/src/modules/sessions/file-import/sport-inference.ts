import { SessionKind } from '@app/db';

const CROSS_TRAINING_SPORTS =
  /cycl|bik|ride|swim|walk|hik|ski|row|paddl|kayak|canoe|elliptical|stair|skat|climb|fitnessequipment|multisport|triathlon|duathlon|tennis|soccer|yoga/;

/** Sport names that say nothing about what the athlete did. */
const UNSPECIFIC = /^(|generic|all|other|unknown|none|activity|sport|workout|invalid|\d+)$/;

/**
 * The kind of session an activity file's sport name stands for. FIT names (`running`, `cycling`, `training`…)
 * and free GPX / TCX texts (`Run`, `trail running`, `Biking`…) are both accepted; unknown or missing → RUN,
 * the platform's default sport.
 */
export function sessionKindForSport(sport: string | null): SessionKind {
  const s = (sport ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (s === '') return SessionKind.RUN;
  if (s.includes('run') || s.includes('jog')) return SessionKind.RUN;
  if (/strength|training|weight|gym|crossfit/.test(s)) return SessionKind.STRENGTH;
  if (CROSS_TRAINING_SPORTS.test(s)) return SessionKind.CROSS_TRAINING;
  return SessionKind.RUN;
}

/** Average moving speed above which an unnamed activity is a ride (16 km/h: few runners hold it for long). */
export const RIDE_ABOVE_KMH = 16;
/** …and below which it is a walk or hike (6 km/h). */
export const WALK_BELOW_KMH = 6;

export interface SportChoice {
  /** The sport stored with the session: the file's own name, or the inferred `running` / `cycling` / `walking`. */
  sport: string | null;
  kind: SessionKind;
  /** True when the file did not name the sport and it was inferred from the speed (the athlete may correct it). */
  inferred: boolean;
}

/**
 * The file's sport when it names one; otherwise (no `<type>`, a FIT `generic` sport) inferred from the
 * average moving speed: ride above {@link RIDE_ABOVE_KMH}, walk below {@link WALK_BELOW_KMH}, run between.
 * Without a distance or a time nothing can be inferred and the session is a run, as before.
 */
export function chooseSport(
  fileSport: string | null,
  distanceMeters: number | null,
  movingSeconds: number | null,
): SportChoice {
  const normalised = (fileSport ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!UNSPECIFIC.test(normalised)) {
    return { sport: fileSport, kind: sessionKindForSport(fileSport), inferred: false };
  }
  if (distanceMeters === null || distanceMeters <= 0 || movingSeconds === null || movingSeconds <= 0) {
    return { sport: fileSport, kind: SessionKind.RUN, inferred: false };
  }
  const kmh = (distanceMeters / movingSeconds) * 3.6;
  if (kmh > RIDE_ABOVE_KMH) return { sport: 'cycling', kind: SessionKind.CROSS_TRAINING, inferred: true };
  if (kmh < WALK_BELOW_KMH) return { sport: 'walking', kind: SessionKind.CROSS_TRAINING, inferred: true };
  return { sport: 'running', kind: SessionKind.RUN, inferred: true };
}
