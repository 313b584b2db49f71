import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CrossTrainingSport,
  EffortType,
  PlannedSessionKind,
  PlanStatus,
  ReviewRegeneration,
  SeasonPhase,
} from '../../../graphql/enums';

@ObjectType('Effort', { description: 'RPE 1–10 or zone 1–5. Never pace: prescriptions are time and effort.' })
export class EffortModel {
  @Field(() => EffortType)
  type: EffortType;

  @Field(() => Int)
  value: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'ZONE only: the zone model the value is of, 3 or 5 ("Z2/5"); null when the plan does not say',
  })
  scale?: number | null;
}

@ObjectType('IntervalStructure', { description: 'repeats × (work @ effort, recovery @ effort), time-based' })
export class IntervalStructureModel {
  @Field(() => Int)
  repeats: number;

  @Field(() => Int)
  workSeconds: number;

  @Field(() => EffortModel)
  workEffort: EffortModel;

  @Field(() => Int)
  recoverySeconds: number;

  @Field(() => EffortModel)
  recoveryEffort: EffortModel;
}

@ObjectType('PlannedSession')
export class PlannedSessionModel {
  @Field(() => ID)
  id: string;

  @Field()
  date: string;

  @Field(() => Int, { description: '0 = Monday … 6 = Sunday' })
  dayOfWeek: number;

  @Field(() => PlannedSessionKind)
  kind: PlannedSessionKind;

  @Field(() => Int)
  minutes: number;

  @Field(() => EffortModel)
  effort: EffortModel;

  @Field(() => IntervalStructureModel, { nullable: true })
  intervals: IntervalStructureModel | null;

  @Field()
  purpose: string;

  @Field()
  key: boolean;

  @Field(() => CrossTrainingSport, {
    nullable: true,
    description: 'CROSS_TRAINING only: its sport; null on other kinds and when the plan does not say',
  })
  sport: CrossTrainingSport | null;
}

@ObjectType('WeeklyPlan')
export class WeeklyPlanModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  athleteId: string;

  @Field()
  weekStart: string;

  @Field(() => Int, { description: 'Publish history: 1, 2, 3 …' })
  version: number;

  @Field(() => PlanStatus)
  status: PlanStatus;

  @Field(() => Int, { description: 'Edit counter of a draft; send it back as expectedRevision' })
  revision: number;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  updatedAt: Date;

  @Field(() => [PlannedSessionModel])
  sessions: PlannedSessionModel[];

  @Field(() => Int)
  plannedMinutes: number;

  @Field(() => ReviewRegeneration, {
    nullable: true,
    description:
      'Only in savePlanDraft’s, publishPlan’s and completeReview’s answers (null when read): what the write did to the stored review that reads this plan. A saved draft: the review of its week; a published plan: the review of the week after, whose changes to the rest of this week meet it (publishing a draft leaves the review of its own week as it was: the same sessions). Null when there is no such review',
  })
  reviewRegeneration?: ReviewRegeneration | null;
}

@ObjectType('WeekPlan', {
  description: 'The published plan of a week and, for coaches, the draft being edited',
})
export class WeekPlanModel {
  @Field(() => ID)
  athleteId: string;

  @Field()
  weekStart: string;

  @Field(() => WeeklyPlanModel, { nullable: true })
  published: WeeklyPlanModel | null;

  @Field(() => WeeklyPlanModel, {
    nullable: true,
    description: 'Coaches and admins only; null for the athlete',
  })
  draft: WeeklyPlanModel | null;
}

@ObjectType('SeasonPhaseBlock')
export class SeasonPhaseBlockModel {
  @Field(() => SeasonPhase)
  phase: SeasonPhase;

  @Field()
  startDate: string;

  @Field()
  endDate: string;
}

@ObjectType('Mesocycle')
export class MesocycleModel {
  @Field()
  startDate: string;

  @Field(() => Int)
  weeks: number;

  @Field({ description: 'Primary stimulus, e.g. "aerobic volume", "threshold", "VO2max", "hills/strength"' })
  focus: string;
}

@ObjectType('Season')
export class SeasonModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  athleteId: string;

  @Field()
  name: string;

  @Field(() => [SeasonPhaseBlockModel])
  phases: SeasonPhaseBlockModel[];

  @Field(() => [MesocycleModel])
  mesocycles: MesocycleModel[];

  @Field(() => Int)
  version: number;
}

@ObjectType('Compliance', {
  description: 'Planned vs completed, not counting days lost to illness or travel',
})
export class ComplianceModel {
  @Field()
  weekStart: string;

  @Field(() => Int)
  plannedMinutes: number;

  @Field(() => Int)
  completedMinutes: number;

  @Field(() => Float, { nullable: true, description: 'completed / planned; null when nothing was planned' })
  completionRate: number | null;

  @Field(() => Int)
  keySessionsPlanned: number;

  @Field(() => Int)
  keySessionsDone: number;

  @Field(() => [String], { description: 'Dates excluded: under a confirmed ILLNESS or TRAVEL event' })
  excludedDates: string[];

  @Field({ description: 'Whether a published plan exists for the week' })
  hasPublishedPlan: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'For a week not over yet: the last day counted, the day before today in the athlete’s zone (figures so far: later sessions are neither missed nor done yet); null once the week is over',
  })
  countedThrough: string | null;
}
