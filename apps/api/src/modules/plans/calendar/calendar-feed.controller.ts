import { Controller, Get, Param, Res } from '@nestjs/common';
import { Response } from 'express';

import { Public } from '../../../auth/decorators/public.decorator';
import { CalendarFeedService } from './calendar-feed.service';

/**
 * `GET /calendar/:token.ics` — the athlete's published plan as text/calendar. The secret token is the only
 * credential (calendar apps cannot send bearer tokens); unknown or revoked tokens get 404.
 */
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get(':token.ics')
  async feed(@Param('token') token: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { body, lastModified } = await this.feeds.render(token);
    res.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="coachline-plan.ics"',
      'Cache-Control': 'private, max-age=300',
      'Last-Modified': lastModified.toUTCString(),
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
    });
    return body;
  }
}
