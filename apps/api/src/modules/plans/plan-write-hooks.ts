import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReviewRegeneration } from '../../graphql/enums';

/** A coach's write to a week of an athlete's plans through the API. */
export type PlanWriteKind = 'DRAFT_SAVED' | 'PUBLISHED';

/** What a hook does about one write, once it has taken its locks. */
export interface PlanWriteFollowUp {
  /** After the write, in its transaction: what the write did to the stored review that reads this plan (null: none). */
  written(em: EntityManager): Promise<ReviewRegeneration | null>;
  /** After the transaction committed (e.g. ask for a background job that must see the write). */
  committed?(): void;
}

/**
 * Called in the write's transaction after access is checked and before the week's plan rows are locked, so that a
 * hook locks its own rows first, in the order the review workflow locks them (the review, then the plan): a save
 * and an apply on the same athlete then wait for each other instead of deadlocking. Null: nothing to follow up.
 * `by`: the coach who wrote, whom a hook may name to others once the write has committed.
 */
export type PlanWriteHook = (
  em: EntityManager,
  kind: PlanWriteKind,
  athleteId: string,
  weekStart: string,
  by: PlanWriter,
) => Promise<PlanWriteFollowUp | null>;

/** Who wrote the plan, and what the caller tells the coaches itself. */
export interface PlanWriter {
  userId: string;
  /**
   * The caller tells the coaches about the review of the week written (completing a review publishes its week and
   * says COMPLETED): a hook names the write to them only on the other reviews it changes (the week after's).
   */
  tellsOwnWeek?: boolean;
}

/** One write's follow-ups, run by PlansService around the write. */
export class PlanWriteRun {
  private readonly followUps: PlanWriteFollowUp[] = [];

  constructor(
    private readonly hooks: readonly PlanWriteHook[],
    private readonly kind: PlanWriteKind,
    private readonly by: PlanWriter,
    private readonly logger: Logger,
  ) {}

  async lock(em: EntityManager, athleteId: string, weekStart: string): Promise<void> {
    for (const hook of this.hooks) {
      const f = await hook(em, this.kind, athleteId, weekStart, this.by);
      if (f) this.followUps.push(f);
    }
  }

  /** The stored review's answer to the write (the last hook's that has one), or null when none reads it. */
  async written(em: EntityManager): Promise<ReviewRegeneration | null> {
    let out: ReviewRegeneration | null = null;
    for (const f of this.followUps) out = (await f.written(em)) ?? out;
    return out;
  }

  committed(): void {
    for (const f of this.followUps) {
      try {
        f.committed?.();
      } catch (e) {
        this.logger.error(`plan write follow-up failed after commit: ${String(e)}`);
      }
    }
  }
}

/**
 * Features whose stored state reads the plans register here (the weekly review: ReviewPlanSync) to follow a
 * coach's savePlanDraft and publishPlan in the same transaction. The plans module knows nothing of them: the
 * reviews module depends on the plans module, never the other way.
 */
@Injectable()
export class PlanWriteHooks {
  private readonly logger = new Logger(PlanWriteHooks.name);
  private readonly hooks: PlanWriteHook[] = [];

  register(hook: PlanWriteHook): void {
    this.hooks.push(hook);
  }

  /** `by`: see PlanWriteHook. */
  start(kind: PlanWriteKind, by: PlanWriter): PlanWriteRun {
    return new PlanWriteRun(this.hooks, kind, by, this.logger);
  }
}
