import { resolve } from 'path';

export type DatabaseMode =
  { kind: 'embedded'; port: number; dataDir: string } | { kind: 'external'; url: string };

export interface ReadyInfo {
  url: string;
  graphql: string;
  health: string;
  database: string;
}

/** A DATABASE_URL without its credentials: enough to tell which server and database, nothing secret. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return '(DATABASE_URL)';
  }
}

/** What the one "ready" line says: where the app listens and which database it uses. */
export function readyInfo(port: number, db: DatabaseMode): ReadyInfo {
  const url = `http://localhost:${port}`;
  return {
    url,
    graphql: `${url}/graphql`,
    health: `${url}/health`,
    database:
      db.kind === 'embedded'
        ? `embedded PostgreSQL on 127.0.0.1:${db.port}, data in ${resolve(db.dataDir)}`
        : `external PostgreSQL at ${describeDatabaseUrl(db.url)} (DATABASE_URL)`,
  };
}

export function readyMessage(info: ReadyInfo): string {
  return `Coachline is ready at ${info.url} (GraphQL ${info.graphql}, health ${info.health}); database: ${info.database}`;
}

/** The errno code of a failed listen, however deep the cause chain puts it. */
export function errorCode(e: unknown): string | undefined {
  for (let cur = e, depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A busy port, named with the variable that moves it. */
export function portInUseMessage(what: string, port: number, variable: string, example: number): string {
  return (
    `Port ${port} (${what}) is already in use: another Coachline or another program listens there. ` +
    `Stop it, or choose another port with ${variable}, e.g. ${variable}=${example} npm start ` +
    `(or set it in .env).`
  );
}
