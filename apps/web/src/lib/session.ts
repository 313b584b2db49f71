/**
 * The signed-in session: tokens and who you are, kept in localStorage so a reload keeps you signed in.
 * Only the API client (lib/api.ts) and the socket module read tokens; screens read `useSession()`.
 */
import { useSyncExternalStore } from 'react';

export type Role = 'ADMIN' | 'ATHLETE' | 'COACH';

export interface SessionUser {
  userId: string;
  name: string;
  email: string;
  roles: Role[];
  athleteId: string | null;
  organizationName: string;
  organizationTimezone: string;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms. */
  accessTokenExpiresAt: number;
  user: SessionUser;
}

const KEY = 'coachline.session';
type Listener = () => void;
const listeners = new Set<Listener>();
let current: Session | null = read();
/** Why the last session ended, shown once on the sign-in screen. */
let endedReason: string | null = null;

function read(): Session | null {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function emit() {
  for (const l of listeners) l();
}

export const sessionStore = {
  get: (): Session | null => current,
  set(session: Session) {
    current = session;
    endedReason = null;
    localStorage.setItem(KEY, JSON.stringify(session));
    emit();
  },
  clear(reason: string | null = null) {
    current = null;
    endedReason = reason;
    localStorage.removeItem(KEY);
    // What this person typed and this tab kept (the intake's draft): not left to whoever signs in next.
    try {
      for (const k of Object.keys(sessionStorage))
        if (k.startsWith('coachline.')) sessionStorage.removeItem(k);
    } catch {
      // storage refused: nothing was kept either
    }
    emit();
  },
  /** Re-reads the session shared by the tabs (another tab may have refreshed or signed out). */
  reload(): Session | null {
    const s = read();
    if (s?.refreshToken !== current?.refreshToken || s?.accessToken !== current?.accessToken) {
      current = s;
      emit();
    }
    return current;
  },
  /** Tokens another tab refreshed, shared over its BroadcastChannel. */
  adopt(session: Session) {
    current = session;
    if (read()?.refreshToken !== session.refreshToken) localStorage.setItem(KEY, JSON.stringify(session));
    emit();
  },
  /** Wakes the subscribers (the refresh waiting for another tab). */
  poke() {
    emit();
  },
  takeEndedReason(): string | null {
    const r = endedReason;
    endedReason = null;
    return r;
  },
  subscribe(l: Listener) {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

// Another tab signed in or out: follow it.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== KEY) return;
    current = read();
    emit();
  });
}

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
}

export function hasRole(session: Session | null, role: Role): boolean {
  return !!session?.user.roles.includes(role);
}

/** Where a signed-in person starts. */
export function homePath(user: SessionUser): string {
  if (user.roles.includes('COACH')) return '/coach/queue';
  if (user.roles.includes('ADMIN')) return '/admin';
  return '/athlete';
}
