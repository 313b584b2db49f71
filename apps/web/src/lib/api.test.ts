import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewQueueQuery, queueVariables } from '../features/queue/graphql/queue';
import { preloadLanding } from '../preload';
import { gqlRequest, preloadRequest } from './api';
import { sessionStore, type Session } from './session';

const QUEUE = { reviewQueue: { weekStart: '2026-12-07', finished: false, counts: null, items: [] } };

/** Each test its own user: an answer preloaded and not taken is kept (10 s) for its user only. */
let userId = 'coach-user';

function session(expiresInMs: number, accessToken = 'access-1'): Session {
  return {
    accessToken,
    refreshToken: 'refresh-1',
    accessTokenExpiresAt: Date.now() + expiresInMs,
    user: {
      userId,
      name: 'Coach',
      email: 'coach@example.test',
      roles: ['COACH'],
      athleteId: null,
      organizationName: 'Club',
      organizationTimezone: 'Europe/London',
    },
  };
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
/** The operation a fetch call sent, and its bearer token. */
const sent = (call: unknown[]) => {
  const init = call[1] as RequestInit;
  const body = JSON.parse(init.body as string) as { query: string };
  const auth = (init.headers as Record<string, string>).authorization;
  return { op: /(?:query|mutation) (\w+)/.exec(body.query)?.[1], auth };
};

describe('the landing request sent before the app loads (preloadRequest)', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(({ task }) => {
    userId = `coach-${task.id}`;
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStore.clear();
    localStorage.clear();
  });

  it('is taken by the screen’s own request: one request to the API, the same answer', async () => {
    sessionStore.set(session(10 * 60_000));
    fetchMock.mockImplementation(() => Promise.resolve(json({ data: QUEUE })));
    await preloadRequest(ReviewQueueQuery, queueVariables(undefined));
    expect(fetchMock).toHaveBeenCalledTimes(1); // on the network before the app has loaded
    await expect(gqlRequest(ReviewQueueQuery, queueVariables(undefined))).resolves.toEqual(QUEUE);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // Taken once: the next request (a refetch) goes to the API.
    await gqlRequest(ReviewQueueQuery, queueVariables(undefined));
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('is not taken by a request with other variables', async () => {
    sessionStore.set(session(10 * 60_000));
    fetchMock.mockImplementation(() => Promise.resolve(json({ data: QUEUE })));
    await preloadRequest(ReviewQueueQuery, queueVariables(undefined));
    await gqlRequest(ReviewQueueQuery, queueVariables('done'));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(JSON.parse((fetchMock.mock.calls[1][1] as RequestInit).body as string).variables).toEqual({
      status: ['DONE'],
    });
  });

  it('with an expired access token: the refresh goes out at once, and the queue carries the new token', async () => {
    sessionStore.set(session(-60_000));
    let answerRefresh!: (r: Response) => void;
    fetchMock.mockImplementationOnce(() => new Promise<Response>((resolve) => (answerRefresh = resolve)));
    fetchMock.mockImplementation(() => Promise.resolve(json({ data: QUEUE })));
    // Resolves when the refresh is on the network, before its answer (the entry then loads the app).
    await preloadLanding({ pathname: '/coach/queue', search: '' });
    expect(fetchMock.mock.calls.map(sent)).toEqual([{ op: 'Refresh', auth: undefined }]);
    const fresh = session(15 * 60_000, 'access-2');
    answerRefresh(
      json({
        data: {
          refreshTokens: {
            accessToken: fresh.accessToken,
            accessTokenExpiresAt: new Date(fresh.accessTokenExpiresAt).toISOString(),
            refreshToken: 'refresh-2',
            me: {
              athleteId: null,
              roles: ['COACH'],
              user: { id: userId, name: 'Coach', email: 'coach@example.test' },
              organization: { name: 'Club', timezone: 'Europe/London' },
            },
          },
        },
      }),
    );
    await expect(gqlRequest(ReviewQueueQuery, queueVariables(undefined))).resolves.toEqual(QUEUE);
    expect(fetchMock.mock.calls.map(sent)).toEqual([
      { op: 'Refresh', auth: undefined },
      { op: 'ReviewQueue', auth: 'Bearer access-2' },
    ]);
  });

  it('starts only for a signed-in coach opening the queue (or / which leads there)', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(json({ data: QUEUE })));
    await preloadLanding({ pathname: '/coach/queue', search: '' });
    expect(fetchMock).not.toHaveBeenCalled(); // signed out
    sessionStore.set({ ...session(10 * 60_000), user: { ...session(0).user, roles: ['ATHLETE'] } });
    await preloadLanding({ pathname: '/coach/queue', search: '' });
    expect(fetchMock).not.toHaveBeenCalled(); // not a coach
    sessionStore.set(session(10 * 60_000));
    await preloadLanding({ pathname: '/', search: '' });
    expect(fetchMock.mock.calls.map(sent)).toEqual([{ op: 'ReviewQueue', auth: 'Bearer access-1' }]);
    await gqlRequest(ReviewQueueQuery, queueVariables(undefined)); // taken, as the screen would
  });
});
