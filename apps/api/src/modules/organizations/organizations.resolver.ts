import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../auth/auth-context';
import { AuthService } from '../../auth/auth.service';
import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { Public } from '../../auth/decorators/public.decorator';
import { AuthPayloadModel } from '../../auth/models/auth.models';
import { AuthedRequest, clientIp } from '../../auth/request-of';
import { COACHES_PAGE, MAX_COACHES_PAGE } from './dto/coaches-page';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { UpdateOrganizationSettingsInput } from './dto/update-organization-settings.input';
import { OrganizationCoachModel, OrganizationModel } from './models/organization.model';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Create a coaching business with its first admin, signed in',
  })
  async createOrganization(
    @Args('input') input: CreateOrganizationInput,
    @Context('req') req: AuthedRequest,
  ): Promise<AuthPayloadModel> {
    const t = await this.organizations.create(input, clientIp(req));
    return { ...t, me: await this.auth.me(t.userId, t.organizationId) };
  }

  @Query(() => OrganizationModel)
  organization(@CurrentAuth() ctx: AuthContext): Promise<OrganizationModel> {
    return this.organizations.get(ctx);
  }

  @Query(() => [OrganizationCoachModel], {
    description: `Admin: the organization's coaches by name (at most ${MAX_COACHES_PAGE})`,
  })
  coaches(
    @CurrentAuth() ctx: AuthContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: COACHES_PAGE }) first: number,
  ): Promise<OrganizationCoachModel[]> {
    return this.organizations.coaches(ctx, first);
  }

  @Mutation(() => OrganizationModel, {
    description: "Admin: the organization's time zone and weekly review day and time",
  })
  updateOrganizationSettings(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: UpdateOrganizationSettingsInput,
  ): Promise<OrganizationModel> {
    return this.organizations.updateSettings(ctx, input);
  }
}
