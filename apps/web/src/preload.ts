/**
 * What a signed-in user's landing route needs, started from the entry before the app has loaded: the
 * route's screen (its chunk) and its first request (lib/api.ts `preloadRequest`, taken by the screen's own
 * query). Only the routes people open the app on; everything else loads when its route does.
 */
import {
  QUEUE_VIEWS,
  ReviewQueueQuery,
  queueVariables,
  type QueueView,
} from './features/queue/graphql/queue';
import { preloadRequest } from './lib/api';
import { hasRole, homePath, sessionStore } from './lib/session';

/** Starts the landing route's code and data; resolves once its request is on the network. */
export function preloadLanding(location: Pick<Location, 'pathname' | 'search'>): Promise<void> {
  const session = sessionStore.get();
  if (!session) return Promise.resolve();
  // `/` sends a signed-in user to their start page (router.tsx, indexRoute).
  const path = location.pathname === '/' ? homePath(session.user) : location.pathname.replace(/\/$/, '');
  if (path === '/coach/queue' && hasRole(session, 'COACH')) {
    void import('./features/queue/QueuePage').catch(() => undefined); // the router loads it again and reports
    const view = new URLSearchParams(location.search).get('view') ?? undefined;
    if (view === undefined || QUEUE_VIEWS.includes(view as QueueView)) {
      return preloadRequest(ReviewQueueQuery, queueVariables(view as QueueView | undefined));
    }
  }
  return Promise.resolve();
}
