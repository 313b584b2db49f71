import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button, ErrorNotice, Select, TextArea, TextInput } from '../../components/ui';
import { gqlRequest } from '../../lib/api';
import { useSession } from '../../lib/session';
import { StartIntakeMutation, SubmitIntakeMutation } from './graphql/onboarding';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** A number field: left blank it is asked for (coerced, '' was 0: "0 years running" for a question skipped). */
const num = (min: number, max: number, msg: string, whole?: string) => {
  const n = z.coerce.number({ error: msg }).min(min, msg).max(max, msg);
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    whole ? n.int(whole) : n,
  );
};

export const intakeSchema = z
  .object({
    goals: z.string().trim().min(3, 'Tell your coach what you are aiming for.').max(4000),
    yearsRunning: num(0, 80, 'Years running: 0–80.', 'Whole years.'),
    typicalWeeklyHours: num(0, 40, 'Hours per week: 0–40.'),
    longestRecentSessionMinutes: num(0, 1440, 'Minutes: 0–1440.', 'Whole minutes.'),
    availability: z.array(num(0, 1440, '0–1440 minutes.', 'Whole minutes.')).length(7),
    injuryHistory: z.string().max(4000),
    lifeConstraints: z.string().max(4000),
    strengths: z.string().max(2000),
    weaknesses: z.string().max(2000),
    raceName: z.string().max(200),
    raceDate: z.string(),
    racePriority: z.enum(['A', 'B', 'C']),
  })
  .refine((v) => !v.raceName || /^\d{4}-\d{2}-\d{2}$/.test(v.raceDate), {
    path: ['raceDate'],
    message: 'Give the race date.',
  });
type Values = z.input<typeof intakeSchema>;

const DEFAULTS: Values = {
  goals: '',
  yearsRunning: '',
  typicalWeeklyHours: '',
  longestRecentSessionMinutes: '',
  availability: [60, 60, 60, 60, 60, 120, 90],
  injuryHistory: '',
  lifeConstraints: '',
  strengths: '',
  weaknesses: '',
  raceName: '',
  raceDate: '',
  racePriority: 'A',
};

/**
 * What was typed, kept in this tab until it is sent: the athlete who leaves half-way (the menu is on the page) finds
 * their answers when they come back. sessionStorage: gone with the tab, and cleared on sign-out (sessionStore.clear),
 * so health answers do not stay on a shared device.
 */
const draftKey = (userId: string | undefined) => `coachline.intake-draft.${userId ?? ''}`;
function readDraft(userId: string | undefined): Values {
  if (!userId) return DEFAULTS;
  try {
    const saved = JSON.parse(sessionStorage.getItem(draftKey(userId)) ?? 'null') as Partial<Values> | null;
    return saved && typeof saved === 'object' ? { ...DEFAULTS, ...saved } : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

const list = (s: string) =>
  s
    .split(/[,\n]/)
    .map((x) => x.trim())
    .filter(Boolean)
    .slice(0, 20);

export function IntakePage() {
  const navigate = useNavigate();
  const userId = useSession()?.user.userId;
  const form = useForm<Values, unknown, z.output<typeof intakeSchema>>({
    resolver: zodResolver(intakeSchema),
    defaultValues: readDraft(userId),
  });
  useEffect(() => {
    const sub = form.watch((values) => {
      if (!userId) return;
      try {
        sessionStorage.setItem(draftKey(userId), JSON.stringify(values));
      } catch {
        // storage full or refused: the form still works, only the draft is not kept
      }
    });
    return () => sub.unsubscribe();
  }, [form, userId]);
  // Their first answer typed: the coach's roster and the admin's queue say the questionnaire is started (the API
  // keeps the first start; a failure here changes nothing they typed, so it is not shown).
  const start = useMutation({ mutationFn: () => gqlRequest(StartIntakeMutation) });
  useEffect(() => {
    let sent = false;
    const sub = form.watch(() => {
      if (sent) return;
      sent = true;
      start.mutate();
    });
    return () => sub.unsubscribe();
  }, [form, start.mutate]);
  const submit = useMutation({
    mutationFn: (v: z.output<typeof intakeSchema>) =>
      gqlRequest(SubmitIntakeMutation, {
        input: {
          goals: v.goals,
          yearsRunning: v.yearsRunning,
          typicalWeeklyHours: v.typicalWeeklyHours,
          longestRecentSessionMinutes: v.longestRecentSessionMinutes,
          availabilityMinutes: v.availability,
          injuryHistory: v.injuryHistory,
          lifeConstraints: v.lifeConstraints,
          strengths: list(v.strengths),
          weaknesses: list(v.weaknesses),
          upcomingRaces: v.raceName ? [{ name: v.raceName, date: v.raceDate, priority: v.racePriority }] : [],
        },
      }),
    onSuccess: () => {
      sessionStorage.removeItem(draftKey(userId));
      void navigate({ to: '/athlete' });
    },
  });
  const e = form.formState.errors;

  return (
    <div className="page narrow">
      <h1>Tell your coach about you</h1>
      <p>About five minutes. Your coach reads this before writing your first week.</p>
      <form onSubmit={form.handleSubmit((v) => submit.mutate(v))} noValidate className="stack">
        <TextArea label="Your goals" rows={3} error={e.goals?.message} {...form.register('goals')} />
        <div className="grid-3">
          <TextInput
            label="Years running"
            type="number"
            inputMode="numeric"
            error={e.yearsRunning?.message}
            {...form.register('yearsRunning')}
          />
          <TextInput
            label="Hours per week, typically"
            type="number"
            inputMode="decimal"
            step="0.5"
            error={e.typicalWeeklyHours?.message}
            {...form.register('typicalWeeklyHours')}
          />
          <TextInput
            label="Longest session lately (minutes)"
            type="number"
            inputMode="numeric"
            error={e.longestRecentSessionMinutes?.message}
            {...form.register('longestRecentSessionMinutes')}
          />
        </div>
        <fieldset>
          <legend>Minutes you can train each day</legend>
          <div className="grid-7">
            {DAYS.map((d, i) => (
              <TextInput
                key={d}
                label={d}
                type="number"
                inputMode="numeric"
                min={0}
                max={1440}
                error={e.availability?.[i]?.message}
                {...form.register(`availability.${i}` as const)}
              />
            ))}
          </div>
        </fieldset>
        <TextArea label="Injuries, past and present" rows={2} {...form.register('injuryHistory')} />
        <TextArea label="Work, family and other constraints" rows={2} {...form.register('lifeConstraints')} />
        <div className="grid-2">
          <TextInput label="Strengths" hint="Separate with commas" {...form.register('strengths')} />
          <TextInput label="Weaknesses" hint="Separate with commas" {...form.register('weaknesses')} />
        </div>
        <fieldset>
          <legend>Your next race (optional)</legend>
          <div className="grid-3">
            <TextInput label="Race name" {...form.register('raceName')} />
            <TextInput
              label="Race date"
              type="date"
              error={e.raceDate?.message}
              {...form.register('raceDate')}
            />
            <Select label="Priority" {...form.register('racePriority')}>
              <option value="A">A: season goal</option>
              <option value="B">B</option>
              <option value="C">C: training race</option>
            </Select>
          </div>
        </fieldset>
        <ErrorNotice error={submit.error} />
        <Button type="submit" busy={submit.isPending}>
          Send to my coach
        </Button>
      </form>
    </div>
  );
}
