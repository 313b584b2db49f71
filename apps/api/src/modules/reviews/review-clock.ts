import { Injectable } from '@nestjs/common';

/**
 * The time the review workflow runs at. Everything in reviews (which week is "coming", when the weekly
 * generation is due, what "today" is for a snooze) asks this clock, so tests can move it.
 */
@Injectable()
export class ReviewClock {
  private offsetMs = 0;
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date(Date.now() + this.offsetMs);
  }

  /** Tests: freeze the clock at `at` (or unfreeze with null). */
  set(at: Date | null): void {
    this.fixed = at;
  }
}
