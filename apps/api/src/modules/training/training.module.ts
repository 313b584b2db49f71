import { Global, Module } from '@nestjs/common';
import { AthleteCalendar } from './athlete-calendar.service';
import { AthleteScope } from './athlete-scope';
import { CheckInsService } from './check-ins.service';
import { ContextEventsService } from './context-events.service';
import { LoggedSessionsService } from './logged-sessions.service';
import { RacesService } from './races.service';
import { TrainingResolver } from './training.resolver';
import { WeekAvailabilityService } from './week-availability.service';

@Global()
@Module({
  providers: [
    AthleteCalendar,
    AthleteScope,
    CheckInsService,
    LoggedSessionsService,
    ContextEventsService,
    RacesService,
    TrainingResolver,
    WeekAvailabilityService,
  ],
  exports: [AthleteCalendar, AthleteScope, ContextEventsService],
})
export class TrainingModule {}
