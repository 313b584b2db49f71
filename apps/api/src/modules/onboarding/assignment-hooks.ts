import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type AssignmentHook = (em: EntityManager, athleteId: string) => Promise<void>;

/**
 * Other features (chat membership, for one) register here to react to a change of an athlete's coaching
 * team inside the same transaction as the change, so the two can never disagree.
 */
@Injectable()
export class AssignmentHooks {
  private readonly hooks: AssignmentHook[] = [];

  register(hook: AssignmentHook): void {
    this.hooks.push(hook);
  }

  async run(em: EntityManager, athleteId: string): Promise<void> {
    for (const hook of this.hooks) await hook(em, athleteId);
  }
}
