// Imported first by main.ts: zod compiles parsers with `new Function` unless told not to, and
// the page's CSP refuses eval. Jitless parsing needs nothing the CSP forbids.
import { z } from 'zod';

z.config({ jitless: true });
