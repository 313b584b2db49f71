import { LoggedSessionEntity, SessionKind, SessionSource } from '@app/db';

/** REST payload of an imported session (the GraphQL LoggedSession type carries the same facts). */
export interface ImportedSessionDto {
  id: string;
  athleteId: string;
  /** The athlete's local date of the activity's start. */
  date: string;
  kind: SessionKind;
  minutes: number;
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
}

export const toImportedSessionDto = (s: LoggedSessionEntity): ImportedSessionDto => ({
  id: s.id,
  athleteId: s.athleteId,
  date: s.date,
  kind: s.kind,
  minutes: s.minutes,
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
