import { Logger } from '@nestjs/common';
import { badInput } from '@app/common';
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
});
