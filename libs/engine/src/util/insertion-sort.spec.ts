import fc from 'fast-check';
import { insertionSort, sortByKeys } from './insertion-sort';

describe(insertionSort.name, () => {
  it('should order like Array.prototype.sort (stable) for any list and comparator on a key', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: -5, max: 5 }), id: fc.nat() })), (list) => {
        const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;
        expect(insertionSort(list.slice(), byKey)).toEqual(list.slice().sort(byKey));
      }),
    );
  });
});

describe('sortByKeys', () => {
  it('should order items by their keys as a stable sort does, moving the keys with them', () => {
    for (let seed = 1; seed <= 200; seed++) {
      let r = seed;
      const next = () => (r = (r * 1103515245 + 12345) % 2147483648) % 7;
      const items = Array.from({ length: seed % 13 }, (_, i) => ({ i, k: next() }));
      const keys = items.map((x) => x.k);
      const expected = [...items].sort((a, b) => a.k - b.k);
      sortByKeys(items, keys);
      expect(items).toEqual(expected);
      expect(keys).toEqual(expected.map((x) => x.k));
    }
  });
});
