import { Module } from '@nestjs/common';
import { ComplianceService } from './compliance.service';
import { PlanWriteHooks } from './plan-write-hooks';
import { PlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';
import { SeasonService } from './season.service';

@Module({
  providers: [PlansService, PlanWriteHooks, ComplianceService, SeasonService, PlansResolver],
  exports: [PlansService, PlanWriteHooks],
})
export class PlansModule {}
