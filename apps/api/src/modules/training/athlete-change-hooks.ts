import { Injectable, Logger } from '@nestjs/common';

/** What happened to an athlete that may change their weekly review. */
export type AthleteChange =
  | { kind: 'ILLNESS_CHECK_IN' }
  | { kind: 'CONTEXT_CONFIRMED' }
  | { kind: 'AVAILABILITY_CHANGED'; weekStart: string }
  | { kind: 'MEDICAL_CLEARANCE_RECORDED' }
  | { kind: 'CONTEXT_PROPOSED'; contextEventIds: string[] }
  /**
   * A session logged or corrected, or an archive's import that created sessions (`date`: the latest of their days):
   * screens showing the athlete's week are told; the review is not re-run for it.
   */
  | { kind: 'SESSION_LOGGED'; date: string };

export type AthleteChangeHook = (athleteId: string, change: AthleteChange) => Promise<void> | void;

/**
 * Other features (the weekly review) register here to react to changes in an athlete's life after they
 * are committed. Hooks run in the background: a failing hook is logged, never the caller's error.
 */
@Injectable()
export class AthleteChangeHooks {
  private readonly logger = new Logger(AthleteChangeHooks.name);
  private readonly hooks: AthleteChangeHook[] = [];

  register(hook: AthleteChangeHook): void {
    this.hooks.push(hook);
  }

  changed(athleteId: string, change: AthleteChange): void {
    for (const hook of this.hooks) {
      void Promise.resolve()
        .then(() => hook(athleteId, change))
        .catch((e: unknown) => this.logger.error(`athlete change hook failed: ${String(e)}`));
    }
  }
}
