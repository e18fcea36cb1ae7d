// Builds the viewer into web/dist as static files the server serves at `/`; no CDN, everything bundled.
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

const webDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webDir,
  // Relative asset URLs, so the page also works when served under a sub-path.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm run dev:web` style development against a running `kg serve`.
    proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' },
  },
});
