import { graphql } from '../../../graphql';

export const PlannedSessionFields = graphql(`
  fragment PlannedSessionFields on PlannedSession {
    id
    date
    dayOfWeek
    kind
    minutes
    key
    purpose
    effort {
      type
      value
    }
    intervals {
      repeats
      workSeconds
      recoverySeconds
      workEffort {
        type
        value
      }
      recoveryEffort {
        type
        value
      }
    }
  }
`);

export const WeeklyPlanFields = graphql(
  `
    fragment WeeklyPlanFields on WeeklyPlan {
      id
      weekStart
      status
      revision
      version
      notes
      plannedMinutes
      publishedAt
      updatedAt
      sharedRationales {
        kind
        rationale
      }
      sessions {
        ...PlannedSessionFields
      }
    }
  `,
  [PlannedSessionFields],
);

export const WeekPlanQuery = graphql(
  `
    query WeekPlan($athleteId: ID, $weekStart: String) {
      weeklyPlan(athleteId: $athleteId, weekStart: $weekStart) {
        athleteId
        weekStart
        published {
          ...WeeklyPlanFields
        }
        draft {
          ...WeeklyPlanFields
        }
      }
    }
  `,
  [WeeklyPlanFields],
);

export const planKeys = {
  week: (athleteId: string | undefined, weekStart: string) => ['plan', athleteId ?? 'me', weekStart] as const,
};
