// JSON errors only: `{error, hint?}` plus what the client can act on (suggestions,
// candidates, the word of a console line). Never a stack trace, never HTML.
import type { ErrorRequestHandler, RequestHandler } from 'express';

import type { ErrorResponse } from '../api/contract.ts';
import { KgError } from '../errors.ts';
import { HTTP_STATUS } from './http-status.ts';

export const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const [status, body] = describeError(error);
  // A busy server is expected under load, not a fault to log.
  if (status >= 500 && !(error instanceof KgError)) console.error(error);
  if (res.headersSent) {
    res.end();
    return;
  }
  const retryAfter = error instanceof KgError ? (error.details as { retryAfter?: unknown } | undefined)?.retryAfter : undefined;
  if (typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
  res.status(status).json(body);
};

/** Last in the chain: any path no router answered. */
export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json({ error: `No route for ${req.method} ${req.path}`, hint: 'See GET /api for the endpoints' } satisfies ErrorResponse);
};

function describeError(error: unknown): [number, ErrorResponse] {
  if (error instanceof KgError) {
    const body: ErrorResponse = { error: error.message };
    if (error.hint) body.hint = error.hint;
    if (error.details && typeof error.details === 'object') Object.assign(body, publicDetails(error.details as Record<string, unknown>));
    return [HTTP_STATUS[error.code] ?? 400, body];
  }
  // body-parser and express report client errors with a status and a type.
  const status = typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : 500;
  const type = (error as { type?: string })?.type;
  if (type === 'entity.parse.failed') return [400, { error: 'Malformed JSON body', hint: 'Send a JSON object, e.g. {"q": "help"}' }];
  if (type === 'entity.too.large') return [413, { error: 'Request body too large' }];
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return [415, { error: 'Unsupported body encoding' }];
  // zlib's own words (incorrect header check…) say nothing to a client.
  if (status === 400 && /^Z_/.test(String((error as { code?: unknown })?.code)))
    return [400, { error: 'Malformed compressed body', hint: 'Send the body as gzip or deflate that decompresses, or uncompressed' }];
  if (status >= 400 && status < 500) return [status, { error: (error as Error).message || 'Bad request' }];
  return [500, { error: 'Internal error' }];
}

// Only plain data the client can use; nothing that looks like internals.
function publicDetails(details: Record<string, unknown>): Partial<ErrorResponse> {
  const out: Record<string, unknown> = {};
  for (const key of ['suggestions', 'candidates', 'at', 'allowed']) if (key in details) out[key] = details[key];
  return out;
}
