import { describe, expect, it } from 'vitest';
import { queueSearch } from './router';

describe('the queue’s search params', () => {
  it('keeps the filters the queue knows and drops the rest, as if they were not in the URL', () => {
    expect(queueSearch({ view: 'done', status: 'URGENT', q: 'ann' })).toEqual({
      view: 'done',
      status: 'URGENT',
      q: 'ann',
    });
    expect(queueSearch({ view: 'archived', status: 'urgent', other: 1 })).toEqual({
      view: undefined,
      status: undefined,
      q: undefined,
    });
    // The router reads ?q=12 as a number: the search box still gets its text.
    expect(queueSearch({ q: 12 }).q).toBe('12');
  });
});
