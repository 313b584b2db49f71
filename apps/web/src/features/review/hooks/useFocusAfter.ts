import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a request waits for its element to show (a refetch after a decision, a card re-rendered). */
const WAIT_MS = 5_000;

/**
 * Moves focus once the screen shows where it should go: after an action whose button disappears (a decided
 * suggestion leaves the list, an editor closes), focus would fall to the page's body. `focusAfter(find)` tries
 * `find` after each render until it returns an element (then focuses it) or for at most a few seconds.
 */
export function useFocusAfter(): (find: () => HTMLElement | null | undefined) => void {
  const [request, setRequest] = useState<{ find: () => HTMLElement | null | undefined; at: number } | null>(
    null,
  );
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (!request) return;
    const el = request.find();
    if (el) {
      el.focus();
      setRequest(null);
    }
  });
  useEffect(() => {
    if (!request) return;
    timer.current = setTimeout(() => setRequest(null), Math.max(0, request.at + WAIT_MS - Date.now()));
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [request]);
  return useCallback((find) => setRequest({ find, at: Date.now() }), []);
}
