// Standard security headers (helmet) on every answer, with a Content-Security-Policy that
// allows what the viewer needs and nothing else: its own scripts, styles and API; images
// from data: and blob: (the favicon, the PNG export); the layout worker, which
// graphology-layout-forceatlas2 starts from a blob: URL. No frames, no plugins.
import helmet from 'helmet';
import type { RequestHandler } from 'express';

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

export function securityHeaders(): RequestHandler {
  return helmet({
    // useDefaults off: helmet's defaults would add upgrade-insecure-requests, which breaks
    // the viewer on http://127.0.0.1.
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    xFrameOptions: { action: 'deny' },
    // A server on http://127.0.0.1 has no HTTPS to insist on; a TLS proxy in front sets its own.
    strictTransportSecurity: false,
  });
}
