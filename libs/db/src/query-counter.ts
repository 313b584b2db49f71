import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/**
 * A TypeORM logger that counts the queries it sees, so tests can prove that a resolver does not
 * issue one query per row (N+1). Counting is cheap; nothing is printed.
 */
export class QueryCounter extends AbstractLogger {
  count = 0;
  readonly recent: string[] = [];

  override logQuery(query: string): void {
    this.count += 1;
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
