import { MAX_TIMER_DELAY_MS, runAt } from './timer';

describe(runAt.name, () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it('should fire at the given time, not at once, when it is beyond a timer’s range', () => {
    const fn = jest.fn();
    const at = MAX_TIMER_DELAY_MS * 2 + 5_000;
    runAt(at, fn);
    jest.advanceTimersByTime(1_000);
    expect(fn).not.toHaveBeenCalled();
    jest.advanceTimersByTime(MAX_TIMER_DELAY_MS * 2);
    expect(fn).not.toHaveBeenCalled();
    jest.advanceTimersByTime(4_000);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(Date.now()).toBe(at);
  });

  it('should fire soon for a time already past, and never once cancelled', () => {
    const past = jest.fn();
    runAt(-10, past);
    jest.advanceTimersByTime(0);
    expect(past).toHaveBeenCalledTimes(1);
    const cancelled = jest.fn();
    runAt(MAX_TIMER_DELAY_MS + 10, cancelled).cancel();
    jest.advanceTimersByTime(MAX_TIMER_DELAY_MS * 2);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
