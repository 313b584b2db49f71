import { queryOptions } from '@tanstack/react-query';
import { graphql } from '../../../graphql';
import { gqlRequest } from '../../../lib/api';

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
        notYetDue
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
      earlierWeek {
        weekStart
        count
        items {
          athleteId
          athleteName
          workflowStatus
          urgency
          snoozedUntil
          suggestions {
            id
          }
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
        createdAt
        intakeStatus
        intakeStartedAt
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

/** The queue's views (`?view=` in the URL): To do (due reviews, the default), Snoozed, Done. */
export type QueueView = 'todo' | 'snoozed' | 'done';
export const QUEUE_VIEWS: readonly QueueView[] = ['todo', 'snoozed', 'done'];

/** The review statuses a view lists; null is the queue's own "due" rule (pending, in progress, woken). */
export function queueVariables(view: QueueView | undefined) {
  return { status: view === 'snoozed' ? ['SNOOZED' as const] : view === 'done' ? ['DONE' as const] : null };
}

/**
 * The queue of a view, as the queue screen reads it and the route loader (and the landing preload,
 * preload.ts) starts it: one definition, so they share the request and the cache entry.
 */
export function queueQuery(view: QueueView | undefined) {
  return queryOptions({
    queryKey: queueKeys.queue(view ?? 'todo'),
    queryFn: () => gqlRequest(ReviewQueueQuery, queueVariables(view)).then((d) => d.reviewQueue),
  });
}
