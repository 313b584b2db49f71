import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { gqlRequest } from '../../../lib/api';
import { sessionStore } from '../../../lib/session';
import { LogoutMutation } from '../graphql/auth';

/** Revokes the refresh token on the server, then forgets the session here (even if offline). */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    const s = sessionStore.get();
    if (s)
      await gqlRequest(LogoutMutation, { input: { refreshToken: s.refreshToken } }).catch(() => undefined);
    sessionStore.clear();
    queryClient.clear();
    await navigate({ to: '/login' });
  }, [navigate, queryClient]);
}
