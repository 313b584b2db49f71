import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, forbidden } from '@app/common';
import { Role } from '@app/db';
import { AccessPolicy } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';
import { ATHLETE_SELECT, AthleteRow, toAthleteModel } from './athlete.mapper';
import { RosterArgs } from './dto/athletes.args';
import { AthleteConnectionModel, AthleteModel } from './models/athlete.model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const encodeCursor = (name: string, id: string) =>
  Buffer.from(JSON.stringify([name, id])).toString('base64url');
function decodeCursor(cursor: string): [string, string] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      v.length === 2 &&
      typeof v[0] === 'string' &&
      typeof v[1] === 'string' &&
      UUID.test(v[1])
    ) {
      return [v[0], v[1]];
    }
  } catch {
    // fall through
  }
  throw badInput('after is not a valid cursor', 'INVALID_CURSOR');
}

@Injectable()
export class AthletesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async get(ctx: AuthContext, athleteId: string): Promise<AthleteModel> {
    await this.policy.athleteAccess(ctx, athleteId);
    const [row] = await this.db.query<AthleteRow[]>(`SELECT ${ATHLETE_SELECT} WHERE a.id = $1`, [athleteId]);
    return toAthleteModel(row);
  }

  /** A coach's athletes (active assignments), ordered by name; admins may see any coach's or all. */
  async roster(ctx: AuthContext, args: RosterArgs): Promise<AthleteConnectionModel> {
    const isAdmin = ctx.roles.has(Role.ADMIN);
    let coachId: string | null;
    if (args.coachUserId && args.coachUserId !== ctx.userId) {
      if (!isAdmin) throw forbidden('Only admins can read another coach’s roster', 'ROSTER_ACCESS_DENIED');
      coachId = args.coachUserId;
    } else if (ctx.roles.has(Role.COACH)) {
      coachId = ctx.userId;
    } else if (isAdmin) {
      coachId = args.coachUserId ?? null;
    } else {
      throw forbidden('Only coaches and admins have a roster', 'ROLE_REQUIRED');
    }

    const params: unknown[] = [ctx.organizationId];
    let where = 'a.organization_id = $1';
    if (coachId) {
      params.push(coachId);
      where += ` AND EXISTS (SELECT 1 FROM coach_assignment ca WHERE ca.athlete_id = a.id
                  AND ca.coach_user_id = $${params.length} AND ca.removed_at IS NULL)`;
    }
    const countParams = [...params];
    const countWhere = where;
    if (args.after) {
      const [name, id] = decodeCursor(args.after);
      params.push(name, id);
      where += ` AND (u.name, a.id) > ($${params.length - 1}, $${params.length}::uuid)`;
    }
    params.push(args.first + 1);
    const [rows, [{ count }]] = await Promise.all([
      this.db.query<AthleteRow[]>(
        `SELECT ${ATHLETE_SELECT} WHERE ${where} ORDER BY u.name, a.id LIMIT $${params.length}`,
        params,
      ),
      this.db.query<Array<{ count: string }>>(
        `SELECT count(*) FROM athlete a JOIN app_user u ON u.id = a.user_id WHERE ${countWhere}`,
        countParams,
      ),
    ]);
    const page = rows.slice(0, args.first);
    const last = page[page.length - 1];
    return {
      nodes: page.map(toAthleteModel),
      pageInfo: {
        endCursor: last ? encodeCursor(last.name, last.id) : null,
        hasNextPage: rows.length > args.first,
      },
      totalCount: Number(count),
    };
  }
}
