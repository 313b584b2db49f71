/**
 * Performance API marks for the cold-load breakdown the browser tests record (apps/web/e2e/coach.e2e.ts →
 * test-results/web/timings.json). Each name is marked once per page load, so a long-lived tab does not
 * collect marks.
 */
export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
