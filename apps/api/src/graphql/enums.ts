import { registerEnumType } from '@nestjs/graphql';
import {
  CoachRole,
  ContextEventKind,
  ContextEventSource,
  ContextEventStatus,
  CrossTrainingSport,
  EffortType,
  IllnessStatus,
  NoteVisibility,
  PlannedSessionKind,
  PlanStatus,
  RacePriority,
  Role,
  SeasonPhase,
  SessionKind,
  SessionSource,
} from '@app/db';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a person is in an organization; a person may hold several.',
});
registerEnumType(CoachRole, { name: 'CoachRole', description: 'HEAD or ASSISTANT coach of an athlete.' });
registerEnumType(NoteVisibility, {
  name: 'NoteVisibility',
  description: 'COACHES_ONLY notes are never visible to the athlete; SHARED notes are.',
});

export { CoachRole, NoteVisibility, Role };

registerEnumType(IllnessStatus, {
  name: 'IllnessStatus',
  description: 'Neck check: NONE, ABOVE_NECK (easy running only), BELOW_NECK_OR_FEVER (rest)',
});
registerEnumType(SessionKind, { name: 'SessionKind' });
registerEnumType(PlannedSessionKind, { name: 'PlannedSessionKind' });
registerEnumType(CrossTrainingSport, {
  name: 'CrossTrainingSport',
  description: 'The sport of a planned CROSS_TRAINING session: BIKE (a ride), SWIM, OTHER',
});
registerEnumType(SessionSource, { name: 'SessionSource' });
registerEnumType(ContextEventKind, { name: 'ContextEventKind' });
registerEnumType(ContextEventSource, { name: 'ContextEventSource' });
registerEnumType(ContextEventStatus, { name: 'ContextEventStatus' });
registerEnumType(RacePriority, {
  name: 'RacePriority',
  description: 'A: season goal; B and C: training stimuli',
});
registerEnumType(SeasonPhase, { name: 'SeasonPhase' });
registerEnumType(PlanStatus, { name: 'PlanStatus' });
registerEnumType(EffortType, { name: 'EffortType', description: 'RPE 1–10 or zone 1–5' });

export {
  ContextEventKind,
  ContextEventSource,
  ContextEventStatus,
  CrossTrainingSport,
  EffortType,
  IllnessStatus,
  PlannedSessionKind,
  PlanStatus,
  RacePriority,
  SeasonPhase,
  SessionKind,
  SessionSource,
};

/** What happened to an e-mail the API tried to send (it never blocks the operation that triggered it). */
export enum EmailDelivery {
  SENT = 'SENT',
  FAILED = 'FAILED',
  NOT_CONFIGURED = 'NOT_CONFIGURED',
}
registerEnumType(EmailDelivery, {
  name: 'EmailDelivery',
  description:
    'SENT: the mail server accepted it; FAILED: it did not (see the server log); NOT_CONFIGURED: no SMTP_URL, nothing sent.',
});

/**
 * What a write that changes a weekly review's input (a recorded clearance, a saved or published plan) did to the
 * athlete's stored review, told in that write's answer.
 */
export enum ReviewRegeneration {
  GENERATED = 'GENERATED',
  KEPT_DONE = 'KEPT_DONE',
  QUEUED = 'QUEUED',
}
registerEnumType(ReviewRegeneration, {
  name: 'ReviewRegeneration',
  description:
    'What a change (a recorded clearance, a saved or published plan) did to the athlete’s stored review',
  valuesMap: {
    GENERATED: {
      description:
        'Generated again with the change before the answer: the stored review is the engine’s answer to it (decisions kept)',
    },
    KEPT_DONE: {
      description:
        'The coach had already completed that review: kept as it was (the change counts from the next review on)',
    },
    QUEUED: {
      description:
        'Generating it failed: the change is saved all the same, and the review is re-run in the background (retried); until then it is the review as it was before the change (a clearance: it may still recommend a doctor; a plan: its suggestions may name sessions the plan no longer has)',
    },
  },
});
