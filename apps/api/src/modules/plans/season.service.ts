import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, conflict, isIsoDate } from '@app/common';
import { SeasonEntity } from '@app/db';
import { AccessPolicy } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';
import { AthleteScope } from '../training/athlete-scope';
import { AthleteArgs } from '../training/dto/training.inputs';
import { SaveSeasonInput } from './dto/plan.inputs';
import { SeasonModel } from './models/plan.models';

const toModel = (e: SeasonEntity): SeasonModel => ({
  id: e.id,
  athleteId: e.athleteId,
  name: e.name,
  phases: e.phases,
  mesocycles: e.mesocycles,
  version: e.version,
});

/** Phases in order, each a real non-empty range, not overlapping; mesocycles on real dates. */
export function validateSeason(input: Pick<SaveSeasonInput, 'phases' | 'mesocycles'>): void {
  const phases = [...input.phases].sort((a, b) => a.startDate.localeCompare(b.startDate));
  phases.forEach((p, i) => {
    if (!isIsoDate(p.startDate) || !isIsoDate(p.endDate))
      throw badInput('Phase dates must be real dates', 'INVALID_DATE');
    if (p.endDate < p.startDate) throw badInput(`Phase ${p.phase} ends before it starts`, 'INVALID_RANGE');
    const next = phases[i + 1];
    if (next && next.startDate <= p.endDate) {
      throw badInput(
        `Phases overlap: ${p.phase} until ${p.endDate}, ${next.phase} from ${next.startDate}`,
        'PHASES_OVERLAP',
      );
    }
  });
  for (const m of input.mesocycles) {
    if (!isIsoDate(m.startDate)) throw badInput('Mesocycle startDate must be a real date', 'INVALID_DATE');
  }
}

@Injectable()
export class SeasonService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly scope: AthleteScope,
  ) {}

  async get(ctx: AuthContext, args: AthleteArgs): Promise<SeasonModel | null> {
    const { athlete } = await this.scope.resolve(ctx, args.athleteId, 'READ');
    const row = await this.db.getRepository(SeasonEntity).findOneBy({ athleteId: athlete.id });
    return row ? toModel(row) : null;
  }

  /** Coach: create or replace the season; edits name the version they started from. */
  async save(ctx: AuthContext, input: SaveSeasonInput): Promise<SeasonModel> {
    validateSeason(input);
    return this.db.transaction(async (em) => {
      const { athlete } = await this.policy.coachAccess(ctx, input.athleteId, em);
      const repo = em.getRepository(SeasonEntity);
      const existing = await repo.findOne({
        where: { athleteId: athlete.id },
        lock: { mode: 'pessimistic_write' },
      });
      const phases = [...input.phases]
        .sort((a, b) => a.startDate.localeCompare(b.startDate))
        .map((p) => ({ phase: p.phase, startDate: p.startDate, endDate: p.endDate }));
      const mesocycles = [...input.mesocycles]
        .sort((a, b) => a.startDate.localeCompare(b.startDate))
        .map((m) => ({ startDate: m.startDate, weeks: m.weeks, focus: m.focus.trim() }));
      if (existing) {
        if (input.expectedVersion !== existing.version) {
          throw conflict(
            `The season was changed meanwhile (version ${existing.version})`,
            'SEASON_VERSION_CONFLICT',
            {
              currentVersion: existing.version,
            },
          );
        }
        existing.name = input.name.trim();
        existing.phases = phases;
        existing.mesocycles = mesocycles;
        return toModel(await repo.save(existing));
      }
      // (null, like omitted, is no version: a nullable GraphQL input sent as null.)
      if (input.expectedVersion != null) throw conflict('No season exists yet', 'SEASON_VERSION_CONFLICT');
      return toModel(
        await repo.save({
          organizationId: athlete.organizationId,
          athleteId: athlete.id,
          name: input.name.trim(),
          phases,
          mesocycles,
        }),
      );
    });
  }
}
