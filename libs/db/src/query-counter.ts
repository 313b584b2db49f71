import { AsyncLocalStorage } from 'async_hooks';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/** The statements run inside one `QueryCounter.scope` (one HTTP request: see the API's server-timing.ts). */
export interface QueryScope {
  queries: number;
}

const scopes = new AsyncLocalStorage<QueryScope>();

/**
 * A TypeORM logger that counts the queries it sees, so tests can prove that a resolver does not
 * issue one query per row (N+1), and per scope, so a request can say how many statements it ran.
 * Counting is cheap; nothing is printed.
 */
export class QueryCounter extends AbstractLogger {
  /** Runs `fn` with a scope of its own: the queries it (and what it awaits) runs are counted there too. */
  static scope<T>(fn: (scope: QueryScope) => T): T {
    const scope: QueryScope = { queries: 0 };
    return scopes.run(scope, () => fn(scope));
  }

  count = 0;
  readonly recent: string[] = [];

  override logQuery(query: string): void {
    this.count += 1;
    const scope = scopes.getStore();
    if (scope) scope.queries += 1;
    if (this.recent.length >= 200) this.recent.shift();
    this.recent.push(query);
  }

  protected override writeLog(
    _level: LogLevel,
    _message: LogMessage | LogMessage[],
    _qr?: QueryRunner,
  ): void {
    // counting only
  }

  reset(): void {
    this.count = 0;
    this.recent.length = 0;
  }
}
