/**
 * Token refresh, single-flight across the tabs of one browser. The API rotates refresh tokens and treats a
 * rotated token used again as theft (it revokes the whole session), so two tabs must never send the same
 * refresh token. One tab at a time refreshes, holding the Web Lock `coachline.refresh` (a lease in
 * localStorage where Web Locks are missing); it shares the new tokens through localStorage (the storage
 * event) and a BroadcastChannel. A tab that had to wait for the lock uses the tokens the holder shared
 * instead of refreshing again.
 */
import { sessionStore, type Session } from './session';

const LOCK = 'coachline.refresh';
const LEASE_KEY = 'coachline.refresh-lease';
const LEASE_MS = 10_000;
/** How long a tab that waited for the lock waits for the holder's tokens to reach it. */
const SHARED_WAIT_MS = 2_000;

interface Refreshed {
  type: 'refreshed';
  /** The refresh token that was rotated. */
  from: string;
  session: Session;
}
interface Failed {
  type: 'refresh-failed';
  from: string;
}
type RefreshMessage = Refreshed | Failed;

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('coachline.session');
const failed = new Set<string>();

channel?.addEventListener('message', (e: MessageEvent<RefreshMessage>) => {
  const m = e.data;
  if (m?.type === 'refreshed' && sessionStore.get()?.refreshToken === m.from) sessionStore.adopt(m.session);
  if (m?.type === 'refresh-failed') {
    failed.add(m.from);
    sessionStore.poke();
  }
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `rotate` (which sends `refreshToken` to the API) unless another tab already rotated the token this
 * tab holds; returns the session to use, or null when signed out.
 */
export async function refreshAcrossTabs(
  rotate: (refreshToken: string) => Promise<Session>,
): Promise<Session | null> {
  const before = sessionStore.get();
  if (!before) return null;
  return withLock(async (waited) => {
    let latest = sessionStore.reload();
    if (!latest) return null;
    if (latest.refreshToken !== before.refreshToken) return latest; // another tab refreshed
    if (waited) {
      // Another tab held the lock: its tokens may still be on their way here.
      latest = await sharedBy(before.refreshToken);
      if (!latest) return null;
      if (latest.refreshToken !== before.refreshToken) return latest;
    }
    try {
      const next = await rotate(latest.refreshToken);
      channel?.postMessage({
        type: 'refreshed',
        from: latest.refreshToken,
        session: next,
      } satisfies Refreshed);
      return next;
    } catch (e) {
      channel?.postMessage({ type: 'refresh-failed', from: latest.refreshToken } satisfies Failed);
      throw e;
    }
  });
}

/** The session once it no longer carries `refreshToken` (or null, or the same one after a while). */
function sharedBy(refreshToken: string): Promise<Session | null> {
  return new Promise((resolve) => {
    const check = () => {
      const s = sessionStore.reload();
      if (!s || s.refreshToken !== refreshToken || failed.delete(refreshToken)) finish(s);
    };
    const finish = (s: Session | null) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(s);
    };
    const unsubscribe = sessionStore.subscribe(check);
    const timer = setTimeout(() => finish(sessionStore.reload()), SHARED_WAIT_MS);
    check();
  });
}

/** The lock is kept this long after a refresh, so the new tokens reach the other tabs before they look. */
const HOLD_AFTER_MS = 250;

async function withLock<T>(fn: (waited: boolean) => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks?.request) return withLease(fn);
  return new Promise<T>((resolve, reject) => {
    // The caller gets its session at once; the other tabs wait a moment longer.
    const run = async (waited: boolean) => {
      try {
        resolve(await fn(waited));
      } catch (e) {
        reject(e);
      }
      await sleep(HOLD_AFTER_MS);
    };
    locks
      .request(LOCK, { ifAvailable: true }, async (lock) => {
        if (!lock) return false;
        await run(false);
        return true;
      })
      .then((got) => got || locks.request(LOCK, () => run(true)))
      .catch(reject);
  });
}

/** Fallback without Web Locks: a short lease in localStorage, taken when free or expired. */
async function withLease<T>(fn: (waited: boolean) => Promise<T>): Promise<T> {
  const me = Math.random().toString(36).slice(2);
  const read = (): { owner: string; until: number } | null => {
    try {
      return JSON.parse(localStorage.getItem(LEASE_KEY) ?? 'null') as { owner: string; until: number } | null;
    } catch {
      return null;
    }
  };
  let waited = false;
  const giveUpAt = Date.now() + LEASE_MS;
  for (;;) {
    const lease = read();
    if (!lease || lease.until < Date.now()) {
      localStorage.setItem(LEASE_KEY, JSON.stringify({ owner: me, until: Date.now() + LEASE_MS }));
      await sleep(30); // a tab that wrote at the same moment wins or loses here
      if (read()?.owner === me) break;
    }
    waited = true;
    if (Date.now() > giveUpAt) break;
    await sleep(100);
  }
  try {
    return await fn(waited);
  } finally {
    setTimeout(() => read()?.owner === me && localStorage.removeItem(LEASE_KEY), HOLD_AFTER_MS);
  }
}
