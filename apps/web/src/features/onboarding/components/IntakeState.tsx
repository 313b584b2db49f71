import { dayIn, formatDay } from '../../../lib/dates';

/** What the API says of an athlete's intake questionnaire (Athlete.intakeStatus and its dates). */
export interface IntakeStateFields {
  intakeStatus: 'SENT' | 'STARTED' | 'SUBMITTED';
  intakeStartedAt?: string | null;
  intakeSubmittedAt?: string | null;
  /** When they joined: the questionnaire was put to them then. */
  createdAt: string;
  /** Their effective zone: the days are theirs. */
  timezone: string;
}

/**
 * Where the questionnaire is, with its day: "Submitted Fri 4 Dec", "Started Thu 3 Dec · not submitted", "Sent to the
 * athlete Tue 1 Dec · not started" (sent when they joined). One wording for the coach's roster and the admin's queue.
 */
export function intakeState(a: IntakeStateFields): { label: string; day: string; rest: string | null } {
  const day = (instant: string) => formatDay(dayIn(instant, a.timezone));
  if (a.intakeStatus === 'SUBMITTED' && a.intakeSubmittedAt)
    return { label: 'Submitted', day: day(a.intakeSubmittedAt), rest: null };
  if (a.intakeStatus === 'STARTED' && a.intakeStartedAt)
    return { label: 'Started', day: day(a.intakeStartedAt), rest: 'not submitted' };
  return { label: 'Sent to the athlete', day: day(a.createdAt), rest: 'not started' };
}

export function IntakeState({ athlete }: { athlete: IntakeStateFields }) {
  const s = intakeState(athlete);
  return (
    <span data-testid="intake-state">
      {s.label} {s.day}
      {s.rest && <span className="hint"> · {s.rest}</span>}
    </span>
  );
}
