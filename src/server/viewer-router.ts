// The viewer's static files from web/dist when built; else a notice at / saying how to build it.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import express, { Router } from 'express';

export function viewerRouter(webDir: string): Router {
  const router = Router();
  const root = resolve(webDir);
  if (existsSync(join(root, 'index.html'))) {
    router.use(express.static(root, { index: 'index.html', fallthrough: true }));
    return router;
  }
  router.get('/', (_req, res) => {
    res.status(503).json({
      error: 'The viewer is not built',
      hint: 'Run `npm run build:web` (Vite builds web/ into web/dist), then restart. The API works meanwhile: GET /api',
    });
  });
  return router;
}
