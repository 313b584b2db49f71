import type { ResultOf } from '../../../graphql';
import { formatMinutes } from '../../../lib/dates';
import type { PlannedSessionFields } from '../graphql/plan';

export type PlannedSession = ResultOf<typeof PlannedSessionFields>;

const KIND: Record<string, string> = {
  RUN: 'Run',
  STRENGTH: 'Strength',
  CROSS_TRAINING: 'Cross-training',
  REST: 'Rest',
  RACE: 'Race',
};

/** What a cross-training session of a sport is called: a ride, a swim; other cross-training as it is. */
export const SPORT: Record<string, string> = { BIKE: 'Ride', SWIM: 'Swim', OTHER: 'Cross-training' };

/** "Run", "Strength", and for cross-training its sport when the plan names it ("Ride", "Swim"). */
export function kindLabel(kind: string, sport?: string | null): string {
  if (kind === 'CROSS_TRAINING' && sport) return SPORT[sport] ?? KIND[kind];
  return KIND[kind] ?? kind;
}

/**
 * "RPE 4", "Zone 2 of 5": a zone says its model when the plan gives it (zone 2 of 5 is easy aerobic, zone 2 of 3
 * moderate, around threshold); "Zone 2" when the plan does not say.
 */
export function effortLabel(e: { type: string; value: number; scale?: number | null }): string {
  if (e.type === 'RPE') return `RPE ${e.value}`;
  return e.scale ? `Zone ${e.value} of ${e.scale}` : `Zone ${e.value}`;
}

/** "Run · 50 min · RPE 4" ("Ride · 75 min · RPE 6" for a cross-training ride) and the interval structure in words. */
export function describeSession(
  s: Pick<PlannedSession, 'kind' | 'minutes' | 'effort' | 'intervals'> & { sport?: string | null },
): string {
  if (s.kind === 'REST') return 'Rest day';
  const parts = [kindLabel(s.kind, s.sport), formatMinutes(s.minutes), effortLabel(s.effort)];
  if (s.intervals) {
    const i = s.intervals;
    parts.push(
      `${i.repeats} × ${fmtSec(i.workSeconds)} at ${effortLabel(i.workEffort)}, ${fmtSec(i.recoverySeconds)} easy`,
    );
  }
  return parts.join(' · ');
}

function fmtSec(s: number): string {
  return s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function SessionLabel({ session }: { session: PlannedSession }) {
  return (
    <div className="session">
      <div className="session-title">
        {describeSession(session)}
        {session.key && <span className="badge badge-info">Key</span>}
      </div>
      {session.purpose && <div className="session-purpose">{session.purpose}</div>}
    </div>
  );
}
