import type { ReactNode } from 'react';
import type { ResultOf } from '../../../graphql';
import { formatDay, formatMinutes } from '../../../lib/dates';
import type { IntakeFields } from '../graphql/onboarding';

export type Intake = ResultOf<typeof IntakeFields>;

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "5.5 h", "6 h": the athlete's typical week as they gave it. */
const hours = (h: number) => `${Number.isInteger(h) ? h : h.toFixed(1).replace(/\.0$/, '')} h`;

/** Free text the athlete may leave empty: said as such rather than as a blank. */
const said = (text: string) => text.trim() || <span className="hint">Nothing given</span>;
const listed = (items: readonly string[]) =>
  items.length ? items.join(', ') : <span className="hint">Nothing given</span>;

/**
 * The intake questionnaire's answers, labelled as the athlete was asked them (IntakePage): what the coach reads
 * before writing the first week, and the admin before choosing a coach.
 */
export function IntakeAnswers({ intake }: { intake: Intake }) {
  const rows: Array<[string, ReactNode]> = [
    ['Goals', said(intake.goals)],
    ['Hours per week, typically', hours(intake.typicalWeeklyHours)],
    ['Years running', String(intake.yearsRunning)],
    ['Longest session lately', formatMinutes(intake.longestRecentSessionMinutes)],
    [
      'Minutes available',
      <ul className="intake-days" key="days">
        {intake.availabilityMinutes.map((m, i) => (
          <li key={WEEKDAYS[i]}>
            {WEEKDAYS[i]} {m === 0 ? 'off' : formatMinutes(m)}
          </li>
        ))}
      </ul>,
    ],
    ['Injuries, past and present', said(intake.injuryHistory)],
    ['Work, family and other constraints', said(intake.lifeConstraints)],
    ['Strengths', listed(intake.strengths)],
    ['Weaknesses', listed(intake.weaknesses)],
    [
      'Races',
      intake.upcomingRaces.length ? (
        <ul className="intake-races" key="races">
          {intake.upcomingRaces.map((r) => (
            <li key={`${r.name}-${r.date}`}>
              {r.name}, {formatDay(r.date)} {r.date.slice(0, 4)} ({r.priority} race)
            </li>
          ))}
        </ul>
      ) : (
        <span className="hint">None given</span>
      ),
    ],
  ];
  return (
    <dl className="intake-answers" data-testid="intake-answers">
      {rows.map(([label, value]) => (
        <div key={label} className="intake-answer">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
