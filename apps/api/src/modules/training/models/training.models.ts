import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ContextEventKind,
  ContextEventSource,
  ContextEventStatus,
  IllnessStatus,
  RacePriority,
  SessionKind,
  SessionSource,
} from '../../../graphql/enums';

@ObjectType('AthleteToday')
export class AthleteTodayModel {
  @Field({ description: 'IANA zone the athlete’s days and weeks are counted in' })
  timezone: string;

  @Field({ description: 'The athlete’s local date now' })
  date: string;

  @Field({ description: 'Monday of the athlete’s current ISO week' })
  weekStart: string;
}

@ObjectType('CheckIn', {
  description:
    'Morning check-in. Scales are 1–5 where 5 is best (5 = no soreness, very fresh, calm, great mood).',
})
export class CheckInModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  athleteId: string;

  @Field()
  date: string;

  @Field(() => Float, { nullable: true })
  sleepHours: number | null;

  @Field(() => Int, { nullable: true })
  sleepQuality: number | null;

  @Field(() => Float, { nullable: true, description: 'Morning rMSSD, ms' })
  rmssd: number | null;

  @Field(() => Int, { nullable: true })
  restingHr: number | null;

  @Field(() => Int, { nullable: true })
  soreness: number | null;

  @Field(() => Int, { nullable: true })
  fatigue: number | null;

  @Field(() => Int, { nullable: true })
  stress: number | null;

  @Field(() => Int, { nullable: true })
  mood: number | null;

  @Field(() => IllnessStatus)
  illness: IllnessStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  updatedAt: Date;
}

@ObjectType('LoggedSession')
export class LoggedSessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  athleteId: string;

  @Field()
  date: string;

  @Field(() => SessionKind)
  kind: SessionKind;

  @Field(() => Int)
  minutes: number;

  @Field(() => Float, { nullable: true, description: 'Session RPE 0–10; null until rated' })
  srpe: number | null;

  @Field(() => Float, { nullable: true, description: 'sRPE × minutes (Foster 2001)' })
  load: number | null;

  @Field(() => Int, { nullable: true })
  averageHr: number | null;

  @Field(() => Int, { nullable: true })
  distanceMeters: number | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The planned session this log is for. When its week is published again, the log follows to the session that ' +
      'replaced it (same day, kind and key flag); a session of a superseded version, when named, resolves the same way.',
  })
  plannedSessionId: string | null;

  @Field(() => SessionSource)
  source: SessionSource;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "An imported file's elapsed seconds, stops included; null for sessions logged by hand",
  })
  elapsedSeconds: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "An imported file's moving (timer) seconds, which `minutes` counts; null when the file cannot tell",
  })
  movingSeconds: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The sport an imported file names (`cycling`, `Run`…), or the one inferred from its speed',
  })
  sport: string | null;

  @Field({
    description:
      'True while `sport` and the kind are a guess from the speed (the file named no sport); correcting the kind clears it',
  })
  sportInferred: boolean;
}

@ObjectType('ContextEvent')
export class ContextEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  athleteId: string;

  @Field(() => ContextEventKind)
  kind: ContextEventKind;

  @Field()
  startDate: string;

  @Field(() => String, { nullable: true, description: 'Inclusive; null while open-ended' })
  endDate: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ContextEventSource)
  source: ContextEventSource;

  @Field(() => ContextEventStatus)
  status: ContextEventStatus;

  @Field(() => ID, { nullable: true, description: 'The chat message it was detected in' })
  messageId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A proposal from a chat date phrase read two ways ("next weekend" said Monday–Thursday): the days taken and the other reading; null once decided',
  })
  dateNote: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('Race')
export class RaceModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  athleteId: string;

  @Field()
  name: string;

  @Field()
  date: string;

  @Field(() => RacePriority)
  priority: RacePriority;

  @Field()
  kind: string;

  @Field(() => Int)
  expectedMinutes: number;

  @Field(() => Int, { nullable: true })
  resultMinutes: number | null;

  @Field(() => String, { nullable: true })
  resultNote: string | null;
}
