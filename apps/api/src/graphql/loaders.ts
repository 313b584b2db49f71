import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { CoachRole } from '@app/db';

export interface CoachLink {
  athleteId: string;
  userId: string;
  name: string;
  role: CoachRole;
}

/** Request-scoped batch loaders, created in the GraphQL context factory (no N+1 on list fields). */
export function createLoaders(db: DataSource) {
  return {
    coachesByAthlete: new DataLoader<string, CoachLink[]>(async (athleteIds) => {
      const rows: Array<{ athlete_id: string; user_id: string; name: string; role: CoachRole }> =
        await db.query(
          `SELECT ca.athlete_id, u.id AS user_id, u.name, ca.role
           FROM coach_assignment ca JOIN app_user u ON u.id = ca.coach_user_id
          WHERE ca.athlete_id = ANY($1::uuid[]) AND ca.removed_at IS NULL
          ORDER BY ca.role, u.name`,
          [athleteIds],
        );
      const by = new Map<string, CoachLink[]>();
      for (const r of rows) {
        const list = by.get(r.athlete_id) ?? [];
        list.push({ athleteId: r.athlete_id, userId: r.user_id, name: r.name, role: r.role });
        by.set(r.athlete_id, list);
      }
      return athleteIds.map((id) => by.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
