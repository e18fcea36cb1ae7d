// 405 with an Allow header for a known path asked with the wrong method.
import type { RequestHandler } from 'express';

export function methodNotAllowed(allowed: string[]): RequestHandler {
  return (req, res) => {
    res.set('Allow', allowed.join(', '));
    res.status(405).json({ error: `${req.method} is not allowed on ${req.path}`, hint: `Use ${allowed.join(' or ')}` });
  };
}
