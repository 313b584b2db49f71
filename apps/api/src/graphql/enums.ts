import { registerEnumType } from '@nestjs/graphql';
import { CoachRole, NoteVisibility, Role } from '@app/db';

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
