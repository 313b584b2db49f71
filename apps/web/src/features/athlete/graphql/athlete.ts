import { graphql } from '../../../graphql';
import { WeekLogFields } from '../../plan/graphql/plan';

export const AthleteTodayQuery = graphql(`
  query AthleteToday {
    athleteToday {
      date
      weekStart
      timezone
    }
  }
`);

export const CheckInFields = graphql(`
  fragment CheckInFields on CheckIn {
    id
    date
    sleepHours
    sleepQuality
    fatigue
    soreness
    stress
    mood
    illness
    rmssd
    restingHr
    note
    updatedAt
  }
`);

export const CheckInsQuery = graphql(
  `
    query CheckIns($from: String, $to: String) {
      checkIns(from: $from, to: $to) {
        ...CheckInFields
      }
    }
  `,
  [CheckInFields],
);

export const UpsertCheckInMutation = graphql(
  `
    mutation UpsertCheckIn($input: UpsertCheckInInput!) {
      upsertCheckIn(input: $input) {
        ...CheckInFields
      }
    }
  `,
  [CheckInFields],
);

export const LogSessionMutation = graphql(`
  mutation LogSession($input: LogSessionInput!) {
    logSession(input: $input) {
      id
      date
      kind
      minutes
      load
    }
  }
`);

export const UpdateLoggedSessionMutation = graphql(`
  mutation UpdateLoggedSession($input: UpdateLoggedSessionInput!) {
    updateLoggedSession(input: $input) {
      id
      date
      kind
      minutes
      srpe
      load
      note
    }
  }
`);

export const DeleteLoggedSessionMutation = graphql(`
  mutation DeleteLoggedSession($id: ID!) {
    deleteLoggedSession(id: $id)
  }
`);

export const RecentSessionsQuery = graphql(`
  query RecentSessions($from: String, $to: String) {
    loggedSessions(from: $from, to: $to) {
      id
      date
      kind
      minutes
      srpe
      source
      distanceMeters
      note
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {
    createCalendarFeed(input: $input) {
      url
      createdAt
    }
  }
`);

/**
 * The athlete's logs of a week so far, and its days of confirmed illness or travel: what the week view marks done,
 * not logged, not counted, or logged beside the plan.
 */
export const WeekLogsQuery = graphql(
  `
    query WeekLogs($from: String, $to: String) {
      compliance(weekStart: $from) {
        excludedDates
      }
      loggedSessions(from: $from, to: $to) {
        ...WeekLogFields
      }
    }
  `,
  [WeekLogFields],
);

export const athleteKeys = {
  today: ['athlete', 'today'] as const,
  checkIns: (from: string, to: string) => ['athlete', 'checkIns', from, to] as const,
  sessions: ['athlete', 'sessions'] as const,
  weekLogs: (from: string, to: string) => ['athlete', 'weekLogs', from, to] as const,
};
