import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { AuthContext } from '../../../auth/auth-context';
import { CurrentAuth } from '../../../auth/decorators/current-auth.decorator';
import { CalendarFeedService } from './calendar-feed.service';
import { CreateCalendarFeedInput } from './dto/create-calendar-feed.input';
import { RevokeCalendarFeedInput } from './dto/revoke-calendar-feed.input';
import { CalendarFeedModel } from './models/calendar-feed.model';

@Resolver(() => CalendarFeedModel)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Mutation(() => CalendarFeedModel, {
    description: 'The athlete only. Creates a new secret feed URL and revokes any earlier one (rotation).',
  })
  createCalendarFeed(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: CreateCalendarFeedInput,
  ): Promise<CalendarFeedModel> {
    return this.feeds.create(ctx, input);
  }

  @Mutation(() => Boolean, {
    description:
      'The athlete, an assigned coach or an admin. Stops the active feed URL; false when there was none.',
  })
  revokeCalendarFeed(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: RevokeCalendarFeedInput,
  ): Promise<boolean> {
    return this.feeds.revoke(ctx, input);
  }
}
