/**
 * Stable in-place sort for the short lists of a review (a week's sessions, a handful of suggestions). Same
 * order as `Array.prototype.sort` with the same comparator (both are stable), without its allocation and
 * per-call overhead.
 */
export function insertionSort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    let j = i - 1;
    while (j >= 0 && compare(items[j], x) > 0) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = x;
  }
  return items;
}
