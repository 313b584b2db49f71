export enum Role {
  ADMIN = 'ADMIN',
  COACH = 'COACH',
  ATHLETE = 'ATHLETE',
}

export enum CoachRole {
  HEAD = 'HEAD',
  ASSISTANT = 'ASSISTANT',
}

export enum NoteVisibility {
  COACHES_ONLY = 'COACHES_ONLY',
  SHARED = 'SHARED',
}

export enum IllnessStatus {
  NONE = 'NONE',
  ABOVE_NECK = 'ABOVE_NECK',
  BELOW_NECK_OR_FEVER = 'BELOW_NECK_OR_FEVER',
}

export enum SessionKind {
  RUN = 'RUN',
  STRENGTH = 'STRENGTH',
  CROSS_TRAINING = 'CROSS_TRAINING',
  RACE = 'RACE',
}

/** Planned sessions may also be explicit rest days. */
export enum PlannedSessionKind {
  RUN = 'RUN',
  STRENGTH = 'STRENGTH',
  CROSS_TRAINING = 'CROSS_TRAINING',
  RACE = 'RACE',
  REST = 'REST',
}

/** The sport of a planned CROSS_TRAINING session (the engine's `CrossTrainingSport`); null on other kinds. */
export enum CrossTrainingSport {
  BIKE = 'BIKE',
  SWIM = 'SWIM',
  OTHER = 'OTHER',
}

export enum SessionSource {
  MANUAL = 'MANUAL',
  FILE = 'FILE',
}

export enum ContextEventKind {
  ILLNESS = 'ILLNESS',
  INJURY = 'INJURY',
  TRAVEL = 'TRAVEL',
  FAMILY = 'FAMILY',
  WORK_STRESS = 'WORK_STRESS',
  VACATION = 'VACATION',
  OTHER = 'OTHER',
}

export enum ContextEventSource {
  ENTERED = 'ENTERED',
  CHAT = 'CHAT',
}

export enum ContextEventStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  DISMISSED = 'DISMISSED',
}

export enum RacePriority {
  A = 'A',
  B = 'B',
  C = 'C',
}

export enum SeasonPhase {
  TRANSITION = 'TRANSITION',
  PREPARATORY = 'PREPARATORY',
  PRE_COMPETITION = 'PRE_COMPETITION',
  COMPETITION = 'COMPETITION',
}

export enum PlanStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  SUPERSEDED = 'SUPERSEDED',
}

export enum EffortType {
  RPE = 'RPE',
  ZONE = 'ZONE',
}
