import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button, ErrorNotice, TextInput } from '../../components/ui';
import { signIn } from '../../lib/api';
import { ApiError } from '../../lib/errors';
import { homePath } from '../../lib/session';
import { AcceptInvitationMutation } from './graphql/onboarding';

/** The token travels in the fragment (#token=…), never sent to a server log; it is dropped from the URL. */
function readToken(): string | null {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = params.get('token') ?? new URLSearchParams(window.location.search).get('token');
  if (token) window.history.replaceState(null, '', window.location.pathname);
  return token;
}

const newAccount = z
  .object({
    password: z.string().min(10, 'Use at least 10 characters.').max(200),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords do not match.' });
const existingAccount = z.object({
  password: z.string().min(1, 'Enter your current password.'),
  confirm: z.string(),
});
type Values = z.infer<typeof newAccount>;

export function AcceptInvitationPage() {
  const [token] = useState(readToken);
  const [existing, setExisting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const navigate = useNavigate();
  const form = useForm<Values>({
    resolver: zodResolver(existing ? existingAccount : newAccount),
    defaultValues: { password: '', confirm: '' },
  });

  if (!token) {
    return (
      <div className="page narrow auth-page">
        <h1>Invitation link incomplete</h1>
        <p>
          This page needs the whole link from your invitation e-mail (it ends with <code>#token=…</code>).
          Copy the full link into the address bar, or ask your coach to send it again.
        </p>
        <p>
          <Link to="/login">Sign in instead</Link>
        </p>
      </div>
    );
  }

  const onSubmit = form.handleSubmit(async ({ password }) => {
    setError(null);
    try {
      const s = await signIn(
        AcceptInvitationMutation,
        { input: { token, password } },
        (d) => d.acceptInvitation,
      );
      const athleteOnly = s.user.roles.includes('ATHLETE') && !s.user.roles.includes('COACH');
      await navigate({ to: athleteOnly ? '/intake' : homePath(s.user) });
    } catch (e) {
      if (e instanceof ApiError && e.reason === 'EXISTING_ACCOUNT_PASSWORD_REQUIRED') setExisting(true);
      setError(e);
    }
  });

  return (
    <div className="page narrow auth-page">
      <h1>Join your coach on Coachline</h1>
      <p>
        {existing
          ? 'Sign in with your existing Coachline password to accept.'
          : 'Choose a password to finish.'}
      </p>
      <form onSubmit={onSubmit} noValidate className="stack">
        <TextInput
          label={existing ? 'Your current password' : 'New password'}
          type="password"
          autoComplete={existing ? 'current-password' : 'new-password'}
          hint={existing ? undefined : 'At least 10 characters.'}
          error={form.formState.errors.password?.message}
          {...form.register('password')}
        />
        {!existing && (
          <TextInput
            label="Repeat the password"
            type="password"
            autoComplete="new-password"
            error={form.formState.errors.confirm?.message}
            {...form.register('confirm')}
          />
        )}
        <ErrorNotice error={error} />
        <Button type="submit" busy={form.formState.isSubmitting}>
          {existing ? 'Sign in and accept' : 'Set password and continue'}
        </Button>
        <button type="button" className="linklike" onClick={() => (setExisting(!existing), setError(null))}>
          {existing ? 'I am new to Coachline' : 'I already have a Coachline account'}
        </button>
      </form>
    </div>
  );
}
