import { Injectable, OnModuleInit } from '@nestjs/common';
import { OnboardingChange, OnboardingEvents } from '../onboarding/onboarding-events';
import { ChatNotifier } from './chat.notifier';
import { ChatRepository } from './chat.repository';

/**
 * The admin page follows its organization's onboarding queue live: each committed change (OnboardingEvents) is
 * pushed as `onboarding:changed` to that organization's admins, and to no one else.
 */
@Injectable()
export class OnboardingPush implements OnModuleInit {
  constructor(
    private readonly events: OnboardingEvents,
    private readonly repo: ChatRepository,
    private readonly notifier: ChatNotifier,
  ) {}

  onModuleInit(): void {
    this.events.register((organizationId, change) => this.push(organizationId, change));
  }

  private async push(organizationId: string, change: OnboardingChange): Promise<void> {
    this.notifier.onboardingChanged({ change }, organizationId, await this.repo.adminUserIds(organizationId));
  }
}
