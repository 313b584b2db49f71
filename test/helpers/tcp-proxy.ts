import { createConnection, createServer, Server, Socket } from 'net';

/**
 * A TCP proxy in front of PostgreSQL that a test can cut or freeze, to see what the app does when its
 * database goes away or stops answering, without touching the PostgreSQL other tests (and people) use.
 * - `down()`: every connection is reset and new ones are refused (as a stopped server).
 * - `freeze()`: bytes stop flowing both ways and new connections hang (as a SIGSTOPped server).
 * - `up()`: back to normal (a frozen connection resumes, as after SIGCONT).
 */
export class TcpProxy {
  private mode: 'up' | 'down' | 'frozen' = 'up';
  private readonly pairs = new Set<[Socket, Socket]>();
  private readonly held: Socket[] = [];

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const holder: { proxy?: TcpProxy } = {};
    const server = createServer((client) => holder.proxy?.accept(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.proxy = new TcpProxy(server, (server.address() as { port: number }).port, target);
    return holder.proxy;
  }

  /** The same URL with the proxy's host and port. */
  url(databaseUrl: string): string {
    const u = new URL(databaseUrl);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  private accept(client: Socket): void {
    client.on('error', () => undefined);
    if (this.mode === 'down') return void client.destroy();
    if (this.mode === 'frozen') {
      client.pause();
      this.held.push(client);
      return;
    }
    this.connect(client);
  }

  private connect(client: Socket): void {
    const upstream = createConnection(this.target);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    const pair: [Socket, Socket] = [client, upstream];
    this.pairs.add(pair);
    const drop = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', drop);
    upstream.on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
    client.resume();
  }

  down(): void {
    this.mode = 'down';
    for (const [a, b] of this.pairs) {
      a.resetAndDestroy();
      b.destroy();
    }
    this.pairs.clear();
    for (const c of this.held.splice(0)) c.destroy();
  }

  freeze(): void {
    this.mode = 'frozen';
    for (const [a, b] of this.pairs) {
      a.unpipe(b);
      b.unpipe(a);
      a.pause();
      b.pause();
    }
  }

  up(): void {
    const wasFrozen = this.mode === 'frozen';
    this.mode = 'up';
    if (wasFrozen) {
      for (const [a, b] of this.pairs) {
        a.pipe(b);
        b.pipe(a);
        a.resume();
        b.resume();
      }
    }
    for (const c of this.held.splice(0)) this.connect(c);
  }

  async close(): Promise<void> {
    this.down();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
