export type EngineInputErrorCode = 'INVALID_DATE' | 'INVALID_DAY' | 'INVALID_INPUT';

/** Thrown when the input cannot be read (e.g. a malformed date). The API maps it to BAD_USER_INPUT. */
export class EngineInputError extends Error {
  constructor(
    readonly code: EngineInputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineInputError';
  }
}
