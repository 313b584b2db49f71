/**
 * Typed routes (TanStack Router, code-based). Each screen is its own chunk (lazyRouteComponent), so the
 * first load carries only the shell and the route you open. Search params are validated with zod.
 */
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { z } from 'zod';
import { AppShell, NotFound } from './components/layout/AppShell';
import { hasRole, homePath, sessionStore, type Role } from './lib/session';

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: AppShell,
  notFoundComponent: NotFound,
});

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
  validateSearch: z.object({ redirect: z.string().optional() }),
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
  beforeLoad: guard(['ATHLETE']),
  component: lazyRouteComponent(() => import('./features/athlete/LogSessionPage'), 'LogSessionPage'),
});

const chatRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chat',
  validateSearch: z.object({ c: z.string().optional() }),
  beforeLoad: guard(),
  component: lazyRouteComponent(() => import('./features/chat/ChatPage'), 'ChatPage'),
});

const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  beforeLoad: guard(['ADMIN']),
  component: lazyRouteComponent(() => import('./features/admin/AdminPage'), 'AdminPage'),
});

export const queueSearch = z.object({
  view: z.enum(['todo', 'done', 'snoozed']).optional(),
  status: z.enum(['URGENT', 'ATTENTION', 'OK']).optional(),
  q: z.string().optional(),
});

const queueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coach/queue',
  validateSearch: queueSearch,
  beforeLoad: guard(['COACH']),
  component: lazyRouteComponent(() => import('./features/queue/QueuePage'), 'QueuePage'),
});

const rosterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coach/athletes',
  validateSearch: z.object({ q: z.string().optional() }),
  beforeLoad: guard(['COACH', 'ADMIN']),
  component: lazyRouteComponent(() => import('./features/queue/RosterPage'), 'RosterPage'),
});

const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coach/review/$athleteId',
  beforeLoad: guard(['COACH']),
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
