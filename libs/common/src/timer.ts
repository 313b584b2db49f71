/** The longest delay a Node timer takes; a longer one fires at once (TimeoutOverflowWarning). */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

export interface Scheduled {
  cancel(): void;
}

/**
 * Runs `fn` at the wall-clock time `atMs` (past: soon), however far away: a delay beyond a Node timer's
 * range is waited in steps instead of firing at once. The timers never keep the process alive.
 */
export function runAt(atMs: number, fn: () => void, now: () => number = Date.now): Scheduled {
  let timer: NodeJS.Timeout | undefined;
  let cancelled = false;
  const arm = () => {
    if (cancelled) return;
    const delay = atMs - now();
    if (delay > MAX_TIMER_DELAY_MS) {
      timer = setTimeout(arm, MAX_TIMER_DELAY_MS);
    } else {
      timer = setTimeout(fn, Math.max(0, delay));
    }
    timer.unref();
  };
  arm();
  return {
    cancel: () => {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}
