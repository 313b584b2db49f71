import { graphql } from '../../../graphql';

export const ReviewQueueQuery = graphql(`
  query ReviewQueue {
    reviewQueue {
      athleteId
      athleteName
      status
      urgency
      nextWeekStart
      decision {
        type
        reason
        targetMinutes
      }
      components {
        component
        status
      }
      suggestions {
        id
        severity
      }
      metrics {
        daysSinceContact
        readiness
      }
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
  queue: ['coach', 'queue'] as const,
  roster: ['coach', 'roster'] as const,
};
