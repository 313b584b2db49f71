import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Badge, Empty, ErrorNotice, Loading } from '../../components/ui';
import { useSession } from '../../lib/session';
import { ChatThread } from './components/ChatThread';
import { useConversations } from './hooks/useConversations';

const KIND: Record<string, string> = { DIRECT: '', STAFF: 'Coaches only', ANNOUNCEMENT: 'Announcements' };

export function ChatPage() {
  const { c } = useSearch({ from: '/chat' });
  const navigate = useNavigate();
  const conversations = useConversations();
  const myAthleteId = useSession()?.user.athleteId;
  // An athlete's own direct conversation is titled with their name by the API: show who it is with.
  const list = (conversations.data ?? []).map((x) =>
    x.kind === 'DIRECT' && x.athleteId && x.athleteId === myAthleteId ? { ...x, title: 'Your coaches' } : x,
  );
  const selected =
    list.find((x) => x.id === c) ??
    (c ? undefined : list.find((x) => x.kind === 'DIRECT' && x.athleteId === myAthleteId && myAthleteId)) ??
    (list.length === 1 ? list[0] : undefined);

  return (
    <div className={selected ? 'page chat has-selection' : 'page chat'}>
      <h1 className={selected ? 'sr-only' : undefined}>Messages</h1>
      <div className="chat-layout">
        <nav aria-label="Conversations" className="conversations">
          {conversations.isPending ? (
            <Loading />
          ) : conversations.error ? (
            <ErrorNotice error={conversations.error} onRetry={() => void conversations.refetch()} />
          ) : list.length === 0 ? (
            <Empty>No conversations yet. One opens when you are linked with a coach.</Empty>
          ) : (
            <ul>
              {list.map((x) => (
                <li key={x.id}>
                  <Link
                    to="/chat"
                    search={{ c: x.id }}
                    aria-current={x.id === selected?.id ? 'true' : undefined}
                  >
                    <span className="conv-title">
                      {x.title}
                      {KIND[x.kind] && <span className="hint"> · {KIND[x.kind]}</span>}
                    </span>
                    {x.unreadCount > 0 && <Badge tone="urgent">{x.unreadCount} unread</Badge>}
                    {x.lastMessage && <span className="conv-last">{x.lastMessage.body}</span>}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </nav>
        {selected ? (
          <div className="thread-pane">
            <div className="thread-header">
              {list.length > 1 && (
                <button
                  className="btn btn-ghost back"
                  onClick={() => void navigate({ to: '/chat', search: {} })}
                >
                  ← All conversations
                </button>
              )}
              <h2>{selected.title}</h2>
            </div>
            <ChatThread
              key={selected.id}
              conversationId={selected.id}
              title={selected.title}
              lastSeq={selected.lastSeq}
              canPost={selected.canPost}
            />
          </div>
        ) : (
          list.length > 0 && <p className="hint thread-pane placeholder">Choose a conversation.</p>
        )}
      </div>
    </div>
  );
}
