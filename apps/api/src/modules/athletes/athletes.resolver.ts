import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { AuthContext } from '../../auth/auth-context';
import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { Loaders } from '../../graphql/loaders';
import { AthletesService } from './athletes.service';
import { RosterArgs } from './dto/athletes.args';
import { AthleteCoachModel, AthleteConnectionModel, AthleteModel } from './models/athlete.model';

@Resolver(() => AthleteModel)
export class AthletesResolver {
  constructor(private readonly athletes: AthletesService) {}

  @Query(() => AthleteConnectionModel, { description: 'A coach’s athletes, paginated by name' })
  roster(@CurrentAuth() ctx: AuthContext, @Args() args: RosterArgs): Promise<AthleteConnectionModel> {
    return this.athletes.roster(ctx, args);
  }

  @Query(() => AthleteModel)
  athlete(
    @CurrentAuth() ctx: AuthContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<AthleteModel> {
    return this.athletes.get(ctx, id);
  }

  @ResolveField(() => [AthleteCoachModel])
  coaches(
    @Parent() athlete: AthleteModel,
    @Context('loaders') loaders: Loaders,
  ): Promise<AthleteCoachModel[]> {
    return loaders.coachesByAthlete.load(athlete.id);
  }
}
