import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button, ErrorNotice, TextInput } from '../../components/ui';
import { signIn } from '../../lib/api';
import { homePath, sessionStore } from '../../lib/session';
import { LoginMutation } from './graphql/auth';

const schema = z.object({
  email: z.email('Enter your e-mail address.'),
  password: z.string().min(1, 'Enter your password.'),
});
type Values = z.infer<typeof schema>;

/** Only paths of this app (never another origin) are followed after sign-in. */
export function safeRedirect(href: string | undefined): string | null {
  return href && href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/login') ? href : null;
}

export function LoginPage() {
  const { redirect } = useSearch({ from: '/login' });
  const navigate = useNavigate();
  const router = useRouter();
  const [ended] = useState(() => sessionStore.takeEndedReason());
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const s = await signIn(LoginMutation, { input: values }, (d) => d.login);
      const back = safeRedirect(redirect);
      if (back) router.history.push(back);
      else await navigate({ to: homePath(s.user) });
    } catch (e) {
      setError(e);
    }
  });

  return (
    <div className="page narrow auth-page">
      <h1>Sign in to Coachline</h1>
      {ended && !error && (
        <p className="notice" role="status">
          {ended}
        </p>
      )}
      <form onSubmit={onSubmit} noValidate className="stack">
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="email"
          inputMode="email"
          error={form.formState.errors.email?.message}
          {...form.register('email')}
        />
        <TextInput
          label="Password"
          type="password"
          autoComplete="current-password"
          error={form.formState.errors.password?.message}
          {...form.register('password')}
        />
        <ErrorNotice error={error} />
        <Button type="submit" busy={form.formState.isSubmitting}>
          Sign in
        </Button>
      </form>
      <p className="hint">
        Invited by your coach? Open the link in your invitation e-mail to set your password.
      </p>
    </div>
  );
}
