import fc from 'fast-check';
import { insertionSort } from './insertion-sort';

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
