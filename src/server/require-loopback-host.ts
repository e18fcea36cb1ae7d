// On a loopback bind, writes are open without a token, so they must come from this machine
// by name too: a page on attacker.example that rebinds its name to 127.0.0.1 (DNS rebinding)
// reaches the server with `Host: attacker.example` and `Origin: http://attacker.example`.
// Writes are accepted only with a loopback Host and, when an Origin is sent, the server's own.
import type { RequestHandler } from 'express';

import { isLoopbackHost } from '../config.ts';
import type { Settings } from '../config.ts';
import { KgError } from '../errors.ts';

export function requireLoopbackHost(settings: Pick<Settings, 'host'>): RequestHandler {
  // Off loopback the token guards writes, and a proxy may rewrite Host.
  if (!isLoopbackHost(settings.host)) return (_req, _res, next) => next();
  return (req, _res, next) => {
    const host = req.get('host') ?? '';
    const hostname = hostnameOf(host);
    if (hostname === null || !isLoopbackHost(hostname)) {
      next(
        new KgError('FORBIDDEN', `Writes need a loopback Host, not ${JSON.stringify(host)}`, {
          hint: 'Use http://127.0.0.1:PORT or http://localhost:PORT; to write from elsewhere, bind a public HOST and set KG_TOKEN',
        }),
      );
      return;
    }
    const origin = req.get('origin');
    if (origin !== undefined && origin !== `${req.protocol}://${host}`) {
      next(new KgError('FORBIDDEN', `Writes from the page ${JSON.stringify(origin)} are refused`, { hint: 'Only this server’s own pages may write' }));
      return;
    }
    next();
  };
}

/** The host name of a Host header (`[::1]:3000` → `[::1]`), or null when it is not one. */
function hostnameOf(host: string): string | null {
  if (host === '' || /[\s/@?#\\]/.test(host)) return null;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}
