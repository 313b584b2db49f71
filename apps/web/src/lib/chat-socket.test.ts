import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Handler = (...args: unknown[]) => void;
const sockets: Array<{ handlers: Map<string, Handler>; fire: (event: string, ...args: unknown[]) => void }> =
  [];

vi.mock('socket.io-client', () => ({
  io: vi.fn(() => {
    const handlers = new Map<string, Handler>();
    const socket = {
      handlers,
      connected: false,
      on: (event: string, h: Handler) => void handlers.set(event, h),
      fire: (event: string, ...args: unknown[]) => handlers.get(event)?.(...args),
      connect: vi.fn(),
      disconnect: vi.fn(),
      emit: vi.fn(),
      timeout: () => socket,
    };
    sockets.push(socket);
    return socket;
  }),
}));

const { ChatClient } = await import('./chat-socket');
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the chat connection and the live screens', () => {
  afterEach(() => void (sockets.length = 0));

  it('fetches the live screens again on every connect: what was pushed while no socket listened is not lost', async () => {
    const qc = new QueryClient();
    qc.setQueryData(['coach', 'queue', 'todo'], { items: [] });
    qc.setQueryData(['coach', 'review', 'a1'], { id: 'r1' });
    qc.setQueryData(['plan', 'me', '2026-12-07'], { sessions: [] });
    qc.setQueryData(['coach', 'proposals', 'a1'], []);
    qc.setQueryData(['coach', 'history', 'a1'], []);
    qc.setQueryData(['coach', 'roster'], []);
    const client = new ChatClient(qc);
    client.start();
    expect(client.getStatus()).toBe('connecting');
    await flush(); // the socket code is its own chunk
    expect(sockets).toHaveLength(1);
    sockets[0].fire('connect');
    const invalidated = (key: string[]) => qc.getQueryState(key)?.isInvalidated;
    expect(invalidated(['coach', 'queue', 'todo'])).toBe(true);
    expect(invalidated(['coach', 'review', 'a1'])).toBe(true);
    expect(invalidated(['plan', 'me', '2026-12-07'])).toBe(true);
    expect(invalidated(['coach', 'proposals', 'a1'])).toBe(true);
    // The past reviews a review:decided refreshes (a completion adds one) are fetched again too (diff review).
    expect(invalidated(['coach', 'history', 'a1'])).toBe(true);
    expect(invalidated(['coach', 'roster'])).toBe(false); // not pushed live
    client.stop();
  });

  it('reads the unread counts again when this person reads on another device, not on the other side’s receipts', async () => {
    const { sessionStore } = await import('./session');
    sessionStore.set({
      accessToken: 'a',
      refreshToken: 'r',
      user: {
        userId: 'u-me',
        name: 'Me',
        email: 'me@example.com',
        roles: ['ATHLETE'],
        athleteId: 'a1',
        organizationName: 'Club',
        organizationTimezone: 'UTC',
      },
    } as never);
    const qc = new QueryClient();
    const client = new ChatClient(qc);
    client.start();
    await flush();
    sockets[0].fire('connect');
    const key = ['chat', 'conversations'];
    qc.setQueryData(key, []);
    sockets[0].fire('message:read', { conversationId: 'c1', userId: 'u-coach', seq: 3 });
    expect(qc.getQueryState(key)?.isInvalidated).toBe(false);
    sockets[0].fire('message:read', { conversationId: 'c1', userId: 'u-me', seq: 3 });
    expect(qc.getQueryState(key)?.isInvalidated).toBe(true);
    client.stop();
    sessionStore.clear();
  });

  it("reads the admin page's onboarding queue and coaches again on onboarding:changed, and on connect", async () => {
    const qc = new QueryClient();
    const keys = [
      ['admin', 'onboarding'],
      ['admin', 'coaches'],
      ['admin', 'organization'],
    ];
    for (const k of keys) qc.setQueryData(k, {});
    const client = new ChatClient(qc);
    client.start();
    await flush();
    const invalidated = () => keys.map((k) => qc.getQueryState(k)?.isInvalidated);
    sockets[0].fire('connect');
    expect(invalidated()).toEqual([true, true, false]);
    for (const k of keys) qc.setQueryData(k, {});
    expect(invalidated()).toEqual([false, false, false]);
    sockets[0].fire('onboarding:changed', { change: 'INVITATION_ACCEPTED' });
    expect(invalidated()).toEqual([true, true, false]);
    client.stop();
  });

  it('keeps the last review:decided per athlete with when it came, and forgets them when the connection drops (pushes may be missed until it is back)', async () => {
    const qc = new QueryClient();
    const client = new ChatClient(qc);
    client.start();
    await flush();
    sockets[0].fire('connect');
    const before = Date.now();
    const push = { athleteId: 'a1', reviewId: 'r1', weekStart: '2026-12-07', by: 'u1', what: 'APPLIED' };
    sockets[0].fire('review:decided', push);
    sockets[0].fire('review:decided', { ...push, athleteId: 'a2' });
    const last = (a: string) => qc.getQueryData<{ receivedAt: number }>(['live', 'decided', a]);
    expect(last('a1')).toEqual({ ...push, receivedAt: expect.any(Number) });
    expect(last('a1')!.receivedAt).toBeGreaterThanOrEqual(before);
    expect(last('a2')).toMatchObject({ athleteId: 'a2' });
    // Disconnected: what a refetch reads meanwhile may come from a push not heard, so the last known is forgotten.
    sockets[0].fire('disconnect', 'transport close');
    expect(last('a1')).toBeUndefined();
    expect(last('a2')).toBeUndefined();
    // A connection the server recovered replays what was missed (here, one push), which is kept.
    (sockets[0] as unknown as { recovered: boolean }).recovered = true;
    sockets[0].fire('connect');
    sockets[0].fire('review:decided', push);
    expect(last('a1')).toMatchObject({ athleteId: 'a1' });
    // One it could not recover replays nothing: pushes heard since are kept, the last known before is not.
    sockets[0].fire('disconnect', 'transport close');
    (sockets[0] as unknown as { recovered: boolean }).recovered = false;
    sockets[0].fire('connect');
    expect(last('a1')).toBeUndefined();
    client.stop();
  });

  it("reads the athlete's review, its weeks' plans, the queue and past reviews again on review:decided, for that athlete only", async () => {
    const qc = new QueryClient();
    const keys = [
      ['coach', 'review', 'a1'],
      ['coach', 'review', 'a1', 'weekLogs', '2026-11-30'],
      ['plan', 'a1', '2026-12-07'],
      ['coach', 'queue', 'todo'],
      ['coach', 'history', 'a1'],
      ['coach', 'review', 'a2'],
      ['plan', 'a2', '2026-12-07'],
      ['coach', 'history', 'a2'],
      ['coach', 'notes', 'a1'],
    ];
    for (const k of keys) qc.setQueryData(k, {});
    const client = new ChatClient(qc);
    client.start();
    await flush();
    sockets[0].fire('review:decided', {
      athleteId: 'a1',
      reviewId: 'r1',
      weekStart: '2026-12-07',
      by: 'u2',
      what: 'APPLIED',
    });
    expect(keys.map((k) => qc.getQueryState(k)?.isInvalidated)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    client.stop();
  });

  it('does not connect when stopped before its code arrived', async () => {
    const client = new ChatClient(new QueryClient());
    client.start();
    client.stop();
    await flush();
    expect(sockets).toHaveLength(0);
    expect(client.getStatus()).toBe('offline');
  });
});
