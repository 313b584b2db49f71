/**
 * The plan editor's basis: the plan its edits started from (optimistic concurrency). A save sends the basis's
 * revision, never the revision of the draft as last read: when another coach changed the draft since (an apply, a
 * save, a publish, pushed as `review:decided`), the API refuses the save (PLAN_VERSION_CONFLICT, PLAN_DRAFT_EXISTS,
 * PLAN_DRAFT_GONE) and nothing is overwritten. Unsaved edits are kept when the plan changes under them (the page says
 * so); an editor with no unsaved edits simply loads the new plan.
 */
import { ApiError } from '../../lib/errors';
import { codeWords } from '../../lib/code-words';
import { toInput, type DraftSession } from '../plan/components/PlanEditor';

export interface EditorBasis {
  athleteId: string;
  weekStart: string;
  /** The base plan's key (its id and revision, or the engine's draft). */
  key: string;
  /** The revision a save sends as expectedRevision: the draft's, null when the editor started from no draft. */
  revision: number | null;
  /**
   * The draft's id, null when the editor started from no draft: a draft of the week now with another id is a new one
   * (the edited one was published), whose revision may well be the one a save sends (see `draftReplaced`).
   */
  planId: string | null;
  /** The suggestions applied when it was loaded (ids): one applied since is another coach's change. */
  applied: readonly string[];
  /** The week and the reasons as loaded, to tell unsaved edits from none. */
  sessions: string;
  notes: string;
}

/** The editor's week as a comparable string (what a save would send). */
export const weekOf = (sessions: DraftSession[]) => JSON.stringify(toInput(sessions));

/** True when the editor holds something its basis does not: a save would change the plan. */
export function hasUnsavedEdits(basis: EditorBasis | null, sessions: DraftSession[] | null, notes: string) {
  if (!basis || !sessions) return false;
  return weekOf(sessions) !== basis.sessions || notes.trim() !== basis.notes.trim();
}

/** The reasons the API refuses a save made on an older draft than the one stored. */
const CONFLICTS = new Set(['PLAN_VERSION_CONFLICT', 'PLAN_DRAFT_EXISTS', 'PLAN_DRAFT_GONE']);

/** A save (or the save that starts Complete and publish) refused because the draft changed since the edits' basis. */
export const isDraftConflict = (e: unknown): e is ApiError =>
  e instanceof ApiError && CONFLICTS.has(e.reason);

/**
 * The draft the edits were made on was published and the week drafted again since (another coach): a save must not be
 * sent, since the API checks only the revision, and the new draft's may be the one the edits started from (a new
 * draft starts at revision 1), so the save would overwrite it. The page refuses it as the API refuses a save on a
 * draft that is gone (PLAN_DRAFT_GONE).
 */
export const draftReplaced = (basis: Pick<EditorBasis, 'planId'> | null, draftNow: { id: string } | null) =>
  !!basis?.planId && !!draftNow && draftNow.id !== basis.planId;

/** The ids of the applied suggestions among a review's decided ones. */
export const appliedIds = (decided: readonly { id: string; state: string }[]) =>
  decided.filter((s) => s.state === 'APPLIED' || s.state === 'EDITED_AND_APPLIED').map((s) => s.id);

/** "LOAD_SPIKE_WARNING" -> "Load spike warning". */
const kindWords = (kind: string) => codeWords(kind);

/**
 * What changed under the editor, as far as the page can tell: the suggestions applied since the basis was written,
 * and the draft's revision now (or that it was published, or that a draft now exists where there was none).
 */
export function changedText(
  basis: Pick<EditorBasis, 'revision' | 'applied' | 'planId'>,
  now: {
    draftId: string | null;
    draftRevision: number | null;
    publishedId: string | null;
    publishedVersion: number | null;
  },
  decided: readonly { id: string; kind: string; state: string }[],
): string {
  const applied = appliedIds(decided)
    .filter((id) => !basis.applied.includes(id))
    .map((id) => `“${kindWords(decided.find((s) => s.id === id)!.kind)}”`);
  const parts: string[] = [];
  if (applied.length > 0)
    parts.push(
      `applied ${applied.length === 1 ? applied[0] : `${applied.slice(0, -1).join(', ')} and ${applied.at(-1)}`}`,
    );
  // The edited draft, published (the published plan keeps the draft's id): as which version, when it is still the one
  // published (not when it was since published again).
  const gone =
    now.publishedVersion !== null && (basis.planId === null || now.publishedId === basis.planId)
      ? `the draft you edited was published as version ${now.publishedVersion}`
      : 'the draft you edited no longer exists';
  if (now.draftRevision !== null)
    parts.push(
      basis.revision === null
        ? `the week now has a draft, revision ${now.draftRevision}`
        : draftReplaced(basis, now.draftId === null ? null : { id: now.draftId })
          ? `${gone}, and the week now has a new draft, revision ${now.draftRevision}`
          : `the draft is now revision ${now.draftRevision}, yours was ${basis.revision}`,
    );
  else if (basis.revision !== null) parts.push(gone);
  return parts.join('; ');
}

const DID: Record<string, string> = {
  APPLIED: 'applied a suggestion',
  REVERTED: 'undid an applied suggestion',
  DRAFT_SAVED: 'saved the draft',
  PLAN_PUBLISHED: 'published the week',
  COMPLETED: 'completed the review and published the week',
};

/**
 * Who changed it, from the last `review:decided` pushed (when it names a write to the plan): "Anna Berg saved the
 * draft", "you applied a suggestion" (this coach in another tab: the notice's headline says so); null when the page
 * cannot tell.
 */
export function whoText(
  push: { by: string; what: string } | null | undefined,
  me: string | null,
  coaches: readonly { userId: string; name: string }[] | undefined,
): string | null {
  if (!push || !DID[push.what]) return null;
  // The coach themselves (another tab of theirs): the notice's headline says so, the detail says "you".
  const name = push.by === me ? 'you' : coaches?.find((c) => c.userId === push.by)?.name;
  return name ? `${name} ${DID[push.what]}` : null;
}

/**
 * Who and what in one clause list: "Anna Berg applied “Load spike warning”; the draft is now revision 3, yours was 2"
 * (the push's "applied a suggestion" gives way to the suggestions the page can name).
 */
export function changeSummary(who: string | null, what: string): string {
  const named = who?.endsWith(` ${DID.APPLIED}`) && what.startsWith('applied ');
  if (named) return `${who!.slice(0, -DID.APPLIED.length)}${what}`;
  return [who, what].filter(Boolean).join('; ');
}
