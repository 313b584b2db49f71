import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Badge, Button, Card, Empty, ErrorNotice, Loading, Select, TextInput } from '../../components/ui';
import type { ResultOf } from '../../graphql';
import { gqlRequest } from '../../lib/api';
import { formatDay } from '../../lib/dates';
import { ApiError, errorMessage } from '../../lib/errors';
import { IntakeAnswers } from '../onboarding/components/IntakeAnswers';
import { IntakeState } from '../onboarding/components/IntakeState';
import {
  AssignAthleteMutation,
  CoachesQuery,
  InviteMemberMutation,
  OnboardingQueueQuery,
  OrganizationQuery,
  UpdateOrganizationSettingsMutation,
  adminKeys,
} from './graphql/admin';

type Queue = ResultOf<typeof OnboardingQueueQuery>['onboardingQueue'];
type Coach = ResultOf<typeof CoachesQuery>['coaches'][number];

export function AdminPage() {
  const queue = useQuery({
    queryKey: adminKeys.queue,
    queryFn: () => gqlRequest(OnboardingQueueQuery).then((d) => d.onboardingQueue),
  });
  // Every coach of the organization, for the invitation form and the assign picker.
  const coachList = useQuery({
    queryKey: adminKeys.coaches,
    queryFn: () => gqlRequest(CoachesQuery).then((d) => d.coaches),
  });
  const coaches = coachList.data ?? [];
  return (
    <div className="page">
      <h1>Organization</h1>
      <div className="grid-2">
        <InviteForm coaches={coaches} />
        <OrganizationSettings />
      </div>
      <ErrorNotice error={coachList.error} onRetry={() => void coachList.refetch()} />
      <OnboardingQueue queue={queue} coaches={coaches} coachesLoading={coachList.isPending} />
    </div>
  );
}

const coachLabel = (c: Coach) => `${c.name} (${c.athleteCount} athlete${c.athleteCount === 1 ? '' : 's'})`;

const inviteSchema = z.object({
  name: z.string().trim().min(1, 'Give their name.').max(200),
  email: z.email('Enter an e-mail address.'),
  role: z.enum(['ATHLETE', 'COACH', 'ADMIN']),
  coachUserId: z.string(),
});

function InviteForm({ coaches }: { coaches: Coach[] }) {
  const queryClient = useQueryClient();
  const form = useForm<z.infer<typeof inviteSchema>>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { name: '', email: '', role: 'ATHLETE', coachUserId: '' },
  });
  const invite = useMutation({
    mutationFn: (v: z.infer<typeof inviteSchema>) =>
      gqlRequest(InviteMemberMutation, {
        input: {
          name: v.name,
          email: v.email,
          role: v.role,
          coachUserId: v.role === 'ATHLETE' && v.coachUserId ? v.coachUserId : null,
        },
      }).then((d) => d.inviteMember),
    onSuccess: () => {
      form.reset();
      void queryClient.invalidateQueries({ queryKey: adminKeys.queue });
    },
  });
  const role = form.watch('role');
  const e = form.formState.errors;
  const result = invite.data;
  return (
    <Card title="Invite someone">
      <form className="stack" noValidate onSubmit={form.handleSubmit((v) => invite.mutate(v))}>
        <TextInput label="Name" autoComplete="off" error={e.name?.message} {...form.register('name')} />
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="off"
          error={e.email?.message}
          {...form.register('email')}
        />
        <Select label="Role" {...form.register('role')}>
          <option value="ATHLETE">Athlete</option>
          <option value="COACH">Coach</option>
          <option value="ADMIN">Admin</option>
        </Select>
        {role === 'ATHLETE' && (
          <Select
            label="Coach"
            hint="You can also assign a coach later, from the queue below."
            {...form.register('coachUserId')}
          >
            <option value="">Assign later</option>
            {coaches.map((c) => (
              <option key={c.userId} value={c.userId}>
                {coachLabel(c)}
              </option>
            ))}
          </Select>
        )}
        <ErrorNotice error={invite.error} />
        <Button type="submit" busy={invite.isPending}>
          Send invitation
        </Button>
      </form>
      {result && (
        <div className="invite-result" role="status" data-testid="invite-result">
          {result.emailDelivery === 'SENT' ? (
            <p>
              Invitation e-mailed to <strong>{result.invitation.email}</strong>.
            </p>
          ) : (
            <p>
              {result.emailDelivery === 'FAILED'
                ? 'The e-mail could not be sent.'
                : 'E-mail is not set up on this server.'}{' '}
              Forward this link to <strong>{result.invitation.email}</strong> yourself:
            </p>
          )}
          <label htmlFor="accept-url">
            Invitation link (valid until {formatDay(result.invitation.expiresAt.slice(0, 10))})
          </label>
          <CopyLink url={result.acceptUrl} key={result.acceptUrl} />
        </div>
      )}
    </Card>
  );
}

/**
 * The link and "Copy", which says it copied; without a clipboard (a page served over plain http from another
 * machine, or the browser refusing) the link is selected and the admin told to copy it, never a silent button.
 */
function CopyLink({ url }: { url: string }) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      field.current?.focus();
      field.current?.select();
      setCopied('no');
    }
  }
  return (
    <>
      <div className="row">
        <input id="accept-url" ref={field} readOnly value={url} onFocus={(ev) => ev.currentTarget.select()} />
        <Button variant="secondary" type="button" onClick={() => void copy()}>
          Copy
        </Button>
      </div>
      <p className="hint">
        {copied === 'yes'
          ? 'Copied.'
          : copied === 'no'
            ? 'This browser did not let the page copy: the link is selected, copy it yourself.'
            : ''}
      </p>
    </>
  );
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const settingsSchema = z.object({
  timezone: z
    .string()
    .trim()
    .min(1, 'Enter a time zone.')
    .refine(isTimeZone, 'Enter an IANA time zone such as Europe/Oslo.'),
  reviewWeekday: z.coerce.number().int().min(0).max(6),
  reviewTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM, e.g. 16:00.'),
});
type SettingsIn = z.input<typeof settingsSchema>;
type SettingsOut = z.output<typeof settingsSchema>;
/** The server's reasons that belong to one field of the form. */
const FIELD_OF_REASON: Record<string, keyof SettingsOut> = {
  INVALID_TIMEZONE: 'timezone',
  INVALID_REVIEW_WEEKDAY: 'reviewWeekday',
  INVALID_REVIEW_TIME: 'reviewTime',
};

function OrganizationSettings() {
  const org = useQuery({
    queryKey: adminKeys.org,
    queryFn: () => gqlRequest(OrganizationQuery).then((d) => d.organization),
  });
  return (
    <Card title="Settings">
      {org.isPending ? (
        <Loading />
      ) : org.error ? (
        <ErrorNotice error={org.error} onRetry={() => void org.refetch()} />
      ) : (
        <>
          <dl className="facts">
            <dt>Name</dt>
            <dd>{org.data.name}</dd>
          </dl>
          <SettingsForm org={org.data} />
        </>
      )}
    </Card>
  );
}

function SettingsForm({ org }: { org: { timezone: string; reviewWeekday: number; reviewTime: string } }) {
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => {
    const all = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone');
    return all ?? [];
  }, []);
  const form = useForm<SettingsIn, unknown, SettingsOut>({
    resolver: zodResolver(settingsSchema),
    defaultValues: { timezone: org.timezone, reviewWeekday: org.reviewWeekday, reviewTime: org.reviewTime },
  });
  const save = useMutation({
    mutationFn: (v: SettingsOut) =>
      gqlRequest(UpdateOrganizationSettingsMutation, { input: v }).then((d) => d.updateOrganizationSettings),
    onSuccess: (o) => {
      queryClient.setQueryData(adminKeys.org, o);
      form.reset({ timezone: o.timezone, reviewWeekday: o.reviewWeekday, reviewTime: o.reviewTime });
      setSaved(true);
    },
    onError: (e) => {
      const field = e instanceof ApiError ? FIELD_OF_REASON[e.reason] : undefined;
      if (field) form.setError(field, { message: e.message });
    },
  });
  const e = form.formState.errors;
  const fieldError = save.error instanceof ApiError && FIELD_OF_REASON[save.error.reason];
  return (
    <form
      className="stack"
      noValidate
      aria-label="Organization settings"
      onSubmit={form.handleSubmit((v) => {
        setSaved(false);
        save.mutate(v);
      })}
    >
      <TextInput
        label="Time zone"
        hint="The organization's zone (IANA name), the default for athletes who set none."
        list="timezones"
        autoComplete="off"
        spellCheck={false}
        error={e.timezone?.message}
        {...form.register('timezone', { onChange: () => setSaved(false) })}
      />
      <datalist id="timezones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <div className="grid-2">
        <Select
          label="Weekly review day"
          error={e.reviewWeekday?.message}
          {...form.register('reviewWeekday', { onChange: () => setSaved(false) })}
        >
          {WEEKDAYS.map((d, i) => (
            <option key={d} value={i}>
              {d}
            </option>
          ))}
        </Select>
        <TextInput
          label="Weekly review time"
          type="time"
          step={60}
          error={e.reviewTime?.message}
          {...form.register('reviewTime', { onChange: () => setSaved(false) })}
        />
      </div>
      <p className="hint">
        Next week's reviews are generated at this day and time in the organization's time zone.
      </p>
      {!fieldError && <ErrorNotice error={save.error} />}
      {saved && (
        <p className="notice" role="status">
          Settings saved.
        </p>
      )}
      <Button type="submit" busy={save.isPending}>
        Save settings
      </Button>
    </form>
  );
}

function OnboardingQueue({
  queue,
  coaches,
  coachesLoading,
}: {
  queue: ReturnType<typeof useQuery<Queue>>;
  coaches: Coach[];
  coachesLoading: boolean;
}) {
  // The last assignment made here, said in words once the API confirmed it (the athlete then leaves the list).
  const [assigned, setAssigned] = useState<string | null>(null);
  if (queue.isPending) return <Loading />;
  if (queue.error) return <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} />;
  const q = queue.data;
  return (
    <div className="grid-3">
      <Card title={`Invited (${q.invited.length})`}>
        {q.invited.length === 0 ? (
          <Empty>No open invitations.</Empty>
        ) : (
          <ul className="list">
            {q.invited.map((i) => (
              <li key={i.id}>
                <strong>{i.name}</strong> <span className="hint">{i.email}</span>{' '}
                <Badge>{i.role.toLowerCase()}</Badge>
                <div className="hint">expires {formatDay(i.expiresAt.slice(0, 10))}</div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={`Intake pending (${q.intakePending.length})`}>
        {q.intakePending.length === 0 ? (
          <Empty>Everyone who joined has sent their intake.</Empty>
        ) : (
          <ul className="list">
            {q.intakePending.map((a) => (
              <li key={a.id}>
                <strong>{a.name}</strong> <span className="hint">{a.email}</span>
                <div>
                  <IntakeState athlete={a} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={`Without a coach (${q.unassigned.length})`}>
        <div role="status" data-testid="assign-result">
          {assigned && <p className="notice">{assigned}</p>}
        </div>
        {q.unassigned.length === 0 ? (
          <Empty>Every athlete has a coach.</Empty>
        ) : (
          <ul className="list">
            {q.unassigned.map((a) => (
              <li key={a.id}>
                <AssignRow
                  athlete={a}
                  coaches={coaches}
                  coachesLoading={coachesLoading}
                  onAssigned={setAssigned}
                />
                {a.intake ? (
                  <details className="intake">
                    <summary>{a.name}&apos;s intake answers</summary>
                    <IntakeAnswers intake={a.intake} />
                  </details>
                ) : (
                  <p className="hint">
                    Intake questionnaire: <IntakeState athlete={a} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

const COACH_ROLE: Record<string, string> = { HEAD: 'head coach', ASSISTANT: 'assistant coach' };

function AssignRow({
  athlete,
  coaches,
  coachesLoading,
  onAssigned,
}: {
  athlete: { id: string; name: string; email: string };
  coaches: Coach[];
  coachesLoading: boolean;
  /** The assignment in words, from the API's answer: "Ulla Berg now has Marit Solberg as head coach." */
  onAssigned: (text: string) => void;
}) {
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState('');
  // A coach no longer in the list (they left, read again after a refusal) is no choice any more.
  const coach = coaches.some((c) => c.userId === picked) ? picked : '';
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: adminKeys.queue });
    void queryClient.invalidateQueries({ queryKey: adminKeys.coaches });
  };
  const assign = useMutation({
    // The coach as picked (their name stays for the error, even once the list no longer has them).
    mutationFn: (to: Coach) =>
      gqlRequest(AssignAthleteMutation, {
        input: { athleteId: athlete.id, coachUserId: to.userId, role: 'HEAD' },
      }).then((d) => d.assignAthlete),
    onSuccess: (a, to) => {
      const linked = a.coaches.find((c) => c.userId === to.userId);
      if (linked)
        onAssigned(`${athlete.name} now has ${linked.name} as ${COACH_ROLE[linked.role] ?? 'coach'}.`);
      refresh();
    },
    // The picker may be out of date (a coach who left): read the coaches and the queue again.
    onError: refresh,
  });
  return (
    <form
      className="assign"
      onSubmit={(e) => {
        e.preventDefault();
        const chosen = coaches.find((c) => c.userId === coach);
        if (chosen) assign.mutate(chosen);
      }}
    >
      <strong>{athlete.name}</strong> <span className="hint">{athlete.email}</span>
      {coachesLoading ? (
        <Loading label="Loading coaches…" />
      ) : coaches.length > 0 ? (
        <Select label={`Coach for ${athlete.name}`} value={coach} onChange={(e) => setPicked(e.target.value)}>
          <option value="">Choose a coach</option>
          {coaches.map((c) => (
            <option key={c.userId} value={c.userId}>
              {coachLabel(c)}
            </option>
          ))}
        </Select>
      ) : (
        <Empty>No coaches yet: invite one first.</Empty>
      )}
      {assign.error && (
        <div className="error-notice" role="alert">
          <span>
            {athlete.name} was not assigned to {assign.variables.name}. {errorMessage(assign.error)}
          </span>
        </div>
      )}
      <Button type="submit" variant="secondary" busy={assign.isPending} disabled={!coach}>
        Assign
      </Button>
    </form>
  );
}
