import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../graphql';
import { gqlRequest } from '../../../lib/api';
import {
  IntervalStructureFields,
  PlannedSessionFields,
  WeekLogFields,
  WeeklyPlanFields,
} from '../../plan/graphql/plan';

export const PlanChangeFields = graphql(
  `
    fragment PlanChangeFields on PlanChange {
      type
      percent
      fromDay
      toDay
      days
      sessionId
      sessionIds
      expectedTotalMinutes
      from
      to
      purpose
      key
      day
      sessionKind
      minutes
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

export const SuggestionFields = graphql(
  `
    fragment SuggestionFields on Suggestion {
      id
      kind
      severity
      state
      rationale
      athleteText
      shared
      basis
      planWeekStart
      changesDigest
      changes {
        ...PlanChangeFields
      }
    }
  `,
  [PlanChangeFields],
);

export const AthleteReviewQuery = graphql(
  `
    query AthleteReview($athleteId: ID!, $weekStart: String) {
      athleteReview(athleteId: $athleteId, weekStart: $weekStart) {
        id
        athleteId
        athleteName
        athleteTimezone
        status
        urgency
        workflowStatus
        snoozedUntil
        weekStart
        generatedAt
        completedAt
        reviewDate
        nextWeekStart
        suggestionsTarget
        engineDraft {
          ...PlannedSessionFields
        }
        decision {
          type
          reason
          targetMinutes
          minMinutes
          maxMinutes
          phase
          focus
        }
        metrics {
          ctl
          atl
          tsb
          acwr
          weeklyMinutes
          compliancePct
          hrvStatus
          readiness
          daysSinceContact
        }
        components {
          component
          status
          summary
          evidence {
            key
            value
          }
        }
        suggestions {
          ...SuggestionFields
          evidence {
            key
            value
          }
        }
        decidedSuggestions {
          ...SuggestionFields
          decidedAt
          dismissReason
          editedChanges {
            ...PlanChangeFields
          }
          sessionsBefore {
            ...PlannedSessionFields
          }
        }
      }
    }
  `,
  [SuggestionFields, PlanChangeFields, PlannedSessionFields],
);

export const ComplianceFields = graphql(`
  fragment ComplianceFields on Compliance {
    weekStart
    plannedMinutes
    completedMinutes
    completionRate
    hasPublishedPlan
    keySessionsPlanned
    keySessionsDone
  }
`);

/**
 * What the review screen's charts draw: check-ins (HRV, wellness), logged sessions with their load (weekly
 * minutes, CTL/ATL/TSB over `loadFrom`..`to`, long enough for the 42-day CTL to settle) and compliance of the
 * last eight weeks (planned vs done), one aliased field per week.
 */
export const ReviewChartsQuery = graphql(
  `
    query ReviewCharts(
      $athleteId: ID!
      $from: String!
      $loadFrom: String!
      $to: String!
      $w0: String!
      $w1: String!
      $w2: String!
      $w3: String!
      $w4: String!
      $w5: String!
      $w6: String!
      $w7: String!
    ) {
      checkIns(athleteId: $athleteId, from: $from, to: $to) {
        date
        rmssd
        illness
        sleepQuality
        fatigue
        soreness
        stress
        mood
      }
      loggedSessions(athleteId: $athleteId, from: $loadFrom, to: $to) {
        date
        minutes
        load
      }
      c0: compliance(athleteId: $athleteId, weekStart: $w0) {
        ...ComplianceFields
      }
      c1: compliance(athleteId: $athleteId, weekStart: $w1) {
        ...ComplianceFields
      }
      c2: compliance(athleteId: $athleteId, weekStart: $w2) {
        ...ComplianceFields
      }
      c3: compliance(athleteId: $athleteId, weekStart: $w3) {
        ...ComplianceFields
      }
      c4: compliance(athleteId: $athleteId, weekStart: $w4) {
        ...ComplianceFields
      }
      c5: compliance(athleteId: $athleteId, weekStart: $w5) {
        ...ComplianceFields
      }
      c6: compliance(athleteId: $athleteId, weekStart: $w6) {
        ...ComplianceFields
      }
      c7: compliance(athleteId: $athleteId, weekStart: $w7) {
        ...ComplianceFields
      }
    }
  `,
  [ComplianceFields],
);

export const SnoozeReviewMutation = graphql(`
  mutation SnoozeReview($input: SnoozeReviewInput!) {
    snoozeReview(input: $input) {
      athleteId
      workflowStatus
      snoozedUntil
    }
  }
`);

export const ContextEventFields = graphql(`
  fragment ContextEventFields on ContextEvent {
    id
    athleteId
    kind
    status
    source
    startDate
    endDate
    note
    dateNote
    createdAt
  }
`);

export const ProposedContextQuery = graphql(
  `
    query ProposedContext($athleteId: ID!) {
      proposedContextEvents(athleteId: $athleteId) {
        ...ContextEventFields
      }
    }
  `,
  [ContextEventFields],
);

export const ConfirmContextEventMutation = graphql(
  `
    mutation ConfirmContextEvent($input: ConfirmContextEventInput!) {
      confirmContextEvent(input: $input) {
        ...ContextEventFields
      }
    }
  `,
  [ContextEventFields],
);

export const DismissContextEventMutation = graphql(
  `
    mutation DismissContextEvent($input: DismissContextEventInput!) {
      dismissContextEvent(input: $input) {
        ...ContextEventFields
      }
    }
  `,
  [ContextEventFields],
);

export const WeekAvailabilityQuery = graphql(`
  query WeekAvailability($athleteId: ID, $weekStart: String) {
    weekAvailability(athleteId: $athleteId, weekStart: $weekStart) {
      athleteId
      weekStart
      source
      note
      updatedAt
      totalMinutes
      usualTotalMinutes
      minutes
      usualMinutes
      days {
        date
        weekday
        minutes
        usualMinutes
        changed
      }
    }
  }
`);

export const ApplySuggestionMutation = graphql(
  `
    mutation ApplySuggestion($input: ApplySuggestionInput!) {
      applySuggestion(input: $input) {
        plan {
          ...WeeklyPlanFields
        }
        review {
          decidedSuggestions {
            id
            state
          }
        }
      }
    }
  `,
  [WeeklyPlanFields],
);

export const DismissSuggestionMutation = graphql(`
  mutation DismissSuggestion($input: DismissSuggestionInput!) {
    dismissSuggestion(input: $input) {
      athleteId
    }
  }
`);

/** Undo an applied suggestion: next week's draft as it was before it (refused when the draft changed since). */
export const RevertSuggestionMutation = graphql(
  `
    mutation RevertSuggestion($input: RevertSuggestionInput!) {
      revertSuggestion(input: $input) {
        plan {
          ...WeeklyPlanFields
        }
        review {
          decidedSuggestions {
            id
            state
          }
        }
      }
    }
  `,
  [WeeklyPlanFields],
);

/** Undo a dismissal: the suggestion is undecided again (as the engine proposes it on the plan as it is now). */
export const RestoreSuggestionMutation = graphql(`
  mutation RestoreSuggestion($input: RestoreSuggestionInput!) {
    restoreSuggestion(input: $input) {
      athleteId
    }
  }
`);

export const SavePlanDraftMutation = graphql(
  `
    mutation SavePlanDraft($input: SavePlanDraftInput!) {
      savePlanDraft(input: $input) {
        ...WeeklyPlanFields
        reviewRegeneration
      }
    }
  `,
  [WeeklyPlanFields],
);

/** A completed review's week changed after all: the coach's draft published as the week's new version. */
export const PublishPlanMutation = graphql(
  `
    mutation PublishPlan($input: PublishPlanInput!) {
      publishPlan(input: $input) {
        ...WeeklyPlanFields
      }
    }
  `,
  [WeeklyPlanFields],
);

export const CompleteReviewMutation = graphql(
  `
    mutation CompleteReview($input: CompleteReviewInput!) {
      completeReview(input: $input) {
        messageId
        plan {
          ...WeeklyPlanFields
        }
      }
    }
  `,
  [WeeklyPlanFields],
);

export const NotesQuery = graphql(`
  query Notes($athleteId: ID!) {
    notes(athleteId: $athleteId, first: 20) {
      id
      body
      visibility
      authorName
      createdAt
    }
  }
`);

export const AddNoteMutation = graphql(`
  mutation AddNote($input: AddNoteInput!) {
    addNote(input: $input) {
      id
    }
  }
`);

/**
 * An athlete's logs from a week's Monday to their today, and their today (the review screen's "This week so far":
 * which days are over is the athlete's date, not the coach's).
 */
export const AthleteWeekLogsQuery = graphql(
  `
    query AthleteWeekLogs($athleteId: ID!, $from: String!) {
      athleteToday(athleteId: $athleteId) {
        date
      }
      compliance(athleteId: $athleteId, weekStart: $from) {
        excludedDates
      }
      loggedSessions(athleteId: $athleteId, from: $from) {
        ...WeekLogFields
      }
    }
  `,
  [WeekLogFields],
);

export const reviewKeys = {
  /**
   * The review of the athlete's coming week, or of the week `week` (a week that has begun, opened from the queue's
   * "still open" list): under the same prefix, so what reads the athlete's review again reads both.
   */
  review: (athleteId: string, week?: string) =>
    week
      ? (['coach', 'review', athleteId, 'week', week] as const)
      : (['coach', 'review', athleteId] as const),
  charts: (athleteId: string) => ['coach', 'charts', athleteId] as const,
  proposals: (athleteId: string) => ['coach', 'proposals', athleteId] as const,
  availability: (athleteId: string, weekStart: string) =>
    ['coach', 'availability', athleteId, weekStart] as const,
  notes: (athleteId: string) => ['coach', 'notes', athleteId] as const,
  /** The athlete's coaches by name (who changed a draft under the editor). */
  athleteCoaches: (athleteId: string) => ['coach', 'athlete-coaches', athleteId] as const,
  /** Under the review's key: refetched with it (a save, an apply, a push). */
  weekLogs: (athleteId: string, from: string) => ['coach', 'review', athleteId, 'weekLogs', from] as const,
};

/**
 * An athlete's review, as the review screen reads it and its route loader starts it (one request, one cache entry):
 * of the coming week, or of `week` (`?week=` in the URL) when given.
 */
export function reviewQuery(athleteId: string, week?: string) {
  return queryOptions({
    queryKey: reviewKeys.review(athleteId, week),
    queryFn: () =>
      gqlRequest(AthleteReviewQuery, { athleteId, weekStart: week ?? null }).then((d) => d.athleteReview),
  });
}

export const MedicalClearanceFields = graphql(`
  fragment MedicalClearanceFields on MedicalClearance {
    id
    clearedOn
    note
    recordedByName
  }
`);

export const MedicalClearanceQuery = graphql(
  `
    query MedicalClearance($athleteId: ID!) {
      medicalClearance(athleteId: $athleteId) {
        ...MedicalClearanceFields
      }
    }
  `,
  [MedicalClearanceFields],
);

export const RecordMedicalClearanceMutation = graphql(
  `
    mutation RecordMedicalClearance($input: RecordMedicalClearanceInput!) {
      recordMedicalClearance(input: $input) {
        ...MedicalClearanceFields
        reviewRegeneration
      }
    }
  `,
  [MedicalClearanceFields],
);

export const medicalClearanceQuery = (athleteId: string) =>
  queryOptions({
    queryKey: ['medical-clearance', athleteId],
    queryFn: () => gqlRequest(MedicalClearanceQuery, { athleteId }),
    select: (d) => d.medicalClearance,
  });

/** The athlete's coaches by name: who changed the draft under an editor's unsaved edits. */
export const AthleteCoachesQuery = graphql(`
  query AthleteCoaches($athleteId: ID!) {
    athlete(id: $athleteId) {
      id
      coaches {
        userId
        name
      }
    }
  }
`);
