// POST bodies must be JSON objects; anything else is a 415 or a 400, not an empty body.
import type { RequestHandler } from 'express';

export const requireJson: RequestHandler = (req, res, next) => {
  if (!req.is('application/json')) {
    res.status(415).json({ error: 'Send the body as JSON', hint: 'Content-Type: application/json' });
    return;
  }
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
    res.status(400).json({ error: 'The body must be a JSON object' });
    return;
  }
  next();
};
