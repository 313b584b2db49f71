import { Global, Module } from '@nestjs/common';
import { MailModule } from '../../mail/mail.module';
import { AssignmentHooks } from './assignment-hooks';
import { OnboardingEvents } from './onboarding-events';
import { OnboardingResolver } from './onboarding.resolver';
import { OnboardingService } from './onboarding.service';

@Global()
@Module({
  imports: [MailModule],
  providers: [OnboardingService, OnboardingResolver, AssignmentHooks, OnboardingEvents],
  exports: [AssignmentHooks, OnboardingEvents],
})
export class OnboardingModule {}
