import { Global, Module } from '@nestjs/common';
import { MailModule } from '../../mail/mail.module';
import { AssignmentHooks } from './assignment-hooks';
import { OnboardingResolver } from './onboarding.resolver';
import { OnboardingService } from './onboarding.service';

@Global()
@Module({
  imports: [MailModule],
  providers: [OnboardingService, OnboardingResolver, AssignmentHooks],
  exports: [AssignmentHooks],
})
export class OnboardingModule {}
