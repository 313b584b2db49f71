import { graphql } from '../../../graphql';

/** A session's intervals, as a planned session and a suggested change both carry them. */
export const IntervalStructureFields = graphql(`
  fragment IntervalStructureFields on IntervalStructure {
    repeats
    workSeconds
    recoverySeconds
    workEffort {
      type
      value
      scale
    }
    recoveryEffort {
      type
      value
      scale
    }
  }
`);

export const PlannedSessionFields = graphql(
  `
    fragment PlannedSessionFields on PlannedSession {
      id
      date
      dayOfWeek
      kind
      minutes
      key
      purpose
      sport
      effort {
        type
        value
        scale
      }
      intervals {
        ...IntervalStructureFields
      }
    }
  `,
  [IntervalStructureFields],
);

/** A logged session as the week views set it against the plan (`weekProgress`): the athlete's home, the coach's review. */
export const WeekLogFields = graphql(`
  fragment WeekLogFields on LoggedSession {
    id
    date
    kind
    minutes
    srpe
    plannedSessionId
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
        athleteText
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
