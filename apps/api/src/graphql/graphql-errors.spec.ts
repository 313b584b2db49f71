import { Logger } from '@nestjs/common';
import { badInput, tooManyRequests } from '@app/common';
import { QueryFailedError } from 'typeorm';
import { EngineInputError } from '@app/engine';
import { toPublicError } from './graphql-errors';

describe(toPublicError.name, () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('should keep a domain error’s kind, reason and message', () => {
    expect(toPublicError(badInput('from must not be after to', 'INVALID_RANGE'))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_RANGE',
      message: 'from must not be after to',
      details: undefined,
    });
  });

  it('should mask an engine input error as an internal error: the engine only reads our own data', () => {
    const e = new EngineInputError(
      'INVALID_DAY',
      "'day' must be the integer day number of '2026-01-01', got 7",
    );
    expect(toPublicError(e)).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'INTERNAL',
      message: 'Internal server error',
    });
  });

  const unavailable = {
    code: 'SERVICE_UNAVAILABLE',
    reason: 'DATABASE_UNAVAILABLE',
    message: 'The database is unavailable or busy; retry in a moment',
    retryable: true,
  };
  const driverError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  const failed = (e: Error) => new QueryFailedError('SELECT 1', [], e);

  it('should report an outage, a pool timeout and a cut statement as retryable SERVICE_UNAVAILABLE', () => {
    for (const e of [
      new Error('timeout exceeded when trying to connect'), // pg-pool: no connection in time
      new Error('Connection terminated unexpectedly'),
      new Error('Query read timeout'), // query_timeout: the server did not answer
      driverError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      Object.assign(new AggregateError([driverError('ECONNREFUSED')], ''), {}),
      failed(driverError('57P01', 'terminating connection due to administrator command')),
      failed(driverError('57P03', 'the database system is starting up')),
      failed(driverError('08006', 'connection failure')),
      failed(driverError('53300', 'sorry, too many clients already')),
      failed(driverError('57014', 'canceling statement due to statement timeout')),
      failed(driverError('25P03', 'terminating connection due to idle-in-transaction timeout')),
      failed(driverError('40001', 'could not serialize access due to concurrent update')),
      failed(driverError('40P01', 'deadlock detected')),
    ]) {
      expect(toPublicError(e)).toEqual(unavailable);
    }
  });

  it('should still mask a defect (a syntax error, a missing column) as INTERNAL_SERVER_ERROR', () => {
    for (const e of [
      failed(driverError('42601', 'syntax error')),
      failed(driverError('42703')),
      new TypeError('x'),
    ]) {
      expect(toPublicError(e)).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        reason: 'INTERNAL',
        message: 'Internal server error',
      });
    }
  });

  it('should mark TOO_MANY_REQUESTS retryable and a bad input not', () => {
    expect(toPublicError(tooManyRequests('slow down', 'CHAT_SEND_RATE_LIMITED', 3))).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryable: true,
      details: { retryAfterSeconds: 3 },
    });
    expect(toPublicError(badInput('no'))).not.toHaveProperty('retryable');
  });
});
