/**
 * Typed routes (TanStack Router, code-based). Each screen is its own chunk (lazyRouteComponent), so the
 * first load carries only the shell and the route you open. Search params are checked by the small
 * validators below (zod, which the forms use, would add ~20 kB gzipped to every first load): a value a
 * screen does not know is dropped, as if it were not in the URL.
 */
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { QUEUE_VIEWS, queueQuery, type QueueView } from './features/queue/graphql/queue';
import { AppShell, NotFound } from './components/layout/AppShell';
import { hasRole, homePath, sessionStore, type Role } from './lib/session';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: AppShell,
  notFoundComponent: NotFound,
});

/** A search param as text (the router parses `?q=12` as a number), else absent. */
function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** A search param that is one of `values`, else absent. */
function oneOf<T extends string>(values: readonly T[]) {
  return (v: unknown): T | undefined => (values.includes(v as T) ? (v as T) : undefined);
}

/** Signed in (and in one of `roles`), else to the sign-in screen, which brings you back. */
function guard(roles?: Role[]) {
  return ({ location }: { location: { href: string } }) => {
    const s = sessionStore.get();
    if (!s) throw redirect({ to: '/login', search: { redirect: location.href } });
    if (roles && !roles.some((r) => hasRole(s, r))) throw redirect({ to: homePath(s.user) });
  };
}

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    const s = sessionStore.get();
    throw redirect({ to: s ? homePath(s.user) : '/login' });
  },
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (s: Record<string, unknown>): { redirect?: string } => ({ redirect: text(s.redirect) }),
  component: lazyRouteComponent(() => import('./features/auth/LoginPage'), 'LoginPage'),
});

const acceptRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accept-invitation',
  component: lazyRouteComponent(
    () => import('./features/onboarding/AcceptInvitationPage'),
    'AcceptInvitationPage',
  ),
});

const intakeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/intake',
  beforeLoad: guard(['ATHLETE']),
  component: lazyRouteComponent(() => import('./features/onboarding/IntakePage'), 'IntakePage'),
});

const athleteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/athlete',
  beforeLoad: guard(['ATHLETE']),
  component: lazyRouteComponent(() => import('./features/athlete/AthleteHomePage'), 'AthleteHomePage'),
});

const checkInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/athlete/check-in',
  beforeLoad: guard(['ATHLETE']),
  component: lazyRouteComponent(() => import('./features/athlete/CheckInPage'), 'CheckInPage'),
});

const logRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/athlete/log',
  // `session`: the planned session of this week being logged (the home page's "Log this session").
  validateSearch: (s: Record<string, unknown>): { session?: string } => ({ session: text(s.session) }),
  beforeLoad: guard(['ATHLETE']),
  component: lazyRouteComponent(() => import('./features/athlete/LogSessionPage'), 'LogSessionPage'),
});

const chatRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chat',
  validateSearch: (s: Record<string, unknown>): { c?: string } => ({ c: text(s.c) }),
  beforeLoad: guard(),
  component: lazyRouteComponent(() => import('./features/chat/ChatPage'), 'ChatPage'),
});

const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  beforeLoad: guard(['ADMIN']),
  component: lazyRouteComponent(() => import('./features/admin/AdminPage'), 'AdminPage'),
});

const queueView = oneOf(QUEUE_VIEWS);
const queueStatus = oneOf(['URGENT', 'ATTENTION', 'OK'] as const);
export const queueSearch = (
  s: Record<string, unknown>,
): { view?: QueueView; status?: 'URGENT' | 'ATTENTION' | 'OK'; q?: string } => ({
  view: queueView(s.view),
  status: queueStatus(s.status),
  q: text(s.q),
});

const queueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coach/queue',
  validateSearch: queueSearch,
  beforeLoad: guard(['COACH']),
  // The queue's request starts with the route (in parallel with its chunk, and on hover over a link to it);
  // not awaited: the screen shows its own loading state.
  loaderDeps: ({ search }) => ({ view: search.view }),
  loader: ({ context, deps }) => void context.queryClient.prefetchQuery(queueQuery(deps.view)),
  component: lazyRouteComponent(() => import('./features/queue/QueuePage'), 'QueuePage'),
});

const rosterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coach/athletes',
  validateSearch: (s: Record<string, unknown>): { q?: string } => ({ q: text(s.q) }),
  beforeLoad: guard(['COACH', 'ADMIN']),
  component: lazyRouteComponent(() => import('./features/queue/RosterPage'), 'RosterPage'),
});

/** A week's Monday as the URL names it (`?week=2026-12-07`); anything else is no week (the coming week's review). */
export const reviewSearch = (s: Record<string, unknown>): { week?: string } => {
  const w = text(s.week);
  return { week: w && /^\d{4}-\d{2}-\d{2}$/.test(w) ? w : undefined };
};

const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coach/review/$athleteId',
  // `week`: the review of that week (a week that has begun, from the queue's "still open" list); none: the coming week.
  validateSearch: reviewSearch,
  beforeLoad: guard(['COACH']),
  // The review's request starts with the navigation, in parallel with the screen's chunk (which j/k focus or
  // hover already preloads; not the request: a missing review is generated on read). Its documents come
  // with that chunk, so the first load stays small.
  loaderDeps: ({ search }) => ({ week: search.week }),
  loader: ({ context, params, deps, preload }) => {
    if (preload) return;
    void import('./features/review/graphql/review').then(({ reviewQuery }) =>
      context.queryClient.prefetchQuery(reviewQuery(params.athleteId, deps.week)),
    );
  },
  component: lazyRouteComponent(() => import('./features/review/ReviewPage'), 'ReviewPage'),
});

const historyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coach/athletes/$athleteId/history',
  beforeLoad: guard(['COACH', 'ADMIN']),
  component: lazyRouteComponent(() => import('./features/history/PastReviewsPage'), 'PastReviewsPage'),
});

const statsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coach/stats',
  beforeLoad: guard(['COACH']),
  component: lazyRouteComponent(
    () => import('./features/history/SuggestionStatsPage'),
    'SuggestionStatsPage',
  ),
});

const availabilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/athlete/availability',
  beforeLoad: guard(['ATHLETE']),
  component: lazyRouteComponent(() => import('./features/availability/AvailabilityPage'), 'AvailabilityPage'),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  loginRoute,
  acceptRoute,
  intakeRoute,
  athleteRoute,
  checkInRoute,
  logRoute,
  chatRoute,
  adminRoute,
  queueRoute,
  rosterRoute,
  reviewRoute,
  historyRoute,
  statsRoute,
  availabilityRoute,
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
