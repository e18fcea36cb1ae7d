// Write endpoints are open on loopback; anywhere else they need `Authorization: Bearer KG_TOKEN`.
import { timingSafeEqual } from 'node:crypto';

import type { RequestHandler } from 'express';

import { isLoopbackHost } from '../config.ts';
import type { Settings } from '../config.ts';
import { KgError } from '../errors.ts';

export function requireToken(settings: Pick<Settings, 'host' | 'token'>): RequestHandler {
  if (isLoopbackHost(settings.host)) return (_req, _res, next) => next();
  const expected = settings.token === undefined ? undefined : Buffer.from(settings.token);
  return (req, _res, next) => {
    if (!expected) {
      next(new KgError('UNAUTHORIZED', 'Writes are disabled on a public address without a token', { hint: 'Start the server with KG_TOKEN set' }));
      return;
    }
    const given = Buffer.from(/^Bearer\s+(.+)$/iu.exec(req.get('authorization') ?? '')?.[1]?.trim() ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      next(new KgError('UNAUTHORIZED', 'Missing or wrong token', { hint: 'Send Authorization: Bearer $KG_TOKEN' }));
      return;
    }
    next();
  };
}
