import { Injectable, Logger } from '@nestjs/common';

/** What changed in an organization's onboarding queue (what its admins follow on the admin page). */
export type OnboardingChange =
  'INVITED' | 'INVITATION_ACCEPTED' | 'INTAKE_STARTED' | 'INTAKE_SUBMITTED' | 'ASSIGNED' | 'UNASSIGNED';

export type OnboardingListener = (organizationId: string, change: OnboardingChange) => Promise<void> | void;

/**
 * Other features (the chat connection's push to admins) register here to hear of a change to an organization's
 * onboarding queue once it is committed. Listeners run in the background: a failing one is logged, never the
 * caller's error (the change itself stands).
 */
@Injectable()
export class OnboardingEvents {
  private readonly logger = new Logger(OnboardingEvents.name);
  private readonly listeners: OnboardingListener[] = [];

  register(listener: OnboardingListener): void {
    this.listeners.push(listener);
  }

  changed(organizationId: string, change: OnboardingChange): void {
    for (const listener of this.listeners) {
      void Promise.resolve()
        .then(() => listener(organizationId, change))
        .catch((e: unknown) => this.logger.error(`onboarding listener failed: ${String(e)}`));
    }
  }
}
