import { Module } from '@nestjs/common';
import { ComplianceService } from './compliance.service';
import { PlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';
import { SeasonService } from './season.service';

@Module({
  providers: [PlansService, ComplianceService, SeasonService, PlansResolver],
  exports: [PlansService],
})
export class PlansModule {}
