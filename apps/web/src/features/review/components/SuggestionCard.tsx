import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useRef, useState, type Ref } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Badge, Button, ErrorNotice, Select, TextInput } from '../../../components/ui';
import type { ResultOf } from '../../../graphql';
import { formatMinutes } from '../../../lib/dates';
import type { SuggestionFields } from '../graphql/review';
import { DismissForm } from './DismissForm';
import {
  FOCUSES,
  PHASES,
  WEEKDAYS,
  WEEKDAY_NAMES,
  editValuesOf,
  isEditable,
  previewWeek,
  toChangeInput,
  engineChanges,
  validateEdit,
  changeSteps,
  sessionName,
  sessionWhat,
  toEnginePlan,
  type Change,
  type ChangeStep,
  type ChangeInput,
  type EditValues,
  type ScaleEffect,
  type WeekPreview,
} from '../preview';
import type {
  PlannedSession as EngineSession,
  WeekPlan as EngineWeekPlan,
} from '../../../../../../libs/engine/src/types';
import { effortLabel, type PlannedSession } from '../../plan/components/SessionLabel';
import { codeWords } from '../../../lib/code-words';

type Suggestion = ResultOf<typeof SuggestionFields>;

const DAY = (d: number | null | undefined) => (d != null ? (WEEKDAYS[d] ?? '') : '');

const signed = (p: number) => `${p > 0 ? '+' : ''}${Math.round(p)} %`;

/** "an easy run", "a tempo"; a plural name as it is ("hill repeats", "threshold intervals"). */
const withArticle = (what: string) =>
  /[^s]s$/.test(what) ? what : `${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}`;

/** "4 × 3 min", "6 × 90 s": an interval structure's repeats and work. */
const repsOf = (i: { repeats: number; workSeconds: number }) =>
  `${i.repeats} × ${i.workSeconds % 60 === 0 ? `${i.workSeconds / 60} min` : `${i.workSeconds} s`}`;

/** "A, B and C". */
const andList = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

/**
 * Where a change's sessions are named from: the plan as the coach sees it before the suggestion (`base`: a
 * session is called what it was, "Sunday's long run", even after an earlier change of the same suggestion
 * made it an easy run), else the plan the change meets (a session an earlier change added).
 */
function finder(step: ChangeStep | null | undefined, base: EngineWeekPlan | null | undefined) {
  return (id: string | null | undefined): EngineSession | undefined => {
    if (!id) return undefined;
    return base?.sessions.find((s) => s.id === id) ?? step?.plan.sessions.find((s) => s.id === id);
  };
}

/** A session's minutes as the change meets it (after the suggestion's earlier changes), else as planned. */
function minutesAt(step: ChangeStep | null | undefined, s: EngineSession): number {
  return step?.plan.sessions.find((x) => x.id === s.id)?.minutes ?? s.minutes;
}

/**
 * A volume change in words. With its effect on the plan (the engine's own apply): the sessions it scales, by
 * name, and their real minutes before → after. Without it: the factor each session is scaled by before its
 * rounding to 5 min, and what it covers, never "the week's volume" for a change limited to some sessions.
 */
function describeScale(
  c: Pick<Change, 'percent' | 'days'> & Partial<Pick<Change, 'sessionIds'>>,
  effect: ScaleEffect | null | undefined,
  find: (id: string) => EngineSession | undefined,
): string {
  if (effect) {
    const verb =
      effect.after < effect.before ? 'Shorten' : effect.after > effect.before ? 'Lengthen' : 'Keep';
    const real = effect.before > 0 ? ` (${signed((effect.after / effect.before - 1) * 100)})` : '';
    const sessions = effect.items.map((x) => find(x.id));
    if (sessions.length > 0 && sessions.every((x) => x !== undefined)) {
      if (effect.items.length === 1)
        return `${verb} ${sessionName(sessions[0]!)}: ${effect.before} → ${effect.after} min${real}`;
      const each = effect.items.map((x, i) => `${sessionName(sessions[i]!)} (${x.before} → ${x.after} min)`);
      return `${verb} ${andList(each)}: ${effect.before} → ${effect.after} min in all${real}`;
    }
    const what = effect.sessions === 1 ? 'the session' : `${effect.sessions} sessions`;
    const days = effect.days.length ? ` on ${effect.days.map(DAY).join(', ')}` : '';
    return `${verb} ${what}${days}: ${effect.before} → ${effect.after} min${real}`;
  }
  const by = c.percent != null ? `about ${signed(c.percent)}, rounded to 5 min` : 'a step';
  const n = c.sessionIds?.length ?? 0;
  const which =
    n > 0
      ? `${n === 1 ? 'one session' : `${n} sessions, each`}`
      : c.days?.length
        ? 'the sessions'
        : "the week's sessions";
  const each = n === 0 && c.percent != null ? ' each' : '';
  return `Scale ${which}${c.days?.length ? ` on ${c.days.map(DAY).join(', ')}` : ''}${each} by ${by}`;
}

type Describable = Pick<
  Change,
  'type' | 'percent' | 'fromDay' | 'toDay' | 'days' | 'purpose' | 'effort' | 'from' | 'to'
> &
  Partial<Pick<Change, 'day' | 'sessionKind' | 'minutes' | 'sessionIds' | 'sessionId' | 'key' | 'intervals'>>;

/**
 * One structured change in words (weekdays 0 = Monday, as the API sends them). With `step` (the plan the change
 * meets and, for a volume change, its effect) and `base` (the plan before the suggestion), each session is named
 * as the rationale names it ("Drop Monday's easy run (90 min)"); without them, by its day where the change
 * gives one.
 */
export function describeChange(
  c: Describable,
  step?: ChangeStep | null,
  base?: EngineWeekPlan | null,
): string {
  const find = finder(step, base);
  const target = find(c.sessionId);
  switch (c.type) {
    case 'SCALE_VOLUME':
      return describeScale(c, step?.effect, find);
    case 'MOVE_SESSION':
      return target
        ? `Move ${sessionName(target)} (${minutesAt(step, target)} min) to ${WEEKDAY_NAMES[c.toDay ?? -1] ?? 'another day'}`
        : `Move the ${DAY(c.fromDay)} session to ${DAY(c.toDay) || 'another day'}`;
    case 'DROP_SESSION':
      return target
        ? `Drop ${sessionName(target)} (${minutesAt(step, target)} min)`
        : `Drop the ${DAY(c.fromDay) ? `${DAY(c.fromDay)} ` : ''}session`;
    case 'INSERT_REST_DAYS':
      return `Rest on ${(c.days ?? []).map(DAY).join(', ') || 'the coming days'}`;
    case 'REPLACE_INTENSITY': {
      const to = c.purpose ? sessionWhat({ kind: target?.kind ?? 'RUN', purpose: c.purpose }) : '';
      const effort = c.effort ? effortLabel(c.effort) : '';
      if (!target)
        return `Replace hard work with ${c.purpose || 'easy running'}${c.effort ? ` (${c.effort.type} ${c.effort.value})` : ''}`;
      const was = `${sessionName(target)} (${minutesAt(step, target)} min)`;
      const at = `${effort ? ` at ${effort}` : ''}${c.intervals ? `, ${repsOf(c.intervals)}` : ''}`;
      const key = target.key && c.key === false ? ', no longer a key session' : '';
      // The same kind of session at another effort ("Wednesday's gym (45 min): at RPE 6"), or another one.
      if (!to || to === sessionWhat(target)) return `${was}:${at || ' as planned'}${key}`;
      return `Make ${was} ${withArticle(to)}${at}${key}`;
    }
    case 'CHANGE_MESOCYCLE_FOCUS':
      return `Change the block's focus${c.from ? ` from ${codeWords(c.from)}` : ''}${c.to ? ` to ${codeWords(c.to)}` : ''}`;
    case 'SET_PHASE':
      return `Set the phase${c.to ? ` to ${codeWords(c.to)}` : ''}`;
    case 'ADD_SESSION':
      return `+ ${c.day != null ? (WEEKDAY_NAMES[c.day] ?? 'A free day') : 'A free day'}: ${NEW_SESSION[c.sessionKind ?? 'RUN'] ?? 'easy session'}${c.minutes != null ? ` ${c.minutes} min` : ''}`;
    default:
      return codeWords(c.type);
  }
}

/** What a new session is called (the engine only adds easy aerobic work; a coach may make it strength). */
const NEW_SESSION: Record<string, string> = {
  RUN: 'easy run',
  CROSS_TRAINING: 'easy cross-training',
  STRENGTH: 'strength',
};

const SEVERITY: Record<string, 'urgent' | 'attention' | 'info'> = {
  URGENT: 'urgent',
  ATTENTION: 'attention',
  INFO: 'info',
};

const editSchema = z.object({
  changes: z.array(
    z
      .object({
        type: z.string(),
        percent: z.string(),
        toDay: z.string(),
        days: z.array(z.boolean()),
        effort: z.string(),
        purpose: z.string().max(200),
        to: z.string(),
        minutes: z.string(),
      })
      .superRefine((v, ctx) => {
        const message = validateEdit(v);
        if (message) ctx.addIssue({ code: 'custom', message, path: ['type'] });
      }),
  ),
});
type EditForm = z.infer<typeof editSchema>;

/** A suggestion with its why, the change in words, next week before/after, apply / edit / dismiss. */
export function SuggestionCard({
  suggestion,
  basePlan,
  thisWeek = false,
  thisWeekPlan = null,
  onApply,
  onDismiss,
  busy,
  disabled = false,
  held = null,
  error,
  readOnly = false,
}: {
  suggestion: Suggestion;
  /**
   * Why this suggestion cannot be applied now (the coach's unsaved edits to the draft it changes, or a draft changed
   * under them): Apply, Edit and Apply edited wait, and the card says so; null: nothing holds it.
   */
  held?: string | null;
  /** The review is completed: the suggestion was left undecided and can no longer be applied or dismissed. */
  readOnly?: boolean;
  /** The suggestion changes the rest of the current week (its plan week is not next week). */
  thisWeek?: boolean;
  /** The API's refusal of the last apply or dismiss of this suggestion. */
  error?: unknown;
  /** Next week as the change would meet it (the draft, else the published plan); null when none. */
  basePlan: EngineWeekPlan | null;
  /**
   * For a change to the rest of this week (`thisWeek`): this week's published plan, which the change meets, so
   * that its sessions are named and its minutes shown; null or omitted while it is not at hand.
   */
  thisWeekPlan?: EngineWeekPlan | null;
  /** `changes` when the coach edited them; omitted: as proposed. */
  onApply: (changes?: ChangeInput[]) => void;
  /** `reason`: the coach's, private to coaches; empty when they gave none. */
  onDismiss: (reason: string) => void;
  /** This suggestion's apply or dismiss is under way. */
  busy?: boolean;
  /** Another write to the review or the week is under way: apply, edit and dismiss wait for it. */
  disabled?: boolean;
}) {
  const locked = !!busy || disabled;
  const holds = !!held && !readOnly;
  const [editing, setEditing] = useState(false);
  // The suggestion changed under the card (re-derived: read again after a SUGGESTION_CHANGED, or another tab's work): an
  // edit started from the version read before would be applied as an edit of the new one, so the editor closes.
  const [readDigest, setReadDigest] = useState(suggestion.changesDigest);
  if (readDigest !== suggestion.changesDigest) {
    setReadDigest(suggestion.changesDigest);
    setEditing(false);
  }
  // "Dismiss" asks for an optional reason first (DismissForm); Cancel puts focus back on it.
  const [dismissing, setDismissing] = useState(false);
  const dismissButton = useRef<HTMLButtonElement>(null);
  // A change to the rest of this week acts on the published plan, not on next week's: no preview or edit here.
  const editable = !thisWeek && suggestion.changes.some((c) => isEditable(c.type));
  const proposed = useMemo(() => {
    if (!basePlan) return null;
    return previewWeek(basePlan, engineChanges(basePlan, suggestion.changes));
  }, [basePlan, suggestion.changes]);
  // The plan the changes meet: next week's, or this week's published plan for a change to the rest of this week.
  const target = thisWeek ? thisWeekPlan : basePlan;
  // Each change with the plan it meets: the sessions it acts on, by name, and what each volume change really does
  // (its minutes after the rounding), not its nominal percent.
  const steps = useMemo(
    () => (target ? changeSteps(target, engineChanges(target, suggestion.changes)) : []),
    [target, suggestion.changes],
  );
  const titleId = `sg-${suggestion.id}`;
  return (
    <article
      className="suggestion"
      aria-labelledby={titleId}
      data-testid="suggestion"
      data-kind={suggestion.kind}
    >
      {/* Focusable from script: where focus goes when this suggestion comes back (undone) or is next in the list. */}
      <h3 id={titleId} tabIndex={-1}>
        {codeWords(suggestion.kind)}
        <Badge tone={SEVERITY[suggestion.severity] ?? 'info'}>{suggestion.severity.toLowerCase()}</Badge>
      </h3>
      <p className="why">
        <strong>Why: </strong>
        {suggestion.rationale}
      </p>
      <AthleteReads text={suggestion.athleteText} shared={suggestion.shared} />
      <ErrorNotice error={error} />
      {editing && !readOnly ? (
        <EditChanges
          suggestion={suggestion}
          basePlan={basePlan}
          busy={busy}
          disabled={locked || holds}
          held={holds ? held : null}
          heldId={`${titleId}-held`}
          onCancel={() => setEditing(false)}
          onApply={onApply}
        />
      ) : (
        <>
          <div className="preview" role="group" aria-label="Preview of the change to next week">
            <ul>
              {suggestion.changes.map((c, i) => (
                <li key={i}>{describeChange(c, steps[i], target)}</li>
              ))}
            </ul>
            {thisWeek ? (
              <p className="hint" data-testid="this-week-change">
                This changes the rest of this week&apos;s published plan: applied, the athlete sees it as a
                new version at once.
              </p>
            ) : suggestion.changes.length === 0 ? (
              // A note or a reach-out: no before/after of a week it leaves as it is.
              <p className="hint" data-testid="no-change">
                Nothing changes in the plan.
              </p>
            ) : proposed ? (
              <BeforeAfter preview={proposed} />
            ) : (
              <p className="hint">Next week has no plan yet: the change applies to the engine's draft.</p>
            )}
          </div>
          {readOnly ? (
            <p className="hint" data-testid="left-undecided">
              Left undecided when the review was completed.
            </p>
          ) : dismissing ? (
            <DismissForm
              busy={busy}
              disabled={locked}
              onDismiss={onDismiss}
              onCancel={() => {
                setDismissing(false);
                requestAnimationFrame(() => dismissButton.current?.focus());
              }}
            />
          ) : (
            <div className="row">
              {holds && (
                <p className="hint" data-testid="apply-held" id={`${titleId}-held`}>
                  {held}
                </p>
              )}
              <Button
                onClick={() => onApply()}
                busy={busy}
                disabled={locked || holds}
                aria-describedby={holds ? `${titleId}-held` : undefined}
              >
                Apply
              </Button>
              {editable && (
                <Button
                  variant="secondary"
                  onClick={() => setEditing(true)}
                  disabled={locked || holds}
                  aria-describedby={holds ? `${titleId}-held` : undefined}
                >
                  Edit
                </Button>
              )}
              <Button
                variant="secondary"
                ref={dismissButton}
                onClick={() => setDismissing(true)}
                disabled={locked}
              >
                Dismiss
              </Button>
            </div>
          )}
        </>
      )}
    </article>
  );
}

/** Next week per day, before → after (changed days marked), and the week's total. */
export function BeforeAfter({ preview }: { preview: WeekPreview }) {
  return (
    <div className="before-after" data-testid="before-after">
      {!preview.ok && (
        <p className="field-error" role="status">
          The engine would refuse this: {preview.reason}
        </p>
      )}
      <p>
        Next week: <strong>{formatMinutes(preview.beforeTotal)}</strong> → after:{' '}
        <strong data-testid="after-total">{formatMinutes(preview.afterTotal)}</strong>
      </p>
      <table className="compact-table week-diff">
        <caption className="sr-only">Minutes per day before and after the change</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Before</th>
            {preview.before.map((m, d) => (
              <td key={d}>{m}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">After</th>
            {preview.after.map((m, d) => (
              <td key={d} className={preview.changedDays.includes(d) ? 'changed' : undefined}>
                {m}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function EditChanges({
  suggestion,
  basePlan,
  busy,
  disabled,
  held = null,
  heldId,
  onCancel,
  onApply,
}: {
  suggestion: Suggestion;
  basePlan: EngineWeekPlan | null;
  busy?: boolean;
  /** A write under way (this one or another): "Apply edited" waits. */
  disabled?: boolean;
  /** Why "Apply edited" waits for the coach's unsaved edits to the plan (SuggestionCard's `held`), with its id. */
  held?: string | null;
  heldId?: string;
  onCancel: () => void;
  onApply: (changes: ChangeInput[]) => void;
}) {
  const form = useForm<EditForm>({
    resolver: zodResolver(editSchema),
    defaultValues: { changes: suggestion.changes.map(editValuesOf) },
  });
  const values = useWatch({ control: form.control, name: 'changes' }) as EditValues[];
  const preview = useMemo(() => {
    if (!basePlan) return null;
    if (values.some((v) => validateEdit(v))) return null;
    const edits = suggestion.changes.map((c, i) => toChangeInput(values[i], c));
    return previewWeek(basePlan, engineChanges(basePlan, suggestion.changes, edits));
  }, [basePlan, suggestion.changes, values]);
  return (
    <form
      className="stack edit-changes"
      aria-label="Edit the change"
      noValidate
      onSubmit={form.handleSubmit((v) =>
        onApply(suggestion.changes.map((c, i) => toChangeInput(v.changes[i] as EditValues, c))),
      )}
    >
      {suggestion.changes.map((c, i) => (
        <fieldset key={i} className="change-edit">
          <legend>{describeChange(c, null, basePlan)}</legend>
          <ChangeFields
            index={i}
            change={c}
            basePlan={basePlan}
            register={form.register}
            error={form.formState.errors.changes?.[i]?.type?.message}
          />
        </fieldset>
      ))}
      {preview && <BeforeAfter preview={preview} />}
      <div className="row">
        {held && (
          <p className="hint" data-testid="apply-held" id={heldId}>
            {held}
          </p>
        )}
        <Button type="submit" busy={busy} disabled={disabled} aria-describedby={held ? heldId : undefined}>
          Apply edited
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function ChangeFields({
  index,
  change,
  basePlan,
  register,
  error,
}: {
  index: number;
  change: Change;
  /** Next week as the suggestion meets it: names the sessions a volume change is limited to. */
  basePlan: EngineWeekPlan | null;
  register: ReturnType<typeof useForm<EditForm>>['register'];
  error?: string;
}) {
  const err = error ? (
    <p className="field-error" role="alert">
      {error}
    </p>
  ) : null;
  switch (change.type) {
    case 'SCALE_VOLUME':
      return (
        <>
          <TextInput
            label="Change in volume, %"
            type="number"
            inputMode="numeric"
            step={5}
            hint="Negative cuts, positive adds; the week after is shown below."
            {...register(`changes.${index}.percent`)}
          />
          <ScaleScope index={index} change={change} basePlan={basePlan} register={register} />
          {err}
        </>
      );
    case 'MOVE_SESSION':
      return (
        <>
          <Select
            label={`Move the ${DAY(change.fromDay)} session to`}
            {...register(`changes.${index}.toDay`)}
          >
            {WEEKDAYS.map((d, i) => (
              <option key={d} value={String(i)} disabled={i === change.fromDay}>
                {d}
              </option>
            ))}
          </Select>
          {err}
        </>
      );
    case 'INSERT_REST_DAYS':
      return (
        <>
          <DayChecks index={index} register={register} label="Rest days" />
          {err}
        </>
      );
    case 'REPLACE_INTENSITY':
      return (
        <>
          <TextInput
            label={`Effort (${change.effort?.type === 'ZONE' ? 'zone' : 'RPE'})`}
            type="number"
            inputMode="numeric"
            {...register(`changes.${index}.effort`)}
          />
          <TextInput label="Purpose" {...register(`changes.${index}.purpose`)} />
          {err}
        </>
      );
    case 'ADD_SESSION':
      return (
        <>
          <Select label="New session on" {...register(`changes.${index}.toDay`)}>
            {WEEKDAYS.map((d, i) => (
              <option key={d} value={String(i)}>
                {d}
              </option>
            ))}
          </Select>
          <TextInput
            label="Minutes"
            type="number"
            inputMode="numeric"
            step={5}
            {...register(`changes.${index}.minutes`)}
          />
          {err}
        </>
      );
    case 'CHANGE_MESOCYCLE_FOCUS':
    case 'SET_PHASE':
      return (
        <>
          <Select
            label={change.type === 'SET_PHASE' ? 'Phase' : 'Focus'}
            {...register(`changes.${index}.to`)}
          >
            {(change.type === 'SET_PHASE' ? PHASES : FOCUSES).map((x) => (
              <option key={x} value={x}>
                {codeWords(x)}
              </option>
            ))}
          </Select>
          {err}
        </>
      );
    default:
      return <p className="hint">This change is applied as proposed.</p>;
  }
}

/**
 * What a volume change scales, and the days it can be limited to. The API keeps the sessions the engine limited the
 * change to (`sessionIds`) and scales, of those, the ones on the days ticked (none ticked: all of them): a change to
 * one session has no days to choose (a day without it would leave nothing to scale), a change to some sessions is
 * limited among them, and a change to the week among all its sessions.
 */
function ScaleScope({
  index,
  change,
  basePlan,
  register,
}: {
  index: number;
  change: Change;
  basePlan: EngineWeekPlan | null;
  register: ReturnType<typeof useForm<EditForm>>['register'];
}) {
  const ids = change.sessionIds ?? [];
  if (ids.length === 1) {
    const s = basePlan?.sessions.find((x) => x.id === ids[0]);
    return (
      <p className="hint" data-testid="scale-scope">
        {s
          ? `This change scales ${sessionName(s)} (${s.minutes} min) only.`
          : 'This change scales one session only.'}
      </p>
    );
  }
  const label =
    ids.length > 1
      ? `Of the ${ids.length} sessions it scales, only those on these days (none: all ${ids.length})`
      : 'Only the sessions on these days (none: the whole week)';
  // A change to some sessions: only the days those sessions are on (a day without any of them would leave nothing to
  // scale, and the API refuses it: NOTHING_TO_SCALE). All seven while the plan does not name them all.
  const found = ids.map((id) => basePlan?.sessions.find((x) => x.id === id));
  const days =
    ids.length > 1 && found.every((x) => x !== undefined)
      ? [...new Set(found.map((x) => x!.day))].sort((a, b) => a - b)
      : undefined;
  return <DayChecks index={index} register={register} label={label} days={days} />;
}

function DayChecks({
  index,
  register,
  label,
  days,
}: {
  index: number;
  register: ReturnType<typeof useForm<EditForm>>['register'];
  label: string;
  /** The weekdays offered (0 = Monday); omitted: all seven. */
  days?: readonly number[];
}) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={`${id}-days`} className="day-checks">
      <span id={`${id}-days`}>{label}</span>
      {WEEKDAYS.map((d, i) =>
        days && !days.includes(i) ? null : (
          <label key={d} className="check">
            <input type="checkbox" {...register(`changes.${index}.days.${i}`)} /> {d}
          </label>
        ),
      )}
    </div>
  );
}

/**
 * What the athlete reads of a suggestion the coach shares (their own words, never the coach's "Why"): so the
 * coach knows what they share. Before it is shared, what the athlete would read.
 */
export function AthleteReads({ text, shared }: { text: string; shared: boolean }) {
  return (
    <p className="hint athlete-reads" data-testid="athlete-reads">
      <strong>{shared ? 'The athlete reads: ' : 'If you share it, the athlete reads: '}</strong>
      {text}
    </p>
  );
}

/**
 * A decided suggestion's changes in words, named from the plan they met (`before`): once applied, the sessions a
 * change drops or scales are no longer in the draft, and without it the card would read "Drop the session".
 */
function AppliedChanges({
  changes,
  weekStart,
  before,
}: {
  changes: readonly Change[];
  weekStart: string;
  before: readonly PlannedSession[] | null;
}) {
  const text = useMemo(() => {
    if (!before || before.length === 0 || !weekStart) return changes.map((c) => describeChange(c)).join('; ');
    const base = toEnginePlan(weekStart, before);
    const steps = changeSteps(base, engineChanges(base, changes));
    return changes.map((c, i) => describeChange(c, steps[i], base)).join('; ');
  }, [changes, weekStart, before]);
  return <>{text}</>;
}

/** Suggestions already decided this week: what was applied (as proposed or edited) or dismissed, and undoing it. */
export function DecidedList({
  decided,
  unshared,
  onToggleShare,
  nextWeekStart,
  weekSessions,
  onUndo,
  undoing,
  undoError,
  disabled,
  undoHeld,
  headingRef,
}: {
  decided: (Suggestion & {
    editedChanges?: Change[] | null;
    dismissReason?: string | null;
    /** The week as the applied change met it (the API keeps it with the decision): names its sessions. */
    sessionsBefore?: readonly PlannedSession[] | null;
  })[];
  /** Applied suggestions whose reason the coach keeps to themselves (the rest are shared on publish). */
  unshared?: ReadonlySet<string>;
  onToggleShare?: (id: string) => void;
  /** The review's next week: an applied change to another (the rest of this week) was published at once. */
  nextWeekStart?: string;
  /**
   * Next week as it is now: names the sessions of a dismissed change to it, which never met the plan (an applied one
   * is named from the week it met, kept with the decision).
   */
  weekSessions?: readonly PlannedSession[] | null;
  /** While the review is open: undo a decision (an applied one reverted, a dismissed one proposed again). */
  onUndo?: (s: { id: string; state: string; kind: string }) => void;
  /** The suggestion whose undo is under way. */
  undoing?: string | null;
  /** The API's refusal of the last undo, and of which suggestion. */
  undoError?: { id: string; error: unknown } | null;
  /** Another write to the week is under way: undo waits for it. */
  disabled?: boolean;
  /** Why an applied change cannot be undone now (the coach's unsaved edits to the draft it changes); null: it can. */
  undoHeld?: (s: Suggestion & { editedChanges?: Change[] | null }) => string | null;
  /** The list's heading, focusable: where focus goes when the last undecided suggestion is decided. */
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const titleId = useId();
  if (!decided.length) return null;
  const STATE: Record<string, string> = {
    APPLIED: 'applied',
    EDITED_AND_APPLIED: 'edited and applied',
    DISMISSED: 'dismissed',
    SUPERSEDED: 'superseded',
  };
  const VERB: Record<string, string> = {
    APPLIED: 'applying',
    EDITED_AND_APPLIED: 'applying',
    DISMISSED: 'dismissing',
  };
  return (
    <section className="decided" aria-labelledby={titleId}>
      <h3 id={titleId} className="small-heading" ref={headingRef} tabIndex={-1}>
        Decided ({decided.length})
      </h3>
      <ul className="list" aria-label="Decided suggestions">
        {decided.map((s) => {
          const dismissed = s.state === 'DISMISSED';
          // A change to the rest of this week was published to the athlete when it was applied: the API refuses to
          // revert a published plan, so it is not offered.
          const published = !dismissed && !!nextWeekStart && s.planWeekStart !== nextWeekStart;
          // Undoing an applied change rewrites the draft the coach's unsaved edits were made on: it may wait for them
          // (a dismissal's undo leaves the draft as it is).
          const held = !dismissed && !published && undoHeld ? undoHeld(s) : null;
          const heldId = `${titleId}-${s.id}-held`;
          return (
            <li
              key={s.id}
              data-testid="decided-suggestion"
              data-state={s.state}
              data-kind={s.kind}
              data-id={s.id}
            >
              <strong>{codeWords(s.kind)}</strong>{' '}
              <Badge tone={dismissed ? 'neutral' : 'ok'}>{STATE[s.state] ?? s.state.toLowerCase()}</Badge>
              <div className="hint">
                <AppliedChanges
                  changes={s.editedChanges ?? s.changes}
                  weekStart={s.planWeekStart}
                  before={
                    s.sessionsBefore ??
                    (dismissed && s.planWeekStart === nextWeekStart ? (weekSessions ?? null) : null)
                  }
                />
              </div>
              {dismissed && s.dismissReason && (
                <p className="hint" data-testid="dismiss-reason">
                  <strong>Reason: </strong>“{s.dismissReason}”
                </p>
              )}
              {onToggleShare && !dismissed && s.state !== 'SUPERSEDED' && (
                <>
                  <label className="share-reason">
                    <input
                      type="checkbox"
                      checked={!unshared?.has(s.id)}
                      onChange={() => onToggleShare(s.id)}
                    />{' '}
                    Share this reason with the athlete when publishing
                  </label>
                  <AthleteReads text={s.athleteText} shared={s.shared || !unshared?.has(s.id)} />
                </>
              )}
              {onUndo && undoError?.id === s.id && <ErrorNotice error={undoError.error} />}
              {onUndo && VERB[s.state] && (
                <div className="row">
                  {published ? (
                    <p className="hint" data-testid="undo-published">
                      Published to the athlete when it was applied, so it cannot be undone here.
                    </p>
                  ) : (
                    <>
                      {held && (
                        <p className="hint" data-testid="undo-held" id={heldId}>
                          {held}
                        </p>
                      )}
                      <Button
                        variant="secondary"
                        busy={undoing === s.id}
                        disabled={!!undoing || disabled || !!held}
                        aria-describedby={held ? heldId : undefined}
                        aria-label={`Undo ${VERB[s.state]} ${codeWords(s.kind)}`}
                        onClick={() => onUndo({ id: s.id, state: s.state, kind: s.kind })}
                      >
                        Undo
                      </Button>
                    </>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
