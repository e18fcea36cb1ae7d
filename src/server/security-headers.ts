// Standard security headers (helmet) on every answer, with a Content-Security-Policy that
// allows what the viewer needs and nothing else: its own scripts, styles and API; images
// from data: and blob: (the favicon, the PNG export); the layout worker, which
// graphology-layout-forceatlas2 starts from a blob: URL. No frames, no plugins.
import helmet from 'helmet';
import type { Request, RequestHandler, Response } from 'express';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const HELMET_OPTIONS = {
  // useDefaults off: helmet's defaults would add upgrade-insecure-requests, which breaks
  // the viewer on http://127.0.0.1.
  contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  xFrameOptions: { action: 'deny' },
  // A server on http://127.0.0.1 has no HTTPS to insist on; a TLS proxy in front sets its own.
  strictTransportSecurity: false,
} as const;

export function securityHeaders(): RequestHandler {
  // Our directives are constants, so helmet's answer is the same for every request: it is
  // recorded once and replayed, rather than rebuilt by eleven middlewares per request.
  const { set, removed } = recordHeaders(helmet(HELMET_OPTIONS));
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}

function recordHeaders(middleware: RequestHandler): { set: Array<[string, string]>; removed: string[] } {
  const set = new Map<string, string>();
  const removed = new Set<string>();
  const res = {
    setHeader: (name: string, value: string) => set.set(name, value),
    removeHeader: (name: string) => {
      set.delete(name);
      removed.add(name);
    },
  };
  middleware({} as Request, res as unknown as Response, (error?: unknown) => {
    if (error) throw error;
  });
  return { set: [...set], removed: [...removed] };
}
