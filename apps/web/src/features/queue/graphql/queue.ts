import { graphql } from '../../../graphql';

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($status: [ReviewWorkflowStatus!]) {
    reviewQueue(first: 100, status: $status) {
      weekStart
      finished
      counts {
        athletes
        todo
        done
        snoozed
        missing
      }
      items {
        athleteId
        athleteName
        status
        workflowStatus
        urgency
        snoozedUntil
        decision {
          type
          reason
          targetMinutes
        }
        suggestions {
          id
          severity
        }
      }
    }
  }
`);

export const GenerateReviewsMutation = graphql(`
  mutation GenerateReviews {
    generateReviews(input: { wait: true }) {
      done
      failed
      total
    }
  }
`);

export const RosterQuery = graphql(`
  query Roster($after: String) {
    roster(first: 200, after: $after) {
      totalCount
      nodes {
        id
        name
        email
        timezone
        intakeSubmittedAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const queueKeys = {
  queue: (view: string) => ['coach', 'queue', view] as const,
  roster: ['coach', 'roster'] as const,
};
