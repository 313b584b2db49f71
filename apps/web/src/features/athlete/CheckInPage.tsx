import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { Button, ErrorNotice, Loading, TextArea, TextInput } from '../../components/ui';
import type { ResultOf } from '../../graphql';
import { gqlRequest } from '../../lib/api';
import { CheckInFields, UpsertCheckInMutation } from './graphql/athlete';
import { Scale } from './components/Scale';
import { useToday } from './hooks/useToday';
import { useTodaysCheckIn } from './hooks/useTodaysCheckIn';

type Illness = 'NONE' | 'ABOVE_NECK' | 'BELOW_NECK_OR_FEVER';
type SavedCheckIn = ResultOf<typeof CheckInFields>;
const ILLNESS: { value: Illness; label: string }[] = [
  { value: 'NONE', label: 'Healthy' },
  { value: 'ABOVE_NECK', label: 'Cold, above the neck' },
  { value: 'BELOW_NECK_OR_FEVER', label: 'Fever, or chest / body aches' },
];

export const EMPTY_CHECK_IN_MESSAGE =
  'Answer at least one question (hours slept, a rating, illness, a reading or a note) before sending.';

const text = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The readings' ranges, as the API takes them: a value outside is said beside its field, not sent. */
const RANGES = {
  sleepHours: { min: 0, max: 24, message: 'Hours slept is a number from 0 to 24.' },
  rmssd: { min: 5, max: 300, message: 'Morning rMSSD is a number from 5 to 300 ms.' },
  restingHr: { min: 25, max: 120, message: 'Resting heart rate is a number from 25 to 120 bpm.' },
} as const;
type Reading = keyof typeof RANGES;

/** The readings typed outside their range (an empty field is no answer, not an error). */
export function readingErrors(values: Record<Reading, string>): Partial<Record<Reading, string>> {
  const out: Partial<Record<Reading, string>> = {};
  for (const k of Object.keys(RANGES) as Reading[]) {
    const v = values[k].trim();
    if (v === '') continue;
    const n = Number(v);
    if (!Number.isFinite(n) || n < RANGES[k].min || n > RANGES[k].max) out[k] = RANGES[k].message;
  }
  return out;
}

/**
 * The daily check-in: five taps and send. Optional readings fold away. An update starts from today's saved answers,
 * so sending after changing one keeps the others; nothing is filled in for the athlete (no default hours).
 */
export function CheckInPage() {
  const today = useToday();
  const saved = useTodaysCheckIn(today.data?.date);
  if (today.error) return <ErrorNotice error={today.error} onRetry={() => void today.refetch()} />;
  if (saved.error) return <ErrorNotice error={saved.error} onRetry={() => void saved.refetch()} />;
  if (today.isPending || saved.isPending) return <Loading label="Loading today’s check-in…" />;
  return <CheckInForm key={saved.data?.id ?? 'new'} date={today.data.date} saved={saved.data} />;
}

function CheckInForm({ date, saved }: { date: string; saved: SavedCheckIn | null }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [sleepHours, setSleepHours] = useState(text(saved?.sleepHours));
  const [scales, setScales] = useState<Record<string, number | null>>({
    sleepQuality: saved?.sleepQuality ?? null,
    fatigue: saved?.fatigue ?? null,
    soreness: saved?.soreness ?? null,
    stress: saved?.stress ?? null,
    mood: saved?.mood ?? null,
  });
  const [illness, setIllness] = useState<Illness>(saved?.illness ?? 'NONE');
  const [rmssd, setRmssd] = useState(text(saved?.rmssd));
  const [restingHr, setRestingHr] = useState(text(saved?.restingHr));
  const [note, setNote] = useState(saved?.note ?? '');
  const [emptyError, setEmptyError] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Reading, string>>>({});
  const form = useRef<HTMLFormElement>(null);
  const readings = useRef<HTMLDetailsElement>(null);
  // After a refused send, the first field said to be wrong takes the focus (its message is read with it).
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (refused > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);
  const answered =
    sleepHours.trim() !== '' ||
    Object.values(scales).some((v) => v !== null) ||
    illness !== 'NONE' ||
    // Set back to healthy on a saved check-in: an answer too (the API takes it).
    (saved != null && illness !== saved.illness) ||
    rmssd.trim() !== '' ||
    restingHr.trim() !== '' ||
    note.trim() !== '';
  const save = useMutation({
    mutationFn: () =>
      gqlRequest(UpsertCheckInMutation, {
        input: {
          date,
          sleepHours: sleepHours.trim() === '' ? null : Number(sleepHours),
          ...scales,
          illness,
          rmssd: rmssd.trim() === '' ? null : Number(rmssd),
          restingHr: restingHr.trim() === '' ? null : Math.round(Number(restingHr)),
          note: note.trim() || null,
        },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['athlete'] });
      await navigate({ to: '/athlete' });
    },
  });
  const set = (k: string) => (v: number) => setScales((s) => ({ ...s, [k]: v }));

  return (
    <div className="page narrow">
      <h1>Daily check-in</h1>
      {saved && <p className="lead">Your answers from earlier today: change what is new and send.</p>}
      {/* noValidate: the ranges are checked here and said beside their fields; the browser's own bubble could
          not show on a reading folded away in "Readings and a note", and the send then did nothing. */}
      <form
        ref={form}
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const wrong = readingErrors({ sleepHours, rmssd, restingHr });
          setErrors(wrong);
          setEmptyError(!answered);
          if (Object.keys(wrong).length > 0) {
            if ((wrong.rmssd || wrong.restingHr) && readings.current) readings.current.open = true;
            setRefused((n) => n + 1);
            return;
          }
          if (answered) save.mutate();
        }}
      >
        {/* step="any": a saved value (5.1 h, rMSSD 62.3 ms) must not fail the browser's step check and block sending. */}
        <TextInput
          label="Hours slept"
          type="number"
          inputMode="decimal"
          step="any"
          min={0}
          max={24}
          value={sleepHours}
          error={errors.sleepHours}
          onChange={(e) => setSleepHours(e.target.value)}
        />
        <Scale
          legend="Sleep quality"
          low="very poor"
          high="excellent"
          value={scales.sleepQuality}
          onChange={set('sleepQuality')}
        />
        <Scale
          legend="Energy"
          low="exhausted"
          high="fresh"
          value={scales.fatigue}
          onChange={set('fatigue')}
        />
        <Scale
          legend="Muscles"
          low="very sore"
          high="no soreness"
          value={scales.soreness}
          onChange={set('soreness')}
        />
        <Scale
          legend="Stress"
          low="very stressed"
          high="relaxed"
          value={scales.stress}
          onChange={set('stress')}
        />
        <Scale legend="Mood" low="low" high="great" value={scales.mood} onChange={set('mood')} />
        <fieldset className="illness">
          <legend>Are you ill?</legend>
          {ILLNESS.map((o) => (
            <label key={o.value} className={illness === o.value ? 'choice selected' : 'choice'}>
              <input
                type="radio"
                name="illness"
                value={o.value}
                checked={illness === o.value}
                onChange={() => setIllness(o.value)}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
        <details ref={readings}>
          <summary>Readings and a note (optional)</summary>
          <div className="grid-2">
            <TextInput
              label="Morning rMSSD (ms)"
              type="number"
              inputMode="decimal"
              step="any"
              min={5}
              max={300}
              value={rmssd}
              error={errors.rmssd}
              onChange={(e) => setRmssd(e.target.value)}
            />
            <TextInput
              label="Resting heart rate (bpm)"
              type="number"
              inputMode="numeric"
              min={25}
              max={120}
              value={restingHr}
              error={errors.restingHr}
              onChange={(e) => setRestingHr(e.target.value)}
            />
          </div>
          <TextArea
            label="Note for your coach"
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </details>
        {emptyError && !answered && (
          <p className="field-error" role="alert">
            {EMPTY_CHECK_IN_MESSAGE}
          </p>
        )}
        <ErrorNotice error={save.error} />
        <Button type="submit" busy={save.isPending}>
          Send check-in
        </Button>
      </form>
    </div>
  );
}
