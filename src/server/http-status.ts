// The one place that maps error codes to HTTP statuses.
import type { ErrorCode } from '../errors.ts';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  DECODE_FAILED: 400,
  UNAUTHORIZED: 401,
  // Refused whoever asks: a write from a foreign Host or Origin.
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  // The name matches several entities: the request must say which.
  AMBIGUOUS: 409,
  TOO_LARGE: 413,
  TIMEOUT: 503,
  // Too many long queries running: come back after Retry-After seconds.
  BUSY: 503,
};
