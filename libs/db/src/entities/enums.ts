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
