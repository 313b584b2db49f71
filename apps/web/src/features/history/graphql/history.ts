import { graphql } from '../../../graphql';

export const PastReviewsQuery = graphql(`
  query PastReviews($athleteId: ID!, $before: String) {
    athlete(id: $athleteId) {
      id
      name
    }
    reviewHistory(athleteId: $athleteId, first: 12, before: $before) {
      reviewId
      weekStart
      status
      engineStatus
      decisionType
      decisionTargetMinutes
      readinessBefore
      completedAt
      suggestions {
        suggestionId
        kind
        severity
        state
        decidedAt
        dismissReason
      }
      outcome {
        weekOver
        loadDone
        loadPlanned
        readinessAfter
        compliance {
          plannedMinutes
          completedMinutes
          completionRate
          hasPublishedPlan
          keySessionsPlanned
          keySessionsDone
        }
      }
    }
  }
`);

export const KindStatsFields = graphql(`
  fragment KindStats on SuggestionKindStats {
    kind
    decided
    applied
    editedAndApplied
    dismissed
    open
    undecided
    appliedShare
    editedShare
    dismissedShare
  }
`);

export const SuggestionStatsQuery = graphql(
  `
    query SuggestionStats($fromWeek: String) {
      suggestionStats(fromWeek: $fromWeek) {
        fromWeek
        toWeek
        total {
          ...KindStats
        }
        kinds {
          ...KindStats
        }
      }
    }
  `,
  [KindStatsFields],
);

export const historyKeys = {
  history: (athleteId: string) => ['coach', 'history', athleteId] as const,
  stats: ['coach', 'stats'] as const,
};
