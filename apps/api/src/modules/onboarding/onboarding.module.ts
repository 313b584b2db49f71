import { Global, Module } from '@nestjs/common';
import { AssignmentHooks } from './assignment-hooks';
import { OnboardingResolver } from './onboarding.resolver';
import { OnboardingService } from './onboarding.service';

@Global()
@Module({ providers: [OnboardingService, OnboardingResolver, AssignmentHooks], exports: [AssignmentHooks] })
export class OnboardingModule {}
