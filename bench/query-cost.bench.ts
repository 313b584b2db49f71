/**
 * What one expensive GraphQL request costs the server: a query with N aliases of `athleteReview` (the
 * security review's denial-of-service case), sent by a coach of the demo club.
 *
 *   npm run seed:demo                 # against DATABASE_URL: the demo club this bench signs in to
 *   npm run bench:query-cost          # 500 aliases; --aliases N, --port P, --repeat R
 *
 * Starts the API (production mode) in a child process on DATABASE_URL, signs in as coach1, and for each
 * repetition sends the query while it polls `GET /health` every 10 ms. Reports the answer (data or the
 * error code and reason), the wall time of the request, the server's CPU time (user + system, read
 * from /proc before and after) and /health latency (p50 and max) while the request ran. The client runs on
 * the same machine: figures are noisy on a shared machine, compare them with the same command.
 */
import { readFileSync } from 'fs';
import { arg, percentile, sleep, startServer } from './chat-bench-utils';

const ALIASES = arg('aliases', 500);
const PORT = arg('port', 3313);
const REPEAT = Math.max(1, arg('repeat', 3));

/** User + system CPU seconds of a process (Linux /proc; clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function post(port: number, query: string, variables: object, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('Set DATABASE_URL to a database seeded with `npm run seed:demo`');
  const server = await startServer({ port: PORT, databaseUrl });
  try {
    const login = await post(PORT, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
      i: { email: 'coach1@demo.coachline.test', password: 'coachline-demo' },
    });
    const token: string = login.body.data?.login.accessToken;
    if (!token) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
    const roster = await post(PORT, `{ roster(first: 1) { nodes { id } } }`, {}, token);
    const athleteId: string = roster.body.data.roster.nodes[0].id;
    const fields = Array.from(
      { length: ALIASES },
      (_, i) => `a${i}: athleteReview(athleteId: $id) { athleteId status urgency }`,
    ).join('\n');
    const query = `query($id: ID!) {\n${fields}\n}`;
    console.log(
      `query cost bench: ${ALIASES} aliases of athleteReview, ${REPEAT} runs (noisy shared machine)`,
    );

    // Warm-up: one single review, so the first run is not charged the engine's JIT.
    await post(
      PORT,
      `query($id: ID!) { athleteReview(athleteId: $id) { status } }`,
      { id: athleteId },
      token,
    );

    for (let r = 0; r < REPEAT; r++) {
      const health: number[] = [];
      let running = true;
      const poller = (async () => {
        while (running) {
          const t = performance.now();
          await fetch(`http://127.0.0.1:${PORT}/health`).then((x) => x.text());
          health.push(performance.now() - t);
          await sleep(10);
        }
      })();
      const cpu0 = cpuSeconds(server.proc.pid!);
      const t0 = performance.now();
      const res = await post(PORT, query, { id: athleteId }, token);
      const wall = performance.now() - t0;
      const cpu = cpuSeconds(server.proc.pid!) - cpu0;
      running = false;
      await poller;
      const err = res.body.errors?.[0];
      const outcome = err
        ? `HTTP ${res.status} ${err.extensions?.code}/${err.extensions?.reason ?? '-'}: ${err.message}`
        : `HTTP ${res.status} ${Object.keys(res.body.data ?? {}).length} reviews`;
      health.sort((a, b) => a - b);
      console.log(
        `run ${r + 1}: ${outcome}\n  wall ${wall.toFixed(0)} ms, server CPU ${(cpu * 1000).toFixed(0)} ms, ` +
          `/health during it: ${health.length} polls, p50 ${percentile(health, 50).toFixed(1)} ms, ` +
          `max ${(health[health.length - 1] ?? 0).toFixed(1)} ms`,
      );
    }
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
