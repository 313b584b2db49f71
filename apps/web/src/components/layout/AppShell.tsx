import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useConnectionStatus } from '../../features/chat/hooks/chat-context';
import { useConversations } from '../../features/chat/hooks/useConversations';
import { useLogout } from '../../features/auth/hooks/useLogout';
import { hasRole, useSession } from '../../lib/session';

const PUBLIC = ['/login', '/accept-invitation'];

export function AppShell() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useRouterState({ select: (s) => s.location });
  const wasSignedIn = useRef(!!session);
  const logout = useLogout();

  // The session ended under us (refresh refused, signed out in another tab): back to sign-in, then here.
  useEffect(() => {
    if (wasSignedIn.current && !session && !PUBLIC.includes(location.pathname)) {
      void navigate({ to: '/login', search: { redirect: location.href } });
    }
    wasSignedIn.current = !!session;
  }, [session, location, navigate]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand" aria-label="Coachline home">
          <svg viewBox="0 0 32 32" width="24" height="24" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path d="M6 20l6-6 5 4 9-9" stroke="#fff" strokeWidth="3" fill="none" strokeLinecap="round" />
          </svg>
          <span>Coachline</span>
        </Link>
        {session && (
          <nav aria-label="Main" className="mainnav">
            {hasRole(session, 'COACH') && (
              <>
                <Link to="/coach/queue" activeProps={{ 'aria-current': 'page' }}>
                  Queue
                </Link>
                <Link to="/coach/athletes" activeProps={{ 'aria-current': 'page' }}>
                  Athletes
                </Link>
                <Link to="/coach/stats" activeProps={{ 'aria-current': 'page' }}>
                  Stats
                </Link>
              </>
            )}
            {hasRole(session, 'ATHLETE') && (
              <>
                <Link to="/athlete" activeOptions={{ exact: true }} activeProps={{ 'aria-current': 'page' }}>
                  Plan
                </Link>
                <Link to="/athlete/check-in" activeProps={{ 'aria-current': 'page' }}>
                  Check-in
                </Link>
                <Link to="/athlete/log" activeProps={{ 'aria-current': 'page' }}>
                  Log
                </Link>
                <Link to="/athlete/availability" activeProps={{ 'aria-current': 'page' }}>
                  Time
                </Link>
              </>
            )}
            {(hasRole(session, 'ATHLETE') || hasRole(session, 'COACH')) && <ChatNavLink />}
            {hasRole(session, 'ADMIN') && (
              <Link to="/admin" activeProps={{ 'aria-current': 'page' }}>
                Admin
              </Link>
            )}
          </nav>
        )}
        {session && (
          <div className="account">
            <ConnectionDot />
            <span className="account-name" title={session.user.email}>
              {session.user.name}
            </span>
            <button className="btn btn-ghost" onClick={() => void logout()}>
              Sign out
            </button>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

/**
 * Chat in the main menu, with the messages not yet read in all the person's conversations: a coach's message
 * shows on every page, not only on Chat (the list is read again when a message arrives or a receipt is taken).
 */
function ChatNavLink() {
  const conversations = useConversations();
  const unread = (conversations.data ?? []).reduce((n, c) => n + c.unreadCount, 0);
  return (
    <Link to="/chat" activeProps={{ 'aria-current': 'page' }}>
      Chat
      {unread > 0 && (
        <span className="nav-count" data-testid="chat-unread">
          <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
          <span className="sr-only">, {unread} unread</span>
        </span>
      )}
    </Link>
  );
}

function ConnectionDot() {
  const status = useConnectionStatus();
  const label = status === 'online' ? 'Live' : status === 'offline' ? 'Offline' : 'Reconnecting…';
  return (
    <span className={`conn conn-${status}`} role="status" aria-label={`Live updates: ${label}`} title={label}>
      <span aria-hidden="true" className="conn-dot" />
      <span className="conn-label">{label}</span>
    </span>
  );
}

export function NotFound() {
  return (
    <div className="page narrow">
      <h1>Page not found</h1>
      <p>
        <Link to="/">Go to your start page</Link>
      </p>
    </div>
  );
}
