import { graphql } from '../../../graphql';
import { WeeklyPlanFields } from '../../plan/graphql/plan';

export const AthleteReviewQuery = graphql(`
  query AthleteReview($athleteId: ID!) {
    athleteReview(athleteId: $athleteId) {
      athleteId
      athleteName
      status
      workflowStatus
      completedAt
      reviewDate
      nextWeekStart
      suggestionsTarget
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
        id
        kind
        severity
        rationale
        basis
        planWeekStart
        changes {
          type
          percent
          fromDay
          toDay
          days
          sessionId
          expectedTotalMinutes
          from
          to
          purpose
          effort {
            type
            value
          }
        }
      }
    }
  }
`);

export const ReviewHistoryQuery = graphql(`
  query ReviewHistory($athleteId: ID!, $from: String!, $to: String!) {
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
    loggedSessions(athleteId: $athleteId, from: $from, to: $to) {
      date
      minutes
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

export const SavePlanDraftMutation = graphql(
  `
    mutation SavePlanDraft($input: SavePlanDraftInput!) {
      savePlanDraft(input: $input) {
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

export const reviewKeys = {
  review: (athleteId: string) => ['coach', 'review', athleteId] as const,
  history: (athleteId: string) => ['coach', 'history', athleteId] as const,
  notes: (athleteId: string) => ['coach', 'notes', athleteId] as const,
};
