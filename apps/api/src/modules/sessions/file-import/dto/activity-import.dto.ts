import { LoggedSessionEntity, SessionKind, SessionSource } from '@app/db';

/** REST payload of an imported session (the GraphQL LoggedSession type carries the same facts). */
export interface ImportedSessionDto {
  id: string;
  athleteId: string;
  /** The athlete's local date of the activity's start. */
  date: string;
  kind: SessionKind;
  /** Moving minutes (stops excluded): what the sRPE load uses. The athlete may correct them. */
  minutes: number;
  /** Start → finish seconds, stops included (imported files). */
  elapsedSeconds: number | null;
  /** Moving (timer) seconds (imported files), when the file tells. */
  movingSeconds: number | null;
  /** The file's sport, or the one inferred from its speed when it names none (`sportInferred`). */
  sport: string | null;
  sportInferred: boolean;
  /** Null until the athlete rates the session. */
  srpe: number | null;
  averageHr: number | null;
  distanceMeters: number | null;
  note: string | null;
  plannedSessionId: string | null;
  source: SessionSource;
  startedAt: string | null;
  loggedByUserId: string;
  createdAt: string;
}

export interface ActivityImportResultDto {
  session: ImportedSessionDto;
  /** True when this file had been imported for the athlete before; nothing new was written. */
  duplicate: boolean;
  /** How the file was read, when the athlete should know (e.g. "the device never closed this file"). */
  notes: string[];
}

export const toImportedSessionDto = (s: LoggedSessionEntity): ImportedSessionDto => ({
  id: s.id,
  athleteId: s.athleteId,
  date: s.date,
  kind: s.kind,
  minutes: s.minutes,
  elapsedSeconds: s.elapsedSeconds,
  movingSeconds: s.movingSeconds,
  sport: s.sport,
  sportInferred: s.sportInferred,
  srpe: s.srpe,
  averageHr: s.averageHr,
  distanceMeters: s.distanceMeters,
  note: s.note,
  plannedSessionId: s.plannedSessionId,
  source: s.source,
  startedAt: s.startedAt ? s.startedAt.toISOString() : null,
  loggedByUserId: s.loggedByUserId,
  createdAt: s.createdAt.toISOString(),
});
