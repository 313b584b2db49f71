import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../auth/auth-context';
import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { AthleteArgs } from '../training/dto/training.inputs';
import { ComplianceService } from './compliance.service';
import { PublishPlanInput, SavePlanDraftInput, SaveSeasonInput, WeekArgs } from './dto/plan.inputs';
import { ComplianceModel, SeasonModel, WeeklyPlanModel, WeekPlanModel } from './models/plan.models';
import { PlansService } from './plans.service';
import { SeasonService } from './season.service';

@Resolver()
export class PlansResolver {
  constructor(
    private readonly plansService: PlansService,
    private readonly complianceService: ComplianceService,
    private readonly seasonService: SeasonService,
  ) {}

  @Mutation(() => WeeklyPlanModel, {
    description: 'Coach: create or edit the draft of a week (version-checked)',
  })
  savePlanDraft(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: SavePlanDraftInput,
  ): Promise<WeeklyPlanModel> {
    return this.plansService.saveDraft(ctx, input);
  }

  @Mutation(() => WeeklyPlanModel, { description: 'Coach: publish a draft; the previous version is kept' })
  publishPlan(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: PublishPlanInput,
  ): Promise<WeeklyPlanModel> {
    return this.plansService.publish(ctx, input);
  }

  @Query(() => WeekPlanModel, { description: 'A week’s published plan (and draft, for coaches)' })
  weeklyPlan(@CurrentAuth() ctx: AuthContext, @Args() args: WeekArgs): Promise<WeekPlanModel> {
    return this.plansService.week(ctx, args);
  }

  @Query(() => [WeeklyPlanModel], { description: 'Coaches: every version of a week, newest first' })
  planVersions(@CurrentAuth() ctx: AuthContext, @Args() args: WeekArgs): Promise<WeeklyPlanModel[]> {
    return this.plansService.versions(ctx, args);
  }

  @Query(() => ComplianceModel)
  compliance(@CurrentAuth() ctx: AuthContext, @Args() args: WeekArgs): Promise<ComplianceModel> {
    return this.complianceService.week(ctx, args);
  }

  @Query(() => SeasonModel, { nullable: true })
  season(@CurrentAuth() ctx: AuthContext, @Args() args: AthleteArgs): Promise<SeasonModel | null> {
    return this.seasonService.get(ctx, args);
  }

  @Mutation(() => SeasonModel, { description: 'Coach: create or replace the season (phases and mesocycles)' })
  saveSeason(@CurrentAuth() ctx: AuthContext, @Args('input') input: SaveSeasonInput): Promise<SeasonModel> {
    return this.seasonService.save(ctx, input);
  }
}
