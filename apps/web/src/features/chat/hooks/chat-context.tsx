import { useQuery, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { ChatClient, chatKeys, type Thread } from '../../../lib/chat-socket';
import { useSession } from '../../../lib/session';

const ChatContext = createContext<ChatClient | null>(null);

/** One ChatClient per signed-in session: connected while someone is signed in. */
export function ChatProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const session = useSession();
  const userId = session?.user.userId;
  const [client] = useState(() => new ChatClient(queryClient));
  useEffect(() => {
    if (!userId) return;
    client.start();
    return () => {
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
