// Typed errors. The server maps `code` to an HTTP status in one place.

export type ErrorCode =
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'AMBIGUOUS'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'TOO_LARGE'
  | 'TIMEOUT'
  | 'BUSY'
  | 'DECODE_FAILED';

export class KgError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options: { hint?: string; details?: unknown } = {}) {
    super(message);
    this.name = 'KgError';
    this.code = code;
    this.hint = options.hint;
    this.details = options.details;
  }
}

export class NotFoundError extends KgError {
  constructor(message: string, options: { hint?: string; details?: unknown } = {}) {
    super('NOT_FOUND', message, options);
    this.name = 'NotFoundError';
  }
}

export class InvalidInputError extends KgError {
  constructor(message: string, options: { hint?: string; details?: unknown } = {}) {
    super('INVALID_INPUT', message, options);
    this.name = 'InvalidInputError';
  }
}
