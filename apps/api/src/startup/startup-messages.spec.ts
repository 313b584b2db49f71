import { resolve } from 'path';
import { prettyLogs } from './log-output';
import {
  describeDatabaseUrl,
  errorCode,
  portInUseMessage,
  readyInfo,
  readyMessage,
} from './startup-messages';

describe(readyInfo.name, () => {
  it('should name the app, GraphQL and health URLs and the embedded data folder when the database is embedded', () => {
    const info = readyInfo(3000, { kind: 'embedded', port: 54329, dataDir: '.data/postgres' });
    expect(info).toEqual({
      url: 'http://localhost:3000',
      graphql: 'http://localhost:3000/graphql',
      health: 'http://localhost:3000/health',
      database: `embedded PostgreSQL on 127.0.0.1:54329, data in ${resolve('.data/postgres')}`,
    });
    expect(readyMessage(info)).toBe(
      'Coachline is ready at http://localhost:3000 (GraphQL http://localhost:3000/graphql, health ' +
        `http://localhost:3000/health); database: embedded PostgreSQL on 127.0.0.1:54329, data in ${resolve('.data/postgres')}`,
    );
  });

  it('should name an external server without its credentials when DATABASE_URL is set', () => {
    const info = readyInfo(8080, {
      kind: 'external',
      url: 'postgres://club:s3cret@db.example.com:5433/coachline',
    });
    expect(info.database).toBe('external PostgreSQL at db.example.com:5433/coachline (DATABASE_URL)');
    expect(readyMessage(info)).not.toContain('s3cret');
    expect(describeDatabaseUrl('not a url')).toBe('(DATABASE_URL)');
  });
});

describe(portInUseMessage.name, () => {
  it('should name the port, what wanted it and the variable that moves it', () => {
    const msg = portInUseMessage('embedded PostgreSQL', 54329, 'EMBEDDED_PG_PORT', 55432);
    expect(msg).toContain('Port 54329 (embedded PostgreSQL) is already in use');
    expect(msg).toContain('EMBEDDED_PG_PORT=55432 npm start');
  });

  it('should find EADDRINUSE on the error or its cause', () => {
    expect(errorCode(Object.assign(new Error('x'), { code: 'EADDRINUSE' }))).toBe('EADDRINUSE');
    expect(errorCode(new Error('x', { cause: { code: 'EADDRINUSE' } }))).toBe('EADDRINUSE');
    expect(errorCode(new Error('x'))).toBeUndefined();
  });
});

describe(prettyLogs.name, () => {
  it.each([
    ['auto', 'development', true, true],
    ['auto', 'development', false, false],
    ['auto', 'test', true, true],
    ['json', 'development', true, false],
    ['pretty', 'development', false, true],
    ['auto', 'production', true, false],
    ['pretty', 'production', true, false],
  ] as const)('should choose pretty=%s/%s/tty %s → %s', (format, env, tty, pretty) => {
    expect(prettyLogs(format, env, tty)).toBe(pretty);
  });
});
