import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './lib/errors';
import { ChatProvider } from './features/chat/hooks/chat-context';
import { markOnce } from './lib/perf';
import { createAppRouter } from './router';

/** The app (loaded by main.tsx once the landing route's data and code are on their way). */
markOnce('app:start');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // Retry only what may succeed later (network, rate limits, server errors).
      retry: (count, e) => count < 2 && (!(e instanceof ApiError) || e.retryable),
      refetchOnWindowFocus: true,
    },
  },
});
const router = createAppRouter(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ChatProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </ChatProvider>
    </QueryClientProvider>
  </StrictMode>,
);
