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

/**
 * Stable in-place sort of `items` by a number per item (`keys[i]` is `items[i]`'s), ascending; both arrays are
 * reordered together. For a key computed once per item, where a comparator would look it up at every step.
 */
export function sortByKeys<T>(items: T[], keys: number[]): void {
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    const kx = keys[i];
    let j = i - 1;
    while (j >= 0 && keys[j] > kx) {
      items[j + 1] = items[j];
      keys[j + 1] = keys[j];
      j--;
    }
    items[j + 1] = x;
    keys[j + 1] = kx;
  }
}
