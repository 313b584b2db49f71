import { Module } from '@nestjs/common';

import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';

/** Secret, revocable iCalendar subscription of an athlete's published plan. */
@Module({ controllers: [CalendarFeedController], providers: [CalendarFeedService, CalendarFeedResolver] })
export class CalendarFeedModule {}
