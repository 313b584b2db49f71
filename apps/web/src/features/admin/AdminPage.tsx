import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Badge, Button, Card, Empty, ErrorNotice, Loading, Select, TextInput } from '../../components/ui';
import type { ResultOf } from '../../graphql';
import { gqlRequest } from '../../lib/api';
import { formatDay } from '../../lib/dates';
import {
  AssignAthleteMutation,
  InviteMemberMutation,
  OnboardingQueueQuery,
  OrganizationQuery,
  adminKeys,
} from './graphql/admin';

type Queue = ResultOf<typeof OnboardingQueueQuery>['onboardingQueue'];

export function AdminPage() {
  const queue = useQuery({
    queryKey: adminKeys.queue,
    queryFn: () => gqlRequest(OnboardingQueueQuery).then((d) => d.onboardingQueue),
  });
  const coaches = knownCoaches(queue.data);
  return (
    <div className="page">
      <h1>Organization</h1>
      <div className="grid-2">
        <InviteForm coaches={coaches} />
        <OrganizationSettings />
      </div>
      <OnboardingQueue queue={queue} coaches={coaches} />
    </div>
  );
}

/** Coaches the admin can pick: those already coaching someone in the queue. */
function knownCoaches(q: Queue | undefined): { userId: string; name: string }[] {
  const map = new Map<string, string>();
  for (const a of q?.intakePending ?? []) for (const c of a.coaches) map.set(c.userId, c.name);
  return [...map].map(([userId, name]) => ({ userId, name }));
}

const inviteSchema = z.object({
  name: z.string().trim().min(1, 'Give their name.').max(200),
  email: z.email('Enter an e-mail address.'),
  role: z.enum(['ATHLETE', 'COACH', 'ADMIN']),
  coachUserId: z.string(),
});

function InviteForm({ coaches }: { coaches: { userId: string; name: string }[] }) {
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
                {c.name}
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
          <div className="row">
            <input
              id="accept-url"
              readOnly
              value={result.acceptUrl}
              onFocus={(ev) => ev.currentTarget.select()}
            />
            <Button
              variant="secondary"
              type="button"
              onClick={() => void navigator.clipboard?.writeText(result.acceptUrl)}
            >
              Copy
            </Button>
          </div>
        </div>
      )}
    </Card>
  );
}

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
        <dl className="facts">
          <dt>Name</dt>
          <dd>{org.data.name}</dd>
          <dt>Time zone</dt>
          <dd>{org.data.timezone}</dd>
          <dt>Weekly review</dt>
          <dd>Each athlete's week is reviewed for the next Monday in their own time zone.</dd>
        </dl>
      )}
    </Card>
  );
}

function OnboardingQueue({
  queue,
  coaches,
}: {
  queue: ReturnType<typeof useQuery<Queue>>;
  coaches: { userId: string; name: string }[];
}) {
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
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={`Without a coach (${q.unassigned.length})`}>
        {q.unassigned.length === 0 ? (
          <Empty>Every athlete has a coach.</Empty>
        ) : (
          <ul className="list">
            {q.unassigned.map((a) => (
              <li key={a.id}>
                <AssignRow athlete={a} coaches={coaches} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function AssignRow({
  athlete,
  coaches,
}: {
  athlete: { id: string; name: string; email: string };
  coaches: { userId: string; name: string }[];
}) {
  const queryClient = useQueryClient();
  const [coach, setCoach] = useState('');
  const assign = useMutation({
    mutationFn: () =>
      gqlRequest(AssignAthleteMutation, {
        input: { athleteId: athlete.id, coachUserId: coach, role: 'HEAD' },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.queue }),
  });
  return (
    <form
      className="assign"
      onSubmit={(e) => {
        e.preventDefault();
        if (coach) assign.mutate();
      }}
    >
      <strong>{athlete.name}</strong> <span className="hint">{athlete.email}</span>
      {coaches.length > 0 ? (
        <Select label={`Coach for ${athlete.name}`} value={coach} onChange={(e) => setCoach(e.target.value)}>
          <option value="">Choose a coach</option>
          {coaches.map((c) => (
            <option key={c.userId} value={c.userId}>
              {c.name}
            </option>
          ))}
        </Select>
      ) : (
        <TextInput
          label={`Coach's user id for ${athlete.name}`}
          value={coach}
          onChange={(e) => setCoach(e.target.value.trim())}
        />
      )}
      <ErrorNotice error={assign.error} />
      <Button type="submit" variant="secondary" busy={assign.isPending} disabled={!coach}>
        Assign
      </Button>
    </form>
  );
}
