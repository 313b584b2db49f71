import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, forbidden, notFound } from '@app/common';
import { NoteEntity } from '@app/db';
import { AccessPolicy } from '../../auth/access-policy.service';
import { AuthContext } from '../../auth/auth-context';
import { AddNoteInput, NotesArgs, UpdateNoteInput } from './dto/notes.inputs';
import { NoteModel } from './models/note.model';

interface NoteRow {
  id: string;
  athlete_id: string;
  author_user_id: string;
  author_name: string;
  visibility: NoteModel['visibility'];
  body: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const NOTE_SELECT = `n.id, n.athlete_id, n.author_user_id, u.name AS author_name, n.visibility, n.body, n.version,
  n.created_at, n.updated_at FROM note n JOIN app_user u ON u.id = n.author_user_id`;

const toModel = (r: NoteRow): NoteModel => ({
  id: r.id,
  athleteId: r.athlete_id,
  authorUserId: r.author_user_id,
  authorName: r.author_name,
  visibility: r.visibility,
  body: r.body,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

@Injectable()
export class NotesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  private async load(em: EntityManager, id: string): Promise<NoteModel> {
    const [row] = await em.query<NoteRow[]>(`SELECT ${NOTE_SELECT} WHERE n.id = $1`, [id]);
    return toModel(row);
  }

  /** Staff (assigned coach or admin) write notes; the athlete never can. */
  async add(ctx: AuthContext, input: AddNoteInput): Promise<NoteModel> {
    await this.policy.staffAccess(ctx, input.athleteId);
    const saved = await this.db.getRepository(NoteEntity).save({
      organizationId: ctx.organizationId,
      athleteId: input.athleteId,
      authorUserId: ctx.userId,
      visibility: input.visibility,
      body: input.body,
    });
    return this.load(this.db.manager, saved.id);
  }

  /** Only the author edits, and only from the current version (optimistic concurrency). */
  async update(ctx: AuthContext, input: UpdateNoteInput): Promise<NoteModel> {
    if (input.body == null && input.visibility == null) {
      throw badInput('Nothing to update: give body and/or visibility', 'EMPTY_UPDATE');
    }
    return this.db.transaction(async (em) => {
      const note = await em.getRepository(NoteEntity).findOne({ where: { id: input.noteId } });
      if (!note || note.organizationId !== ctx.organizationId) throw notFound('Note');
      await this.policy.staffAccess(ctx, note.athleteId, em).catch(() => {
        throw notFound('Note');
      });
      if (note.authorUserId !== ctx.userId) {
        throw forbidden('Only the author can edit a note', 'NOTE_AUTHOR_ONLY');
      }
      const res = await em
        .createQueryBuilder()
        .update(NoteEntity)
        .set({
          ...(input.body != null ? { body: input.body } : {}),
          ...(input.visibility != null ? { visibility: input.visibility } : {}),
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :v', { id: note.id, v: input.expectedVersion })
        .execute();
      if (!res.affected) {
        throw conflict(`Note was changed meanwhile (now version ${note.version})`, 'NOTE_VERSION_CONFLICT', {
          currentVersion: note.version,
        });
      }
      return this.load(em, note.id);
    });
  }

  /**
   * Notes on an athlete the caller may see (the athlete sees SHARED only), newest first, `first` at a
   * time. `before` is the last note of the previous page (keyset on created_at and id, so notes written
   * meanwhile never shift a page); it must be a note this caller may see on this athlete, else
   * INVALID_CURSOR (a coaches-only note's id does not page an athlete's view).
   */
  async list(ctx: AuthContext, args: NotesArgs): Promise<NoteModel[]> {
    const { athleteId, first, before } = args;
    const { relation } = await this.policy.athleteAccess(ctx, athleteId);
    const visibilities = this.policy.visibleNoteVisibilities(relation);
    if (before === undefined || before === null) {
      const rows = await this.db.query<NoteRow[]>(
        `SELECT ${NOTE_SELECT} WHERE n.athlete_id = $1 AND n.visibility = ANY($2::note_visibility[])
         ORDER BY n.created_at DESC, n.id DESC LIMIT $3`,
        [athleteId, visibilities, first],
      );
      return rows.map(toModel);
    }
    // One row of nulls when the cursor exists but nothing is older; no row when it is not a cursor.
    const rows = await this.db.query<(NoteRow | { [K in keyof NoteRow]: null })[]>(
      `WITH cursor AS (
         SELECT created_at, id FROM note
         WHERE id = $3 AND athlete_id = $1 AND visibility = ANY($2::note_visibility[])
       )
       SELECT page.* FROM cursor
       LEFT JOIN LATERAL (
         SELECT ${NOTE_SELECT}
         WHERE n.athlete_id = $1 AND n.visibility = ANY($2::note_visibility[])
           AND (n.created_at, n.id) < (cursor.created_at, cursor.id)
         ORDER BY n.created_at DESC, n.id DESC LIMIT $4
       ) page ON true
       ORDER BY page.created_at DESC, page.id DESC`,
      [athleteId, visibilities, before, first],
    );
    if (rows.length === 0)
      throw badInput('before is not a note of this athlete you can see', 'INVALID_CURSOR');
    return rows.filter((r): r is NoteRow => r.id !== null).map(toModel);
  }
}
