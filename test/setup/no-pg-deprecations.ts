/**
 * Fails a spec file that makes the `pg` driver deprecate something it did (pg 8.19+ deprecates, for
 * example, a second query sent on a client still busy with one: what `Promise.all` inside a transaction
 * does). pg builds its notices with util.deprecate when it loads, and each spec file loads its own copy of
 * pg, so wrapping util.deprecate here sees every notice of this file, not only the first of the process
 * (the only one Node prints).
 */
import util from 'util';

const original = util.deprecate;
const used: string[] = [];

util.deprecate = function deprecate<T extends (...args: never[]) => unknown>(
  fn: T,
  message: string,
  code?: string,
): T {
  const wrapped = original(fn, message, code);
  if (!/\bpg@\d/.test(message)) return wrapped;
  return function (this: unknown, ...args: Parameters<T>) {
    used.push(`${message}\n${new Error().stack?.split('\n').slice(2, 12).join('\n')}`);
    return wrapped.apply(this, args);
  } as T;
} as typeof util.deprecate;

afterAll(() => {
  util.deprecate = original;
  // The first few calls are enough to find the culprit.
  expect({ count: used.length, first: used.slice(0, 2) }).toEqual({ count: 0, first: [] });
});
