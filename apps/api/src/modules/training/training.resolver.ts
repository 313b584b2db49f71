import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../auth/auth-context';
import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { AthleteCalendar } from './athlete-calendar.service';
import { AthleteScope } from './athlete-scope';
import { CheckInsService } from './check-ins.service';
import { ContextEventsService } from './context-events.service';
import {
  AddContextEventInput,
  AddRaceInput,
  AthleteArgs,
  AthleteRangeArgs,
  ContextEventsArgs,
  LogSessionInput,
  UpdateContextEventInput,
  UpdateLoggedSessionInput,
  UpdateRaceInput,
  UpsertCheckInInput,
} from './dto/training.inputs';
import { LoggedSessionsService } from './logged-sessions.service';
import {
  AthleteTodayModel,
  CheckInModel,
  ContextEventModel,
  LoggedSessionModel,
  RaceModel,
} from './models/training.models';
import { RacesService } from './races.service';
import {
  ClearWeekAvailabilityInput,
  SetWeekAvailabilityInput,
  WeekAvailabilityArgs,
} from './dto/week-availability.inputs';
import { WeekAvailabilityModel } from './models/week-availability.model';
import { WeekAvailabilityService } from './week-availability.service';

@Resolver()
export class TrainingResolver {
  constructor(
    private readonly checkInsService: CheckInsService,
    private readonly sessionsService: LoggedSessionsService,
    private readonly contextService: ContextEventsService,
    private readonly racesService: RacesService,
    private readonly scope: AthleteScope,
    private readonly calendar: AthleteCalendar,
    private readonly availability: WeekAvailabilityService,
  ) {}

  @Query(() => WeekAvailabilityModel, {
    description:
      'Minutes available in a week (default: next week): the athlete’s own override, else the intake’s usual week, with what changed',
  })
  weekAvailability(
    @CurrentAuth() ctx: AuthContext,
    @Args() args: WeekAvailabilityArgs,
  ): Promise<WeekAvailabilityModel> {
    return this.availability.get(ctx, args);
  }

  @Mutation(() => WeekAvailabilityModel, {
    description:
      'Athlete (or their coach): the minutes available each day of a coming week (0 = day off); the review plans that week within them',
  })
  setWeekAvailability(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: SetWeekAvailabilityInput,
  ): Promise<WeekAvailabilityModel> {
    return this.availability.set(ctx, input);
  }

  @Mutation(() => WeekAvailabilityModel, {
    description: 'Drops a week’s override: the intake’s usual week applies again',
  })
  clearWeekAvailability(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: ClearWeekAvailabilityInput,
  ): Promise<WeekAvailabilityModel> {
    return this.availability.clear(ctx, input);
  }

  @Query(() => AthleteTodayModel, { description: 'The athlete’s zone, local date and current week' })
  async athleteToday(@CurrentAuth() ctx: AuthContext, @Args() args: AthleteArgs): Promise<AthleteTodayModel> {
    const { athlete } = await this.scope.resolve(ctx, args.athleteId, 'READ');
    return this.calendar.today(athlete.id);
  }

  @Mutation(() => CheckInModel, {
    description:
      'Athlete: today’s (or a past day’s) check-in. Creates the day’s check-in, or changes only the fields sent ' +
      '(omitted fields keep their saved values; null clears one). An empty check-in is BAD_USER_INPUT / CHECK_IN_EMPTY',
  })
  upsertCheckIn(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: UpsertCheckInInput,
  ): Promise<CheckInModel> {
    return this.checkInsService.upsert(ctx, input);
  }

  @Query(() => [CheckInModel])
  checkIns(@CurrentAuth() ctx: AuthContext, @Args() args: AthleteRangeArgs): Promise<CheckInModel[]> {
    return this.checkInsService.list(ctx, args);
  }

  @Mutation(() => LoggedSessionModel)
  logSession(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: LogSessionInput,
  ): Promise<LoggedSessionModel> {
    return this.sessionsService.log(ctx, input);
  }

  @Mutation(() => LoggedSessionModel, { description: 'Rate an imported session (sRPE) or correct one' })
  updateLoggedSession(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: UpdateLoggedSessionInput,
  ): Promise<LoggedSessionModel> {
    return this.sessionsService.update(ctx, input);
  }

  @Mutation(() => ID, {
    description:
      'The athlete or an assigned coach deletes a logged session; returns its id. Another’s is FORBIDDEN, unknown NOT_FOUND',
  })
  deleteLoggedSession(
    @CurrentAuth() ctx: AuthContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe)
    id: string,
  ): Promise<string> {
    return this.sessionsService.remove(ctx, id);
  }

  @Query(() => [LoggedSessionModel])
  loggedSessions(
    @CurrentAuth() ctx: AuthContext,
    @Args() args: AthleteRangeArgs,
  ): Promise<LoggedSessionModel[]> {
    return this.sessionsService.list(ctx, args);
  }

  @Mutation(() => ContextEventModel, { description: 'Enter life context (confirmed at once)' })
  addContextEvent(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: AddContextEventInput,
  ): Promise<ContextEventModel> {
    return this.contextService.add(ctx, input);
  }

  @Mutation(() => ContextEventModel)
  updateContextEvent(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: UpdateContextEventInput,
  ): Promise<ContextEventModel> {
    return this.contextService.update(ctx, input);
  }

  @Query(() => [ContextEventModel])
  contextEvents(
    @CurrentAuth() ctx: AuthContext,
    @Args() args: ContextEventsArgs,
  ): Promise<ContextEventModel[]> {
    return this.contextService.list(ctx, args);
  }

  @Mutation(() => RaceModel)
  addRace(@CurrentAuth() ctx: AuthContext, @Args('input') input: AddRaceInput): Promise<RaceModel> {
    return this.racesService.add(ctx, input);
  }

  @Mutation(() => RaceModel, { description: 'Edit a race or record its result' })
  updateRace(@CurrentAuth() ctx: AuthContext, @Args('input') input: UpdateRaceInput): Promise<RaceModel> {
    return this.racesService.update(ctx, input);
  }

  @Query(() => [RaceModel])
  races(@CurrentAuth() ctx: AuthContext, @Args() args: AthleteArgs): Promise<RaceModel[]> {
    return this.racesService.list(ctx, args);
  }
}
