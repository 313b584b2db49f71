import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { Badge, Button, Card, Empty, ErrorNotice, Loading, Select, TextArea } from '../../components/ui';
import type { ResultOf } from '../../graphql';
import { gqlRequest } from '../../lib/api';
import { addDays, formatDay, formatMinutes, plannedWeekWord, todayIn, weekOverHold } from '../../lib/dates';
import { liveKeys, type ReviewDecidedPush } from '../../lib/chat-socket';
import { useSession } from '../../lib/session';
import { ApiError } from '../../lib/errors';
import { ChatThread } from '../chat/components/ChatThread';
import { useConversations } from '../chat/hooks/useConversations';
import { PlanEditor, toDraft, toInput, type DraftSession } from '../plan/components/PlanEditor';
import { WeekPlanQuery, planKeys } from '../plan/graphql/plan';
import { WeekView } from '../plan/components/WeekView';
import type { PlannedSession } from '../plan/components/SessionLabel';
import { statusTone } from '../queue/QueuePage';
import { NeedBadge } from '../queue/need';
import { AvailabilityCard } from './components/AvailabilityCard';
import { ThisWeekCard } from './components/ThisWeekCard';
import { CHANGE_WEEK_ID, ContextProposals } from './components/ContextProposals';
import { HrvChart } from './components/HrvChart';
import { IntakeCard } from './components/IntakeCard';
import { LoadChart, type WeekLoad } from './components/LoadChart';
import { ComplianceChart, PmcChart, WellnessChart } from './components/ReviewCharts';
import { MedicalClearance } from './components/MedicalClearance';
import { SnoozeReview } from './components/SnoozeReview';
import { ConfirmComplete, undecidedText } from './components/ConfirmComplete';
import { DecidedList, SuggestionCard } from './components/SuggestionCard';
import { NextReview } from './components/NextReview';
import { lastWeeks, pmcSeries, wellnessSeries, type ComplianceWeek, type WellnessCheckIn } from './charts';
import {
  AddNoteMutation,
  AthleteCoachesQuery,
  reviewQuery,
  NotesQuery,
  CompleteReviewMutation,
  PublishPlanMutation,
  ReviewChartsQuery,
  SavePlanDraftMutation,
  reviewKeys,
} from './graphql/review';
import {
  draftReviewState,
  REFRESH_GIVE_UP_MS,
  REFRESH_POLL_MS,
  type DraftReviewState,
  type SavedDraft,
} from './draft-review-sync';
import { undoneText, type Undone } from './decision-status';
import { readableEvidence } from './evidence';
import {
  appliedIds,
  changedText,
  changeSummary,
  draftReplaced,
  hasUnsavedEdits,
  isDraftConflict,
  weekOf,
  whoText,
  type EditorBasis,
} from './editor-basis';
import { useFocusAfter } from './hooks/useFocusAfter';
import { useSuggestionDecisions } from './hooks/useSuggestionDecisions';
import { hrvSeries } from './hrv';
import { toEnginePlan } from './preview';
import { codeWords } from '../../lib/code-words';

const COMPONENT: Record<string, string> = {
  CURRENT_FITNESS: 'Current fitness',
  PROGRESSION: 'Progression',
  ADAPTATION: 'Adaptation',
  INDIVIDUALIZATION: 'Individualization',
  LONG_TERM_DEVELOPMENT: 'Long-term development',
  EXTERNAL_EYES: 'External eyes',
};
const DECISION: Record<string, string> = {
  BUILD: 'Build',
  HOLD: 'Hold',
  DOWN: 'Down week',
  TAPER: 'Taper',
  REST: 'Rest',
};

export function ReviewPage() {
  const { athleteId } = useParams({ from: '/coach/review/$athleteId' });
  // `?week=`: the review of that week (one that has begun, opened from the queue's "still open" list); none: the coming
  // week's. Every read and write here names the review's own week (`weekStart` below), never the default.
  const { week } = useSearch({ from: '/coach/review/$athleteId' });
  const queryClient = useQueryClient();
  // The draft last saved here, and what the save did to the review (see draft-review-sync.ts).
  const [savedDraft, setSavedDraft] = useState<SavedDraft | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const review = useQuery({
    ...reviewQuery(athleteId, week),
    // While the review is re-run in the background after a save, read it again until it is newer than the draft.
    refetchInterval: (q) =>
      draftReviewState(savedDraft, q.state.data?.generatedAt, gaveUp) === 'REFRESHING'
        ? REFRESH_POLL_MS
        : false,
  });
  const r = review.data;
  const draftReview = draftReviewState(savedDraft, r?.generatedAt, gaveUp);
  useEffect(() => {
    if (draftReview !== 'REFRESHING') return;
    const timer = setTimeout(() => setGaveUp(true), REFRESH_GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [draftReview]);
  useEffect(() => {
    setSavedDraft(null);
    setGaveUp(false);
  }, [athleteId, week]);
  const weekStart = r?.nextWeekStart;
  const plan = useQuery({
    queryKey: planKeys.week(athleteId, weekStart ?? ''),
    queryFn: () => gqlRequest(WeekPlanQuery, { athleteId, weekStart }).then((d) => d.weeklyPlan),
    enabled: !!weekStart,
  });
  const to = r?.reviewDate;
  const charts = useQuery({
    queryKey: reviewKeys.charts(athleteId),
    queryFn: () => {
      const w = lastWeeks(to!, 8);
      return gqlRequest(ReviewChartsQuery, {
        athleteId,
        // Check-ins: the 42 days the charts show, and the HRV band's baseline before each (60 days before its 7).
        from: addDays(to!, -107),
        loadFrom: addDays(to!, -179),
        to: to!,
        w0: w[0],
        w1: w[1],
        w2: w[2],
        w3: w[3],
        w4: w[4],
        w5: w[5],
        w6: w[6],
        w7: w[7],
      });
    },
    enabled: !!to,
  });

  useEffect(() => {
    // For the browser tests' timings (Performance API): when the review first shows.
    if (r) performance.mark('review-ready');
  }, [r]);

  // What a decision here changes: what another coach's decision (review:decided, pushed) reads again too.
  const invalidate = () =>
    Promise.all(liveKeys.decided(athleteId).map((queryKey) => queryClient.invalidateQueries({ queryKey })));

  const draft = plan.data?.draft ?? null;
  const base = draft ?? plan.data?.published ?? null;
  const [edited, setEdited] = useState<DraftSession[] | null>(null);
  // "Complete and publish" with suggestions still undecided: asks first (ConfirmComplete).
  const [confirming, setConfirming] = useState(false);
  // A completed review's week opened for a change (the review's suggestions stay as they were decided): the published
  // version it started from, whose sessions the editor starts from (never a draft's, nor edits a Cancel left).
  const [changing, setChanging] = useState(false);
  const [changeFrom, setChangeFrom] = useState<number | null>(null);
  // Focus after an action whose control goes away: the editor's heading when a change opens, "Change this week" when
  // it closes, the next suggestion when one is decided, the suggestion undone (else the lists' headings).
  const focusAfter = useFocusAfter();
  const editorHeading = useRef<HTMLHeadingElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const suggestionList = useRef<HTMLDivElement>(null);
  const suggestionsHeading = useRef<HTMLHeadingElement>(null);
  const decidedHeading = useRef<HTMLHeadingElement>(null);
  // What the last publish did, announced (role=status) and kept on screen until the next change starts.
  const [weekStatus, setWeekStatus] = useState<'PUBLISHED' | null>(null);
  // The suggestion last undone (its words say where it went: back among the suggestions, or not proposed any more), as
  // the review read right after the undo showed it; cleared by any other write and by completing the review.
  const [undone, setUndone] = useState<Undone | null>(null);
  const startChange = () => {
    const published = plan.data?.published;
    if (!published) return;
    const sessions = toDraft(published.sessions);
    setEdited(sessions);
    setReasons(published.notes ?? '');
    setBasisNow({
      athleteId,
      weekStart: weekStart!,
      key: baseKey,
      revision: draft?.revision ?? null,
      planId: draft?.id ?? null,
      applied: appliedNow(),
      sessions: weekOf(sessions),
      notes: published.notes ?? '',
    });
    setKept(false);
    setChangeFrom(published.version);
    setChanging(true);
    setWeekStatus(null);
    focusAfter(() => editorHeading.current);
  };
  const stopChange = () => {
    setChanging(false);
    setChangeFrom(null);
    // Cancelled or published: edits kept under the notice meanwhile are done with too (see `keptDone`).
    setKept(false);
    focusAfter(() => changeButton.current);
  };
  const completeButton = useRef<HTMLButtonElement>(null);
  const [reasons, setReasons] = useState('');
  // Applied suggestions are shared with the athlete on publish unless the coach unticks them.
  const [unshared, setUnshared] = useState<ReadonlySet<string>>(new Set());
  const toggleShare = (id: string) =>
    setUnshared((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  // No plan for next week yet (ENGINE_DRAFT): the engine's own draft is the week the suggestions change, and the
  // week the coach edits, saves or publishes as it is (never an empty week in its place).
  const engineDraft =
    !plan.isPending &&
    !plan.error &&
    !base &&
    r &&
    r.suggestionsTarget === 'ENGINE_DRAFT' &&
    r.engineDraft.length > 0
      ? r.engineDraft
      : null;
  const baseSessions = base?.sessions ?? engineDraft;
  // A draft published (by anyone) keeps its id and revision: the key says which it is, so the editor follows it.
  const baseKey = base
    ? `${base.id}:${base.revision}${draft ? '' : ':published'}`
    : engineDraft
      ? `engine:${JSON.stringify(engineDraft)}`
      : 'none';
  // The plan the editor's edits started from (editor-basis.ts): a save sends its revision, so a save over a draft
  // another coach changed since is refused (nothing overwritten).
  const [basis, setBasis] = useState<EditorBasis | null>(null);
  // When the basis was set: a push received before it did not make a change read after it (see the notice's `keptBy`).
  const basisAt = useRef(0);
  const setBasisNow = (b: EditorBasis) => {
    basisAt.current = Date.now();
    setBasis(b);
  };
  // The plan changed under unsaved edits (another coach's apply or save, pushed): the edits are kept, and the page says so
  // (with who did what, when the last push says so).
  const [kept, setKept] = useState(false);
  // Complete and publish saved the edits, then the completion was refused (the draft changed in between): the revision
  // saved, so the notice says the edits are saved and only the publish is left to do.
  const [savedFirst, setSavedFirst] = useState<{ revision: number; id: string } | null>(null);
  const [keptBy, setKeptBy] = useState<ReviewDecidedPush | null>(null);
  const me = useSession()?.user.userId ?? null;
  const coaches = useQuery({
    queryKey: reviewKeys.athleteCoaches(athleteId),
    queryFn: () => gqlRequest(AthleteCoachesQuery, { athleteId }).then((d) => d.athlete.coaches),
    enabled: !!keptBy && keptBy.by !== me,
    staleTime: Infinity,
  });
  // The plans this page's own writes produced (id:revision): the editor follows them as it always did.
  // What each was: a decision (apply, undo) or a save (Save draft, the save that starts a publish).
  const ownWrites = useRef(new Map<string, 'decision' | 'save'>());
  // For this page's own decisions: the suggestions applied to the plan it wrote, from the write's answer. The review
  // read again after it may arrive after the plan: read from it, a note just applied here would be missing from the
  // basis, and the notice would later name it among another coach's changes.
  const ownApplied = useRef(new Map<string, readonly string[]>());
  const own = (
    p: { id: string; revision: number } | null | undefined,
    kind: 'decision' | 'save',
    applied?: readonly string[],
  ) => {
    if (!p) return;
    ownWrites.current.set(`${p.id}:${p.revision}`, kind);
    if (applied) ownApplied.current.set(`${p.id}:${p.revision}`, applied);
  };
  /** The suggestions applied to the plan the editor loads now (the page's own write's answer, else the review's). */
  const appliedNow = () => [...(ownApplied.current.get(baseKey) ?? appliedIds(r?.decidedSuggestions ?? []))];
  /**
   * The editor (re)loaded from the base plan as it is now: its edits start from it. `typed`: reasons typed for the athlete
   * that stay in the box (still unsaved), in place of the plan's.
   */
  const loadBase = (typed?: string | null) => {
    const sessions = baseSessions ? toDraft(baseSessions) : [];
    setEdited(sessions);
    setReasons(typed ?? base?.notes ?? '');
    setBasisNow({
      athleteId,
      weekStart: weekStart ?? '',
      key: baseKey,
      revision: draft?.revision ?? null,
      planId: draft?.id ?? null,
      applied: appliedNow(),
      sessions: weekOf(sessions),
      notes: base?.notes ?? '',
    });
    setKept(false);
    setKeptBy(null);
  };
  /** The plan (or the review) changed under unsaved edits: they are kept, with the notice and who did it. */
  const keepEdits = () => {
    // Who, when the last push can say: one received before the editor's basis was set made an earlier change (the push
    // of this one was missed: the socket was reconnecting), and is not credited with this one.
    const push = queryClient.getQueryData<ReviewDecidedPush>(liveKeys.lastDecided(athleteId));
    setKeptBy(
      push && push.weekStart === (weekStart ?? '') && (push.receivedAt ?? 0) >= basisAt.current ? push : null,
    );
    setKept(true);
  };
  // When the plan it edits changes (its key; not when its objects are merely refetched): an editor without unsaved edits
  // (or holding what the new plan is, or after this page's own write) loads it; unsaved edits on the plan as it was are
  // kept, never silently lost, and the notice below says the plan changed under them.
  useEffect(() => {
    const was = basis;
    const sameWeek = !!was && was.athleteId === athleteId && was.weekStart === (weekStart ?? '');
    if (
      sameWeek &&
      was.key !== baseKey &&
      !ownWrites.current.has(baseKey) &&
      hasUnsavedEdits(was, edited, reasons) &&
      (weekOf(edited ?? []) !== weekOf(baseSessions ? toDraft(baseSessions) : []) ||
        // Reasons typed here, over reasons changed there (or the draft saved as it was): kept too, not replaced.
        (reasons.trim() !== was.notes.trim() && reasons.trim() !== (base?.notes ?? '').trim()))
    ) {
      // Still no plan (the engine's draft re-derived), or none read: the edits stay, and a save of them is no overwrite.
      const noPlan = (k: string) => k === 'none' || k.startsWith('engine:');
      if (noPlan(was.key) && noPlan(baseKey)) {
        // Sessions not edited (only reasons typed): the editor shows the engine's draft as it is now, reasons kept.
        if (weekOf(edited ?? []) === was.sessions) loadBase(reasons);
        return;
      }
      keepEdits();
      return;
    }
    // This page's own decision (apply, undo) while edits were unsaved. With the sessions edited, only one that leaves
    // them as they were can be made (a note applied, or its undo: changes wait, see `heldFor`): the edits stay, now on
    // the new revision. With only reasons typed, the editor follows the new draft and the reasons stay typed, unless
    // the draft's own reasons changed meanwhile (then they are shown: typed ones would hide them).
    if (sameWeek && was.key !== baseKey && ownWrites.current.get(baseKey) === 'decision') {
      // Under the notice (decisions on next week wait there too): nothing here is reloaded.
      if (kept) return;
      const notesNow = base?.notes ?? '';
      if (weekOf(edited ?? []) !== was.sessions) {
        setBasisNow({
          ...was,
          key: baseKey,
          revision: draft?.revision ?? null,
          planId: draft?.id ?? null,
          applied: appliedNow(),
          sessions: weekOf(baseSessions ? toDraft(baseSessions) : []),
          notes: notesNow,
        });
        return;
      }
      loadBase(reasons.trim() !== was.notes.trim() && notesNow.trim() === was.notes.trim() ? reasons : null);
      return;
    }
    loadBase();
  }, [baseKey]);
  // The review completed elsewhere (another coach, another tab) while edits were unsaved, with the plan unchanged (the
  // week was published already, no draft): the edits are kept with the notice as when the plan changes under them.
  // Not after this page's own Complete and publish (its edits are what it published).
  const reviewDone = review.data?.workflowStatus === 'DONE';
  useEffect(() => {
    if (
      reviewDone &&
      !changing &&
      !kept &&
      // (This page's own completion: its refetch brings the review done while the mutation is still pending.)
      !publish.isPending &&
      !publish.isSuccess &&
      basis &&
      hasUnsavedEdits(basis, edited, reasons)
    )
      keepEdits();
  }, [reviewDone]);

  const basePlan = useMemo(
    () => (baseSessions && weekStart ? toEnginePlan(weekStart, baseSessions) : null),
    [baseSessions, weekStart],
  );
  // A suggestion for the rest of this week changes this week's published plan: fetched to name its sessions.
  const thisWeekStart = r?.suggestions.find((s) => s.planWeekStart !== r.nextWeekStart)?.planWeekStart;
  const thisWeek = useQuery({
    queryKey: planKeys.week(athleteId, thisWeekStart ?? ''),
    queryFn: () =>
      gqlRequest(WeekPlanQuery, { athleteId, weekStart: thisWeekStart }).then((d) => d.weeklyPlan),
    enabled: !!thisWeekStart,
  });
  const published = thisWeek.data?.published ?? null;
  const thisWeekPlan = useMemo(
    () => (published && thisWeekStart ? toEnginePlan(thisWeekStart, published.sessions) : null),
    [published, thisWeekStart],
  );
  const { apply, dismiss, undo } = useSuggestionDecisions(
    athleteId,
    weekStart,
    draft ? { id: draft.id, revision: draft.revision } : null,
    (written, applied) => {
      own(written, 'decision', applied);
      return invalidate();
    },
  );
  /** Once the decided suggestion has left the list: the one now in its place, else the last, else the decided list. */
  const focusNext = (id: string, index: number) =>
    focusAfter(() => {
      const cards = suggestionList.current?.querySelectorAll<HTMLElement>('[data-testid="suggestion"] h3');
      if (!cards || [...cards].some((h) => h.id === `sg-${id}`)) return null;
      return cards.length > 0 ? cards[Math.min(index, cards.length - 1)] : decidedHeading.current;
    });
  // The suggestion card focus is in, and its place: a card decided elsewhere (another coach, pushed) that leaves the
  // list with focus in it hands focus to the one now in its place, as a decision taken here does (focusNext).
  const focusedCard = useRef<{ id: string; index: number } | null>(null);
  const suggestionIds = r?.suggestions.map((s) => s.id).join(' ');
  useEffect(() => {
    const was = focusedCard.current;
    if (!was || !r || r.suggestions.some((s) => s.id === was.id)) return;
    focusedCard.current = null;
    // A decision taken here moves focus itself; focus the coach moved on elsewhere stays there.
    const here = apply.isPending || dismiss.isPending || undo.isPending;
    if (here || (document.activeElement && document.activeElement !== document.body)) return;
    focusNext(was.id, was.index);
  }, [suggestionIds]);
  /** Once the undone decision has left the decided list: the suggestion back in the list, else the list's heading. */
  const focusUndone = (id: string) =>
    focusAfter(() => {
      const back = document.getElementById(`sg-${id}`);
      if (back) return back;
      const stillDecided = [
        ...document.querySelectorAll<HTMLElement>('[data-testid="decided-suggestion"]'),
      ].some((li) => li.dataset.id === id);
      // Not proposed any more: the first suggestion left, else (none left: the empty state, and no decided list either)
      // the suggestions card's heading.
      return stillDecided
        ? null
        : (suggestionList.current?.querySelector<HTMLElement>('h3') ?? suggestionsHeading.current);
    });
  /**
   * A write refused: the control that sent it was disabled while it ran (focus fell to the page's body), and stays
   * with its error (role=alert beside it): focus goes back to it once it is enabled again. A control gone meanwhile
   * ("Complete anyway", its dialog closed): to `fallback` once enabled.
   */
  const focusBack = (from: Element | null, fallback?: () => HTMLElement | null | undefined) =>
    focusAfter(() => {
      const el =
        from instanceof HTMLElement && from.isConnected && from !== document.body ? from : fallback?.();
      return el && !el.matches(':disabled') ? el : null;
    });
  // The editor's week saved as the draft (its revision checked): what Save draft does, and the first step of
  // Complete and publish and of Publish the change.
  // The revision sent is the one the edits started from (not the draft as last read): a newer draft is refused.
  const sendDraft = () =>
    gqlRequest(SavePlanDraftMutation, {
      input: {
        athleteId,
        weekStart: weekStart!,
        expectedRevision: basis?.revision ?? null,
        // Which draft: a new one of the week (the edited one published meanwhile) starts again at revision 1.
        expectedPlanId: basis?.planId ?? null,
        sessions: toInput(edited ?? []),
        // Cleared reasons are sent as '' (the API keeps the draft's reasons when none are sent).
        notes: reasons.trim() || (base?.notes ? '' : null),
      },
    }).then((d) => {
      own(d.savePlanDraft, 'save');
      return d.savePlanDraft;
    });
  // The draft the edits were made on published and the week drafted again (as last read): refused here, as the API
  // refuses it (PLAN_DRAFT_GONE: the save names the draft it edited, expectedPlanId) when the page has not read it yet.
  const saveDraft = () =>
    draftReplaced(basis, draft)
      ? Promise.reject(
          new ApiError(
            'CONFLICT',
            'PLAN_DRAFT_GONE',
            'The draft you edited was published; the week has a new draft',
          ),
        )
      : sendDraft();
  // A save refused as made on an older draft: the page reads the plan again, so that "Load their draft" loads it.
  const onSaveError = (e: unknown) => {
    if (isDraftConflict(e)) void invalidate();
  };
  const save = useMutation({
    mutationFn: saveDraft,
    // A saved draft's sessions are new rows (new ids): the API re-derives the stored review on it in the save
    // (decisions kept), so the review read again names, previews and edits the sessions of the draft as saved.
    // When that failed (QUEUED) the review is re-run in the background: the screen says so and polls it.
    onSuccess: (saved) => {
      setGaveUp(false);
      setSavedDraft({ regeneration: saved.reviewRegeneration ?? null, updatedAt: saved.updatedAt });
      return invalidate();
    },
    onError: onSaveError,
  });
  const publish = useMutation({
    mutationFn: async () => {
      setSavedFirst(null);
      const saved = await saveDraft();
      // Completing the review publishes the week and sends the reasons to the athlete in their conversation.
      return gqlRequest(CompleteReviewMutation, {
        input: {
          athleteId,
          weekStart: weekStart!,
          expectedRevision: saved.revision,
          // The draft just saved: one made since (it published and the week drafted again) is refused, not published.
          expectedPlanId: saved.id,
          message: reasons.trim() || null,
          clientMessageId: crypto.randomUUID(),
          shareSuggestionIds: (review.data?.decidedSuggestions ?? [])
            .filter((s) => (s.state === 'APPLIED' || s.state === 'EDITED_AND_APPLIED') && !unshared.has(s.id))
            .map((s) => s.id),
        },
      }).catch((e: unknown) => {
        if (isDraftConflict(e)) setSavedFirst({ revision: saved.revision, id: saved.id });
        throw e;
      });
    },
    onSuccess: () => {
      setSavedDraft(null);
      setWeekStatus('PUBLISHED');
      focusAfter(() => doneHeading.current);
      return invalidate();
    },
    onError: onSaveError,
  });

  // A change to a completed review's week: the draft saved, then published as the week's next version (publishPlan:
  // the review itself is done, and its suggestions stay as they were decided).
  const republish = useMutation({
    mutationFn: async () => {
      // The week published again since the change started (another coach, another tab): refused, rather than publish
      // the edits over it (the save below starts a new draft, whose own revision a publish would always match).
      const now = await gqlRequest(WeekPlanQuery, { athleteId, weekStart: weekStart! });
      if ((now.weeklyPlan.published?.version ?? null) !== changeFrom)
        throw new ApiError(
          'CONFLICT',
          'PLAN_PUBLISHED_SINCE',
          'This week was published again since you opened it for a change: cancel and open it again to see that version.',
        );
      const saved = await saveDraft();
      return gqlRequest(PublishPlanMutation, {
        input: { planId: saved.id, expectedRevision: saved.revision },
      });
    },
    onSuccess: () => {
      setSavedDraft(null);
      setWeekStatus('PUBLISHED');
      stopChange();
    },
    // Read again whatever happened: a save that went through before a refused publish leaves a draft to know of.
    onSettled: () => invalidate(),
  });

  // While a write to next week's plan is under way, up to the plan and review read again after it (each mutation's
  // onSuccess returns that refetch, so it stays pending until then): the editor and the save buttons wait. Edits made
  // meanwhile were lost when the new draft arrived (the editor resets to a new revision), and a save or publish sent
  // with the revision read before it was refused as "someone else changed this plan" (the coach's own apply or save).
  const writing =
    save.isPending ||
    publish.isPending ||
    republish.isPending ||
    apply.isPending ||
    dismiss.isPending ||
    undo.isPending;
  // "Undone: …" says what the last undo did: any other write (or completing the review) makes it stale.
  useEffect(() => {
    if (writing) setUndone(null);
  }, [writing]);

  if (review.isPending) return <Loading label="Loading the review…" />;
  if (review.error) return <ErrorNotice error={review.error} onRetry={() => void review.refetch()} />;
  const rv = review.data;
  // The athlete's day, as the API's (their zone, not the browser's: around midnight they differ): a review finished
  // late plans a week that has begun, and a change to a week that is over is held.
  const today = todayIn(rv.athleteTimezone);
  const plannedWeek = plannedWeekWord(rv.nextWeekStart, today);
  // Completed: the API refuses every further action on the review (REVIEW_DONE: apply, dismiss, snooze,
  // complete), so the page shows the decided week as it is, without them.
  const done = rv.workflowStatus === 'DONE';
  const undecided = rv.suggestions.length;
  const urgent = rv.suggestions.filter((s) => s.severity === 'URGENT').length;
  const complete = () => {
    if (undecided > 0 && !confirming) setConfirming(true);
    else {
      const from = document.activeElement;
      setConfirming(false);
      publish.mutate(undefined, { onError: () => focusBack(from, () => completeButton.current) });
    }
  };
  const first = rv.athleteName.split(' ')[0];
  // A save (or Complete and publish) refused: the draft changed since the edits' basis. Said in words, with the reload.
  const conflict = isDraftConflict(save.error) || isDraftConflict(publish.error);
  // The review completed by another coach (or tab) while this editor held unsaved edits on its draft: the edits and
  // the notice stay, in place of the completed week, until the coach loads it (before, the week replaced them unsaid).
  const keptDone = done && !changing && kept;
  /** "Load their draft (discard my changes)": the editor starts again from the plan as it is now. */
  const loadTheirs = () => {
    setSavedFirst(null);
    loadBase();
    save.reset();
    publish.reset();
    focusAfter(() => (keptDone ? doneHeading.current : editorHeading.current));
  };
  const decisionStatus = undone ? undoneText(undone) : null;
  // Unsaved edits to the week's sessions: applying or undoing a change to next week rewrites the draft they were made
  // on, and the editor would have to drop them, so those wait (a note, a dismissal, this week's change do not). Under
  // the notice (the draft changed under the edits), every apply and undo on next week waits until the newer draft is
  // loaded (a dismissal writes no draft: it never waits).
  const sessionsEdited = !!basis && !!edited && !done && weekOf(edited) !== basis.sessions;
  const underNotice = !done && (kept || conflict);
  // Who changed the draft under the edits, as far as the last push tells: another coach (named), this coach in another
  // tab (a push of theirs about a write to the plan while this page has made none, so it cannot be this page's own),
  // or unknown (no such push: the change was read on a refetch), said without guessing.
  const pushNamed = !!keptBy && whoText(keptBy, me, coaches.data) !== null;
  const noticeWho: 'other' | 'mine' | 'unknown' = !pushNamed
    ? 'unknown'
    : keptBy!.by !== me
      ? 'other'
      : ownWrites.current.size === 0
        ? 'mine'
        : 'unknown';
  const heldFor = (s: { planWeekStart: string; changes: readonly unknown[] }, undoing: boolean) =>
    s.planWeekStart !== rv.nextWeekStart
      ? null
      : // A decision is sent with the revision of next week's draft the coach sees: until it is read, none can be sent
        // (an apply sent without it is refused when a draft exists).
        plan.isPending
        ? `Loading ${plannedWeek.toLowerCase()}'s draft…`
        : plan.error
          ? "Next week's draft could not be loaded (see the plan below): retry loading it first."
          : underNotice
            ? `Your unsaved changes to the plan below were made on an earlier draft (see the notice there): load the newer draft first.`
            : sessionsEdited && s.changes.length > 0
              ? undoing
                ? 'Discard your changes to the plan below first (Discard my changes to the plan): undoing this rewrites the draft they were made on, and once they are saved this change can no longer be undone.'
                : 'Save your changes to the plan below first (Save draft), or discard them: applying this rewrites the draft your unsaved changes were made on.'
              : null;
  return (
    <div className="page review">
      <p>
        <Link to="/coach/queue">← Queue</Link>
      </p>
      <h1>
        {rv.athleteName} {/* The queue's badge, from the same rule (queue/need.tsx). */}
        {done ? <Badge tone="ok">done</Badge> : <NeedBadge urgency={rv.urgency} />}
      </h1>
      <div className="row review-actions">
        <Link to="/coach/athletes/$athleteId/history" params={{ athleteId }}>
          Past reviews
        </Link>
        <span className="hint" data-testid="workflow-status">
          Review {rv.workflowStatus.toLowerCase().replace('_', ' ')}
        </span>
        {week && (
          <span className="hint" data-testid="review-week">
            The week of {formatDay(rv.weekStart)}
          </span>
        )}
        {!done && (
          <SnoozeReview
            athleteId={athleteId}
            weekStart={rv.weekStart}
            today={rv.reviewDate}
            snoozedUntil={rv.workflowStatus === 'SNOOZED' ? rv.snoozedUntil : null}
            onSnoozed={() => {
              setUndone(null);
              void invalidate();
            }}
          />
        )}
      </div>
      <div className="review-layout">
        <div className="review-main">
          {/* Training history (any load in the fitness figure): the review speaks for the athlete, the intake folds. */}
          <IntakeCard athleteId={athleteId} hasHistory={(rv.metrics.ctl ?? 0) > 0} />
          <Card
            title={`${plannedWeek} (from ${formatDay(rv.nextWeekStart)}): ${DECISION[rv.decision.type] ?? rv.decision.type}, ${formatMinutes(rv.decision.targetMinutes)}`}
          >
            <p data-testid="decision">
              {/^[A-Z_]+$/.test(rv.decision.reason) ? codeWords(rv.decision.reason) : rv.decision.reason}
            </p>
            <p className="hint">
              Range {formatMinutes(rv.decision.minMinutes)}–{formatMinutes(rv.decision.maxMinutes)} · phase{' '}
              {rv.decision.phase.toLowerCase().replace(/_/g, '-')} · focus{' '}
              {rv.decision.focus.toLowerCase().replace(/_/g, ' ')}
            </p>
          </Card>
          <MedicalClearance
            athleteId={athleteId}
            athleteName={rv.athleteName}
            today={rv.reviewDate}
            recommended={rv.suggestions.some((s) =>
              s.evidence.some((e) => e.key === 'medicalCheck' && e.value === 'true'),
            )}
            onRecorded={() => {
              setUndone(null);
              return invalidate();
            }}
          />
          <section aria-labelledby="components-title">
            <h2 id="components-title">The six components</h2>
            <div className="grid-3 components">
              {rv.components.map((c) => (
                <Card
                  key={c.component}
                  title={
                    <>
                      {COMPONENT[c.component] ?? c.component}{' '}
                      <Badge tone={statusTone(c.status)}>{c.status.toLowerCase()}</Badge>
                    </>
                  }
                >
                  <p>{c.summary}</p>
                  <EvidenceFacts evidence={c.evidence} />
                </Card>
              ))}
            </div>
          </section>
          <ThisWeekCard athleteId={athleteId} nextWeekStart={rv.nextWeekStart} />
          <AvailabilityCard athleteId={athleteId} weekStart={rv.nextWeekStart} weekWord={plannedWeek} />
          <Card title="Charts">
            {charts.isPending ? (
              <Loading />
            ) : charts.error ? (
              <ErrorNotice error={charts.error} onRetry={() => void charts.refetch()} />
            ) : (
              <Charts data={charts.data} to={to!} />
            )}
          </Card>
          <Card
            headingRef={suggestionsHeading}
            title={
              done ? `Left undecided (${rv.suggestions.length})` : `Suggestions (${rv.suggestions.length})`
            }
          >
            <p role="status" className={decisionStatus ? 'notice' : 'sr-only'} data-testid="decision-status">
              {decisionStatus}
            </p>
            <div
              ref={suggestionList}
              onFocus={(e) => {
                const card = e.target.closest<HTMLElement>('[data-testid="suggestion"]');
                const id = card?.querySelector('h3')?.id.replace(/^sg-/, '');
                const index = rv.suggestions.findIndex((s) => s.id === id);
                focusedCard.current = id && index >= 0 ? { id, index } : null;
              }}
              onBlur={(e) => {
                // Moved out of the list (not a card removed under it: no element then takes focus).
                if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) focusedCard.current = null;
              }}
            >
              {rv.suggestions.length === 0 ? (
                <Empty>{done ? 'Every suggestion was decided.' : 'No suggestions this week.'}</Empty>
              ) : (
                rv.suggestions.map((s, i) => (
                  <SuggestionCard
                    key={s.id}
                    suggestion={s}
                    readOnly={done}
                    basePlan={s.planWeekStart === rv.nextWeekStart ? basePlan : null}
                    thisWeek={s.planWeekStart !== rv.nextWeekStart}
                    thisWeekPlan={s.planWeekStart === thisWeekStart ? thisWeekPlan : null}
                    busy={
                      (apply.isPending && apply.variables.suggestionId === s.id) ||
                      (dismiss.isPending && dismiss.variables.suggestionId === s.id)
                    }
                    // Any write to the week under way (an undo, a save, another card's decision): its actions wait,
                    // or an apply would be sent with the draft's revision read before it and be refused as someone
                    // else's change.
                    disabled={writing}
                    held={
                      heldFor(s, false) ??
                      (s.planWeekStart && s.planWeekStart < rv.nextWeekStart
                        ? weekOverHold(s.planWeekStart, today)
                        : null)
                    }
                    error={
                      (apply.variables?.suggestionId === s.id && apply.error) ||
                      (dismiss.variables?.suggestionId === s.id && dismiss.error)
                    }
                    onApply={(changes) => {
                      const from = document.activeElement;
                      apply.mutate(
                        { suggestionId: s.id, changesDigest: s.changesDigest, changes },
                        { onSuccess: () => focusNext(s.id, i), onError: () => focusBack(from) },
                      );
                    }}
                    onDismiss={(reason) => {
                      const from = document.activeElement;
                      dismiss.mutate(
                        { suggestionId: s.id, changesDigest: s.changesDigest, reason },
                        { onSuccess: () => focusNext(s.id, i), onError: () => focusBack(from) },
                      );
                    }}
                  />
                ))
              )}
            </div>
            <DecidedList
              decided={rv.decidedSuggestions}
              unshared={unshared}
              onToggleShare={done ? undefined : toggleShare}
              nextWeekStart={rv.nextWeekStart}
              weekSessions={baseSessions}
              headingRef={decidedHeading}
              onUndo={
                done
                  ? undefined
                  : (s) => {
                      const from = document.activeElement;
                      undo.mutate(
                        { suggestionId: s.id, state: s.state },
                        {
                          onSuccess: () => {
                            // The review as read again after the undo (onDecided waited for it).
                            const now = queryClient.getQueryData(reviewQuery(athleteId, week).queryKey);
                            const back = !!now?.suggestions.some((x) => x.id === s.id);
                            setUndone({ kind: s.kind, back });
                            focusUndone(s.id);
                          },
                          onError: () => focusBack(from),
                        },
                      );
                    }
              }
              undoing={undo.isPending ? undo.variables.suggestionId : null}
              undoError={undo.error ? { id: undo.variables!.suggestionId, error: undo.error } : null}
              disabled={writing}
              undoHeld={(s) =>
                heldFor({ planWeekStart: s.planWeekStart, changes: s.editedChanges ?? s.changes }, true)
              }
            />
          </Card>
          {/* Always on the page, so that what a publish did is announced when its words arrive. */}
          <p role="status" className={weekStatus ? 'notice' : 'sr-only'} data-testid="week-status">
            {weekStatus === 'PUBLISHED' ? `Published. ${first} sees the plan now.` : ''}
          </p>
          {done && !changing && !keptDone ? (
            <DoneWeek
              onChange={startChange}
              changeButtonRef={changeButton}
              headingRef={doneHeading}
              athleteName={rv.athleteName}
              weekStart={rv.nextWeekStart}
              weekWord={plannedWeek}
              next={<NextReview athleteId={athleteId} weekStart={rv.weekStart} />}
              published={plan.data?.published ?? null}
              pending={plan.isPending}
              error={plan.error}
              onRetry={() => void plan.refetch()}
            />
          ) : (
            <Card
              headingRef={editorHeading}
              title={
                done && changeFrom !== null
                  ? `Change ${plannedWeek.toLowerCase()} (published as version ${changeFrom})`
                  : draft
                    ? `${plannedWeek}'s draft (revision ${draft.revision})`
                    : plan.data?.published
                      ? `${plannedWeek} (published)`
                      : engineDraft
                        ? `${plannedWeek}: the engine's draft`
                        : plannedWeek
              }
            >
              {engineDraft && (
                <p className="hint" data-testid="engine-draft">
                  {rv.athleteName.split(' ')[0]} has no plan for {plannedWeek.toLowerCase()} yet: this is the
                  engine&apos;s draft, which the suggestions above change. Edit it, save it as your draft, or
                  complete and publish it as it is.
                </p>
              )}
              {plan.error ? (
                // Never an empty editor in place of a plan that failed to load: it would publish an empty week.
                <ErrorNotice error={plan.error} onRetry={() => void plan.refetch()} />
              ) : plan.isPending || edited === null ? (
                <Loading />
              ) : (
                <>
                  {(kept || conflict) && (
                    <DraftChangedNotice
                      conflict={conflict}
                      completed={keptDone}
                      savedRevision={isDraftConflict(publish.error) ? (savedFirst?.revision ?? null) : null}
                      who={noticeWho}
                      what={changeSummary(
                        noticeWho === 'unknown' ? null : whoText(keptBy, me, coaches.data),
                        changedText(
                          // After a save that went through, "yours" is the revision saved.
                          isDraftConflict(publish.error) && savedFirst !== null
                            ? {
                                revision: savedFirst.revision,
                                applied: basis?.applied ?? [],
                                planId: savedFirst.id,
                              }
                            : (basis ?? { revision: null, applied: [], planId: null }),
                          {
                            draftId: draft?.id ?? null,
                            draftRevision: draft?.revision ?? null,
                            publishedId: plan.data?.published?.id ?? null,
                            publishedVersion: plan.data?.published?.version ?? null,
                          },
                          rv.decidedSuggestions,
                        ),
                      )}
                      disabled={writing}
                      onLoadTheirs={loadTheirs}
                      onKeepEditing={() => focusAfter(() => editorHeading.current)}
                    />
                  )}
                  <PlanEditor
                    weekStart={rv.nextWeekStart}
                    sessions={edited}
                    onChange={setEdited}
                    disabled={writing}
                  />
                  <TextArea
                    label="Reasons for the athlete (shared with the plan)"
                    rows={2}
                    value={reasons}
                    onChange={(e) => setReasons(e.target.value)}
                    disabled={writing}
                  />
                  {!conflict && <ErrorNotice error={save.error ?? publish.error} />}
                  <DraftReviewNotice state={draftReview} />
                  {keptDone ? (
                    <p className="hint" data-testid="review-completed-meanwhile">
                      This review was completed meanwhile: your changes can no longer be saved as its draft.
                      Load the week as published (your changes here are discarded), then choose Change this
                      week to change it.
                    </p>
                  ) : done ? (
                    <>
                      <ErrorNotice error={republish.error} />
                      <p className="hint">
                        The review is completed: publishing this change gives {rv.athleteName.split(' ')[0]}{' '}
                        the week as edited here, and the suggestions stay as they were decided.
                      </p>
                      <div className="row">
                        <Button
                          busy={republish.isPending}
                          disabled={writing}
                          onClick={(e) => {
                            const from = e.currentTarget;
                            republish.mutate(undefined, { onError: () => focusBack(from) });
                          }}
                        >
                          Publish the change
                        </Button>
                        <Button variant="secondary" disabled={writing} onClick={stopChange}>
                          Cancel
                        </Button>
                      </div>
                    </>
                  ) : (
                    <>
                      <div className="row">
                        <Button
                          variant="secondary"
                          busy={save.isPending}
                          disabled={writing}
                          onClick={(e) => {
                            const from = e.currentTarget;
                            save.mutate(undefined, { onError: () => focusBack(from) });
                          }}
                        >
                          Save draft
                        </Button>
                        {sessionsEdited && !kept && !conflict && (
                          <Button
                            variant="secondary"
                            disabled={writing}
                            onClick={() => {
                              // The sessions as the draft has them; reasons typed for the athlete stay typed.
                              loadBase(reasons);
                              focusAfter(() => editorHeading.current);
                            }}
                          >
                            Discard my changes to the plan
                          </Button>
                        )}
                        <Button
                          ref={completeButton}
                          busy={publish.isPending}
                          disabled={writing || confirming}
                          onClick={complete}
                          aria-describedby={undecided > 0 ? 'undecided-count' : undefined}
                        >
                          Complete and publish
                        </Button>
                      </div>
                      {undecided > 0 && !confirming && (
                        <p className="hint" id="undecided-count">
                          {undecidedText(undecided, urgent)}
                        </p>
                      )}
                      {confirming && (
                        <ConfirmComplete
                          undecided={undecided}
                          urgent={urgent}
                          onConfirm={complete}
                          onCancel={() => {
                            setConfirming(false);
                            focusAfter(() => completeButton.current);
                          }}
                        />
                      )}
                    </>
                  )}
                </>
              )}
            </Card>
          )}
        </div>
        <aside className="review-side" aria-label="Conversation and notes">
          <ContextProposals
            athleteId={athleteId}
            onDecided={() => {
              setUndone(null);
              void invalidate();
            }}
            completedWeek={
              done
                ? {
                    athleteName: rv.athleteName,
                    weekStart: rv.nextWeekStart,
                    published: !!plan.data?.published,
                    changing,
                  }
                : null
            }
          />
          <Conversation athleteId={athleteId} />
          <Notes athleteId={athleteId} />
        </aside>
      </div>
    </div>
  );
}

/** The completed review's week: published, read-only (the API refuses further actions on the review). */
function DoneWeek({
  onChange,
  changeButtonRef,
  headingRef,
  athleteName,
  weekStart,
  weekWord,
  next,
  published,
  pending,
  error,
  onRetry,
}: {
  /** Opens the week for a change after all (published as its next version). */
  onChange: () => void;
  /** "Change this week": where focus returns when a change is cancelled or published. */
  changeButtonRef: Ref<HTMLButtonElement>;
  /** The card's heading: where focus goes when the review is completed. */
  headingRef: Ref<HTMLHeadingElement>;
  athleteName: string;
  weekStart: string;
  /** How the page names the week ("This week", "Next week": by the athlete's day, see `plannedWeekWord`). */
  weekWord: string;
  /** The way on: the next review in the queue. */
  next?: ReactNode;
  published: { sessions: PlannedSession[]; notes?: string | null; version: number } | null;
  pending: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const first = athleteName.split(' ')[0];
  return (
    <Card title={`${weekWord} (published)`} headingRef={headingRef}>
      <p className="notice" data-testid="review-done">
        This review is completed: the week below is what {first} has, and the suggestions can no longer be
        applied, dismissed or undone.
      </p>
      {next}
      {error ? (
        <ErrorNotice error={error} onRetry={onRetry} />
      ) : pending ? (
        <Loading />
      ) : published ? (
        <>
          <div data-testid="done-week">
            <WeekView weekStart={weekStart} sessions={published.sessions} />
          </div>
          {published.notes && (
            <p>
              <strong>Reasons for the athlete: </strong>
              {published.notes}
            </p>
          )}
          <div className="row">
            <Button variant="secondary" ref={changeButtonRef} onClick={onChange} id={CHANGE_WEEK_ID}>
              Change this week
            </Button>
          </div>
        </>
      ) : (
        <Empty>No published plan for {weekWord.toLowerCase()}.</Empty>
      )}
    </Card>
  );
}

/** A component's evidence, labelled and in words (evidence.ts). */
function EvidenceFacts({ evidence }: { evidence: readonly { key: string; value: string }[] }) {
  const facts = readableEvidence(evidence);
  if (facts.length === 0) return null;
  return (
    <dl className="facts small">
      {facts.map((e) => (
        <div key={e.key} className="fact">
          <dt>{e.label}</dt>
          <dd>{e.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The draft changed under the editor's unsaved edits (another coach's apply, save or publish): the edits are kept, on
 * the draft as it was. role=status while it is news (focus stays where the coach is), role=alert once a save was
 * refused for it.
 */
function DraftChangedNotice({
  conflict,
  completed,
  savedRevision,
  who,
  what,
  disabled,
  onLoadTheirs,
  onKeepEditing,
}: {
  conflict: boolean;
  /** The review was completed meanwhile (its week published): the edits can no longer be saved as its draft. */
  completed: boolean;
  /**
   * Complete and publish saved the edits as this revision, then the completion was refused: the draft changed in
   * between. The edits are saved (the newer draft was made on them); the week is neither published nor sent.
   */
  savedRevision: number | null;
  /** Who made the change: another coach, this coach in another tab, or not known (said without a guess). */
  who: 'other' | 'mine' | 'unknown';
  /** Who changed what, as far as the page can tell (editor-basis.ts changeSummary). */
  what: string;
  disabled: boolean;
  onLoadTheirs: () => void;
  onKeepEditing: () => void;
}) {
  const detail = what ? ` (${what})` : '';
  return (
    <div
      role={conflict ? 'alert' : 'status'}
      className={conflict ? 'error-notice' : 'notice'}
      data-testid="draft-changed"
      data-conflict={conflict}
    >
      <p>
        {completed
          ? `${who === 'other' ? 'Another coach completed this review meanwhile' : who === 'mine' ? 'You completed this review in another tab' : 'This review was completed meanwhile'}${detail}. Your unsaved changes ${who === 'mine' ? 'here ' : ''}are kept, but they can no longer be saved as its draft.`
          : conflict && savedRevision !== null
            ? `Your changes were saved (next week's draft, revision ${savedRevision}), but the review was not completed: the draft changed again before it could be published${detail}. The review did not publish the week or send anything to the athlete. Load the newer draft, check it, and complete the review again.`
            : who === 'mine'
              ? conflict
                ? `Not saved: you changed next week's draft in another tab after you started editing here${detail}. Saving these changes would have overwritten that, so nothing was saved. Load the newer draft to edit it (your unsaved changes here are discarded).`
                : `You changed next week's draft in another tab${detail}. Your unsaved changes here are kept; they were made on the earlier draft.`
              : who === 'other'
                ? conflict
                  ? `Not saved: another coach changed next week's draft after you started editing${detail}. Saving your changes would have overwritten theirs, so nothing was saved. Load their draft to edit it (your unsaved changes are discarded).`
                  : `Another coach changed next week's draft${detail}. Your unsaved changes are kept; they were made on the earlier draft.`
                : conflict
                  ? `Not saved: next week's draft changed after you started editing${detail}. Saving your changes would have overwritten that change, so nothing was saved. Load the newer draft to edit it (your unsaved changes are discarded).`
                  : `Next week's draft changed after you started editing${detail}. Your unsaved changes are kept; they were made on the earlier draft.`}
      </p>
      <div className="row">
        <Button variant="secondary" disabled={disabled} onClick={onLoadTheirs}>
          {completed
            ? 'Load the week as published (discard my changes)'
            : conflict && savedRevision !== null
              ? 'Load the newer draft'
              : who === 'mine'
                ? 'Load the newer draft (discard my changes here)'
                : who === 'other'
                  ? 'Load their draft (discard my changes)'
                  : 'Load the newer draft (discard my changes)'}
        </Button>
        {!conflict && !completed && (
          <Button variant="secondary" disabled={disabled} onClick={onKeepEditing}>
            Keep editing
          </Button>
        )}
      </div>
    </div>
  );
}

/** Under the draft, once saved: what the save did to the suggestions above (see draft-review-sync.ts). */
function DraftReviewNotice({ state }: { state: DraftReviewState }) {
  if (!state) return null;
  const text: Record<NonNullable<DraftReviewState>, string> = {
    GENERATED: 'Draft saved. The suggestions above are for the draft as saved.',
    KEPT_DONE:
      'Draft saved. This review is already completed, so its suggestions stay as they were: they do not follow the draft.',
    REFRESHING:
      'Draft saved. The suggestions could not be brought up to date with it just now: they are being refreshed in the background and will update here shortly.',
    REFRESHED: 'Draft saved. The suggestions above are now up to date with it.',
    STILL_REFRESHING:
      'Draft saved. The suggestions are still being refreshed for it in the background: reload the page in a few minutes.',
  };
  return (
    <p
      role="status"
      className={state === 'GENERATED' || state === 'REFRESHED' ? 'notice' : 'hint'}
      data-testid="draft-review"
      data-state={state}
    >
      {text[state]}
    </p>
  );
}

type ChartsData = ResultOf<typeof ReviewChartsQuery>;

function Charts({ data, to }: { data: ChartsData; to: string }) {
  const from = addDays(to, -41);
  const hrv = useMemo(() => hrvSeries(data.checkIns, from, to), [data, from, to]);
  const pmc = useMemo(() => pmcSeries(data.loggedSessions, addDays(to, -179), from, to), [data, from, to]);
  const wellness = useMemo(
    () => wellnessSeries(data.checkIns as WellnessCheckIn[], from, to),
    [data, from, to],
  );
  const compliance = useMemo<ComplianceWeek[]>(
    () => [data.c0, data.c1, data.c2, data.c3, data.c4, data.c5, data.c6, data.c7],
    [data],
  );
  const weeks = useMemo<WeekLoad[]>(() => {
    const mondayOf = (d: string) => {
      const day = (new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7;
      return addDays(d, -day);
    };
    const planned = new Map(
      compliance.filter((c) => c.hasPublishedPlan).map((c) => [c.weekStart, c.plannedMinutes]),
    );
    const start = mondayOf(addDays(to, -83));
    const out: WeekLoad[] = [];
    for (let w = start; w <= to; w = addDays(w, 7))
      out.push({ weekStart: w, minutes: 0, plannedMinutes: planned.get(w) ?? null });
    for (const s of data.loggedSessions) {
      const wk = out.find((x) => x.weekStart === mondayOf(s.date));
      if (wk) wk.minutes += s.minutes;
    }
    return out;
  }, [data, compliance, to]);
  return (
    <div className="charts">
      <h3>Weekly training minutes against plan</h3>
      <LoadChart weeks={weeks} />
      <h3>Fitness, fatigue and form (CTL / ATL / TSB)</h3>
      <PmcChart series={pmc} />
      <h3>HRV: ln rMSSD, 7-day mean and its band</h3>
      <HrvChart series={hrv} />
      <h3>Wellness check-ins (illness marked)</h3>
      <WellnessChart series={wellness} />
      <h3>Compliance: planned vs done per week</h3>
      <ComplianceChart weeks={compliance} />
    </div>
  );
}

function Conversation({ athleteId }: { athleteId: string }) {
  const conversations = useConversations();
  const direct = conversations.data?.find((c) => c.kind === 'DIRECT' && c.athleteId === athleteId);
  return (
    <Card title="Conversation">
      {conversations.isPending ? (
        <Loading />
      ) : direct ? (
        <ChatThread
          conversationId={direct.id}
          title={direct.title}
          lastSeq={direct.lastSeq}
          canPost={direct.canPost}
        />
      ) : (
        <Empty>No conversation with this athlete.</Empty>
      )}
    </Card>
  );
}

function Notes({ athleteId }: { athleteId: string }) {
  const queryClient = useQueryClient();
  const notes = useQuery({
    queryKey: reviewKeys.notes(athleteId),
    queryFn: () => gqlRequest(NotesQuery, { athleteId }).then((d) => d.notes),
  });
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<'COACHES_ONLY' | 'SHARED'>('COACHES_ONLY');
  const add = useMutation({
    mutationFn: () => gqlRequest(AddNoteMutation, { input: { athleteId, body: body.trim(), visibility } }),
    onSuccess: () => {
      setBody('');
      void queryClient.invalidateQueries({ queryKey: reviewKeys.notes(athleteId) });
    },
  });
  return (
    <Card title="Notes">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (body.trim()) add.mutate();
        }}
      >
        <TextArea label="New note" rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
        <Select
          label="Who sees it"
          value={visibility}
          onChange={(e) => setVisibility(e.target.value as 'COACHES_ONLY' | 'SHARED')}
        >
          <option value="COACHES_ONLY">Coaches only</option>
          <option value="SHARED">Shared with the athlete</option>
        </Select>
        <ErrorNotice error={add.error} />
        <Button type="submit" variant="secondary" busy={add.isPending}>
          Add note
        </Button>
      </form>
      {notes.isPending ? (
        <Loading />
      ) : notes.error ? (
        <ErrorNotice error={notes.error} />
      ) : notes.data.length === 0 ? (
        <Empty>No notes yet.</Empty>
      ) : (
        <ul className="list">
          {notes.data.map((n) => (
            <li key={n.id}>
              <div>{n.body}</div>
              <div className="hint">
                {n.authorName} · {formatDay(n.createdAt.slice(0, 10))} ·{' '}
                {n.visibility === 'SHARED' ? 'shared' : 'coaches only'}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
