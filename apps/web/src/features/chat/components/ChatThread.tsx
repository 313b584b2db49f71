import { useEffect, useRef, useState } from 'react';
import { Button, Empty, Loading } from '../../../components/ui';
import { useSession } from '../../../lib/session';
import { useChatClient, useChatVersion, useConnectionStatus, useThread } from '../hooks/chat-context';

const time = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });

interface Props {
  conversationId: string;
  title: string;
  lastSeq: number;
  canPost: boolean;
}

/** One conversation, live: messages, pending sends, typing, read receipts, and the composer. */
export function ChatThread({ conversationId, title, lastSeq, canPost }: Props) {
  const me = useSession()?.user.userId;
  const client = useChatClient();
  useChatVersion();
  const status = useConnectionStatus();
  const thread = useThread(conversationId, lastSeq);
  const [draft, setDraft] = useState('');
  /** The scrolled list, and whether its end is in view: a new message then scrolls into view. */
  const list = useRef<HTMLOListElement>(null);
  const atEnd = useRef(true);
  const messages = thread.data?.messages ?? [];
  const pending = client.pending(conversationId);
  const typing = client.typingUsers(conversationId).filter((u) => u !== me);
  const receipts = client.readBy(conversationId);
  const last = messages.at(-1);

  // The list scrolls, not the page: the newest message shows when the thread opens, when one is sent, and when one
  // arrives while the end is in view (one reading further up stays where they are).
  const mineWaiting = pending.length;
  useEffect(() => {
    atEnd.current = true; // another conversation opens at its end
  }, [conversationId]);
  useEffect(() => {
    const el = list.current;
    if (el && (atEnd.current || mineWaiting > 0)) el.scrollTop = el.scrollHeight;
  }, [conversationId, messages.length, mineWaiting]);

  // Read what is on screen.
  useEffect(() => {
    if (last && last.senderUserId !== me && document.visibilityState === 'visible')
      client.markRead(conversationId, last.seq);
  }, [client, conversationId, last, me]);

  const myLast = [...messages].reverse().find((m) => m.senderUserId === me);
  const seen = myLast && [...receipts].some(([userId, seq]) => userId !== me && seq >= myLast.seq);

  return (
    <section className="thread" aria-label={`Conversation: ${title}`}>
      {status !== 'online' && (
        <p className="notice" role="status">
          Reconnecting… messages you send now go out when the connection is back.
        </p>
      )}
      <ol
        ref={list}
        className="messages"
        aria-live="polite"
        aria-label="Messages"
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          atEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        }}
      >
        {/* A list holds only items: the loading and empty states are items too (axe "list"). */}
        {!thread.data && status === 'online' && (
          <li className="thread-state">
            <Loading label="Loading messages…" />
          </li>
        )}
        {thread.data && messages.length === 0 && pending.length === 0 && (
          <li className="thread-state">
            <Empty>No messages yet. Say hello.</Empty>
          </li>
        )}
        {messages.map((m) => (
          <li key={m.seq} className={m.senderUserId === me ? 'msg mine' : 'msg'} data-seq={m.seq}>
            <div className="msg-body">{m.body}</div>
            <div className="msg-meta">
              <time dateTime={m.createdAt}>{time.format(new Date(m.createdAt))}</time>
              {m === myLast && seen && <span className="seen"> · Seen</span>}
            </div>
          </li>
        ))}
        {pending.map((p) => (
          <li key={p.clientMessageId} className="msg mine pending">
            <div className="msg-body">{p.body}</div>
            <div className="msg-meta">
              {p.error ? (
                <>
                  <span className="field-error">{p.error}</span>{' '}
                  <button className="linklike" onClick={() => client.retry(p.clientMessageId)}>
                    Retry
                  </button>{' '}
                  <button className="linklike" onClick={() => client.discard(p.clientMessageId)}>
                    Discard
                  </button>
                </>
              ) : (
                'Sending…'
              )}
            </div>
          </li>
        ))}
      </ol>
      <p className="typing" aria-live="polite">
        {typing.length > 0 ? 'typing…' : ''}
      </p>
      {canPost ? (
        <form
          className="composer"
          onSubmit={(e) => {
            e.preventDefault();
            const body = draft.trim();
            if (!body) return;
            client.send(conversationId, body);
            setDraft('');
          }}
        >
          <label htmlFor={`composer-${conversationId}`} className="sr-only">
            Message to {title}
          </label>
          <textarea
            id={`composer-${conversationId}`}
            rows={2}
            maxLength={4000}
            value={draft}
            placeholder="Write a message"
            onChange={(e) => {
              setDraft(e.target.value);
              client.notifyTyping(conversationId);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <Button type="submit">Send</Button>
        </form>
      ) : (
        <p className="hint">Only the coach posts in this channel.</p>
      )}
    </section>
  );
}
