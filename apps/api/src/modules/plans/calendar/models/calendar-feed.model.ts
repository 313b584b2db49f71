import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeed', {
  description:
    'A secret iCalendar subscription URL of the athlete’s published plan. Shown once: only a hash is stored, so ' +
    'a lost URL is replaced by creating a new feed (which revokes the old one).',
})
export class CalendarFeedModel {
  @Field({
    description: 'Subscribe to this URL in a calendar app (webcal/https). Anyone with it can read the plan.',
  })
  url: string;

  @Field()
  createdAt: Date;
}
