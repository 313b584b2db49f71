import { Role } from '@app/db';

/** Who is calling, in which organization, as what. Built by AuthService.authenticate for every transport. */
export interface AuthContext {
  userId: string;
  organizationId: string;
  roles: ReadonlySet<Role>;
  /** The caller's own athlete record in this organization, if they are an athlete. */
  athleteId: string | null;
  /** The session (refresh-token family) of the access token, when the caller came with one. */
  sessionId?: string;
}

export const hasRole = (ctx: AuthContext, role: Role) => ctx.roles.has(role);
