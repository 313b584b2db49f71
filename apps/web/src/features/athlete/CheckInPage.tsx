import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, ErrorNotice, TextArea, TextInput } from '../../components/ui';
import { gqlRequest } from '../../lib/api';
import { UpsertCheckInMutation } from './graphql/athlete';
import { Scale } from './components/Scale';

type Illness = 'NONE' | 'ABOVE_NECK' | 'BELOW_NECK_OR_FEVER';
const ILLNESS: { value: Illness; label: string }[] = [
  { value: 'NONE', label: 'Healthy' },
  { value: 'ABOVE_NECK', label: 'Cold, above the neck' },
  { value: 'BELOW_NECK_OR_FEVER', label: 'Fever, or chest / body aches' },
];

/** The daily check-in: five taps and send. Optional readings fold away. */
export function CheckInPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [sleepHours, setSleepHours] = useState('7.5');
  const [scales, setScales] = useState<Record<string, number | null>>({
    sleepQuality: null,
    fatigue: null,
    soreness: null,
    stress: null,
    mood: null,
  });
  const [illness, setIllness] = useState<Illness>('NONE');
  const [rmssd, setRmssd] = useState('');
  const [restingHr, setRestingHr] = useState('');
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () =>
      gqlRequest(UpsertCheckInMutation, {
        input: {
          sleepHours: sleepHours === '' ? null : Number(sleepHours),
          ...scales,
          illness,
          rmssd: rmssd === '' ? null : Number(rmssd),
          restingHr: restingHr === '' ? null : Math.round(Number(restingHr)),
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
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <TextInput
          label="Hours slept"
          type="number"
          inputMode="decimal"
          step="0.25"
          min={0}
          max={24}
          value={sleepHours}
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
        <details>
          <summary>Readings and a note (optional)</summary>
          <div className="grid-2">
            <TextInput
              label="Morning rMSSD (ms)"
              type="number"
              inputMode="decimal"
              min={5}
              max={300}
              value={rmssd}
              onChange={(e) => setRmssd(e.target.value)}
            />
            <TextInput
              label="Resting heart rate (bpm)"
              type="number"
              inputMode="numeric"
              min={25}
              max={120}
              value={restingHr}
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
        <ErrorNotice error={save.error} />
        <Button type="submit" busy={save.isPending}>
          Send check-in
        </Button>
      </form>
    </div>
  );
}
