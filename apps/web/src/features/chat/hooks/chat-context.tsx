import { useQuery, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { ChatClient, chatKeys, type Thread } from '../../../lib/chat-socket';
import { useSession } from '../../../lib/session';

const ChatContext = createContext<ChatClient | null>(null);

/**
 * Calls `start` once the first screen is in: the page idle, no query fetching, then idle again (the screen
 * renders what its queries brought) — at most 3 s after mount — so the chat's code and connection do not
 * compete with the screen the person opened.
 */
function afterFirstScreen(queryClient: QueryClient, start: () => void): () => void {
  let done = false;
  let unsubscribe = () => {};
  const handles: Array<() => void> = [];
  const whenIdle = (fn: () => void) => {
    if (typeof requestIdleCallback === 'function') {
      const h = requestIdleCallback(fn, { timeout: 1_000 });
      handles.push(() => cancelIdleCallback(h));
    } else {
      const t = setTimeout(fn, 100);
      handles.push(() => clearTimeout(t));
    }
  };
  const stop = () => {
    done = true;
    unsubscribe();
    clearTimeout(cap);
    for (const cancel of handles) cancel();
  };
  const go = () => {
    if (done) return;
    stop();
    start();
  };
  const cap = setTimeout(go, 3_000);
  const settled = () => {
    if (queryClient.isFetching() === 0) return whenIdle(go);
    unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (queryClient.isFetching() > 0) return;
      unsubscribe();
      whenIdle(go);
    });
  };
  whenIdle(settled);
  return stop;
}

/**
 * One ChatClient per signed-in session: connected while someone is signed in, from once the first screen
 * is in (on connect the live screens refetch what they show, so nothing pushed before is missed).
 */
export function ChatProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const session = useSession();
  const userId = session?.user.userId;
  const [client] = useState(() => new ChatClient(queryClient));
  useEffect(() => {
    if (!userId) return;
    const cancel = afterFirstScreen(queryClient, () => client.start());
    return () => {
      cancel();
      client.stop();
      queryClient.removeQueries({ queryKey: chatKeys.all });
    };
  }, [client, userId, queryClient]);
  return <ChatContext.Provider value={client}>{children}</ChatContext.Provider>;
}

export function useChatClient(): ChatClient {
  const c = useContext(ChatContext);
  if (!c) throw new Error('useChatClient outside ChatProvider');
  return c;
}

/** Re-renders on any chat event (pending messages, typing, receipts, connection status). */
export function useChatVersion(): number {
  const c = useChatClient();
  return useSyncExternalStore(c.subscribe, c.getVersion, c.getVersion);
}

export function useConnectionStatus() {
  const c = useChatClient();
  return useSyncExternalStore(c.subscribe, c.getStatus, c.getStatus);
}

/** A conversation's messages, loaded and kept caught up by the chat connection. */
export function useThread(conversationId: string | undefined, lastSeq: number) {
  const client = useChatClient();
  const status = useConnectionStatus();
  useEffect(() => {
    if (conversationId && status === 'online') void client.open(conversationId, lastSeq);
  }, [client, conversationId, status, lastSeq]);
  return useQuery<Thread>({
    queryKey: chatKeys.thread(conversationId ?? 'none'),
    queryFn: () => new Promise<Thread>(() => undefined), // written by the chat connection only
    enabled: false,
    staleTime: Infinity,
  });
}
