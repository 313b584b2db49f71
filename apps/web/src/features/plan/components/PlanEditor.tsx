import { useState } from 'react';
import { formatDay, formatMinutes, weekDays } from '../../../lib/dates';
import { kindLabel, type PlannedSession } from './SessionLabel';

/** A session as the editor holds it (time and effort, never pace); `uid` is local to the editor. */
export interface DraftSession {
  uid: string;
  date: string;
  kind: 'RUN' | 'STRENGTH' | 'CROSS_TRAINING' | 'REST' | 'RACE';
  minutes: number;
  /** A zone keeps its model (`scale`, 3 or 5) through every edit: "Z2 of 5" is not "Z2 of 3". */
  effort: { type: 'RPE' | 'ZONE'; value: number; scale?: number | null };
  purpose: string;
  key: boolean;
  intervals: PlannedSession['intervals'];
  /** CROSS_TRAINING only (sent as null for other kinds). */
  sport: 'BIKE' | 'SWIM' | 'OTHER' | null;
}

let nextUid = 0;
const uid = () => `s${++nextUid}`;

export function toDraft(sessions: PlannedSession[]): DraftSession[] {
  return sessions.map((s) => ({
    uid: uid(),
    date: s.date,
    kind: s.kind,
    minutes: s.minutes,
    effort: { type: s.effort.type, value: s.effort.value, scale: s.effort.scale ?? null },
    purpose: s.purpose,
    key: s.key,
    intervals: s.intervals,
    sport: s.sport ?? null,
  }));
}

/** The savePlanDraft input for the edited week. */
export function toInput(sessions: DraftSession[]) {
  return sessions.map((s) => ({
    date: s.date,
    kind: s.kind,
    minutes: s.kind === 'REST' ? 0 : s.minutes,
    effort: s.effort,
    purpose: s.purpose,
    // A rest day is no key session and has no intervals, whatever the session was before it became one.
    key: s.kind !== 'REST' && s.key,
    sport: s.kind === 'CROSS_TRAINING' ? s.sport : null,
    intervals:
      s.intervals && s.kind !== 'REST'
        ? {
            repeats: s.intervals.repeats,
            workSeconds: s.intervals.workSeconds,
            recoverySeconds: s.intervals.recoverySeconds,
            workEffort: s.intervals.workEffort,
            recoveryEffort: s.intervals.recoveryEffort,
          }
        : null,
  }));
}

/** The highest value of an effort: RPE 10, zone 5, or the top zone of its model (3 or 5). */
const effortMax = (e: DraftSession['effort']) => (e.type === 'RPE' ? 10 : (e.scale ?? 5));

/** "Effort (RPE 1–10)", "Effort (zone 1–5 of 5)", "Effort (zone 1–3 of 3)", "Effort (zone 1–5)". */
export function effortInputLabel(e: DraftSession['effort']): string {
  if (e.type === 'RPE') return 'Effort (RPE 1–10)';
  return e.scale ? `Effort (zone 1–${e.scale} of ${e.scale})` : 'Effort (zone 1–5)';
}

interface Props {
  weekStart: string;
  sessions: DraftSession[];
  onChange: (next: DraftSession[]) => void;
  disabled?: boolean;
}

/**
 * Next week's plan, day by day: edit a session's kind (and a cross-training session's sport), minutes, effort
 * and purpose; move it to another day by dragging it or with its Day menu (keyboard); add and remove sessions.
 */
export function PlanEditor({ weekStart, sessions, onChange, disabled }: Props) {
  const days = weekDays(weekStart);
  const [dragging, setDragging] = useState<string | null>(null);
  const update = (id: string, patch: Partial<DraftSession>) =>
    onChange(sessions.map((s) => (s.uid === id ? { ...s, ...patch } : s)));
  const total = sessions.reduce((m, s) => m + (s.kind === 'REST' ? 0 : s.minutes), 0);

  return (
    <div className="plan-editor">
      <p className="hint" aria-live="polite">
        Week total: <strong data-testid="plan-total">{formatMinutes(total)}</strong>
      </p>
      <ol className="week editor-week">
        {days.map((d) => (
          <li
            key={d}
            className={dragging ? 'day drop-target' : 'day'}
            aria-label={formatDay(d)}
            onDragOver={(e) => dragging && e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging) update(dragging, { date: d });
              setDragging(null);
            }}
          >
            <div className="day-name">{formatDay(d)}</div>
            {sessions
              .filter((s) => s.date === d)
              .map((s) => (
                <fieldset
                  key={s.uid}
                  className="edit-session"
                  draggable={!disabled}
                  onDragStart={(e) => {
                    e.dataTransfer.setData('text/plain', s.uid);
                    setDragging(s.uid);
                  }}
                  onDragEnd={() => setDragging(null)}
                  disabled={disabled}
                  data-testid="edit-session"
                >
                  <legend>
                    {kindLabel(s.kind, s.sport)}
                    {s.intervals ? ` · ${s.intervals.repeats} intervals` : ''}
                  </legend>
                  <label>
                    Kind
                    <select
                      value={s.kind}
                      onChange={(e) => update(s.uid, { kind: e.target.value as DraftSession['kind'] })}
                    >
                      <option value="RUN">Run</option>
                      <option value="STRENGTH">Strength</option>
                      <option value="CROSS_TRAINING">Cross-training</option>
                      <option value="REST">Rest</option>
                      <option value="RACE">Race</option>
                    </select>
                  </label>
                  {s.kind === 'CROSS_TRAINING' && (
                    <label>
                      Sport
                      <select
                        value={s.sport ?? ''}
                        onChange={(e) =>
                          update(s.uid, { sport: (e.target.value || null) as DraftSession['sport'] })
                        }
                      >
                        <option value="">Not said</option>
                        <option value="BIKE">Ride</option>
                        <option value="SWIM">Swim</option>
                        <option value="OTHER">Other</option>
                      </select>
                    </label>
                  )}
                  <label>
                    Day
                    <select value={s.date} onChange={(e) => update(s.uid, { date: e.target.value })}>
                      {days.map((x) => (
                        <option key={x} value={x}>
                          {formatDay(x)}
                        </option>
                      ))}
                    </select>
                  </label>
                  {s.kind !== 'REST' && (
                    <>
                      <label>
                        Minutes
                        <input
                          type="number"
                          inputMode="numeric"
                          min={1}
                          max={600}
                          value={s.minutes}
                          onChange={(e) =>
                            update(s.uid, {
                              minutes: Math.max(0, Math.min(600, Math.round(Number(e.target.value) || 0))),
                            })
                          }
                        />
                      </label>
                      <label>
                        {effortInputLabel(s.effort)}
                        <input
                          type="number"
                          inputMode="numeric"
                          min={1}
                          max={effortMax(s.effort)}
                          value={s.effort.value}
                          onChange={(e) =>
                            update(s.uid, {
                              // A zone stays a zone of its model; only its number changes.
                              effort: {
                                ...s.effort,
                                value: Math.max(
                                  1,
                                  Math.min(effortMax(s.effort), Math.round(Number(e.target.value) || 1)),
                                ),
                              },
                            })
                          }
                        />
                      </label>
                    </>
                  )}
                  <label>
                    Purpose
                    <input
                      value={s.purpose}
                      maxLength={500}
                      onChange={(e) => update(s.uid, { purpose: e.target.value })}
                    />
                  </label>
                  <div className="row">
                    {s.kind !== 'REST' && (
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={s.key}
                          onChange={(e) => update(s.uid, { key: e.target.checked })}
                        />{' '}
                        Key session
                      </label>
                    )}
                    <button
                      type="button"
                      className="linklike"
                      onClick={() => onChange(sessions.filter((x) => x.uid !== s.uid))}
                    >
                      Remove
                    </button>
                  </div>
                </fieldset>
              ))}
            <button
              type="button"
              className="linklike"
              disabled={disabled}
              onClick={() =>
                onChange([
                  ...sessions,
                  {
                    uid: uid(),
                    date: d,
                    kind: 'RUN',
                    minutes: 30,
                    effort: { type: 'RPE', value: 3 },
                    purpose: 'Easy run',
                    key: false,
                    intervals: null,
                    sport: null,
                  },
                ])
              }
            >
              Add session<span className="sr-only"> on {formatDay(d)}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
