// The real server in-process for browser tests: the seed graph (graph/ when it is up to date,
// else built from seeds/) in a temp dir, and the viewer freshly built by Vite into another,
// listening on an ephemeral port of 127.0.0.1.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'vite';

import { resolveSettings } from '../../src/config.ts';
import type { Settings } from '../../src/config.ts';
import { needsBuild } from '../../src/pipeline/load-served-graph.ts';
import { startServer } from '../../src/server/start-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface TestServer {
  url: string;
  graphDir: string;
  close(): Promise<void>;
}

/** Builds the viewer (Vite) into `outDir`; also usable by the bench. */
export async function buildViewer(outDir: string): Promise<void> {
  await build({
    configFile: join(root, 'web/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/**
 * `webDir`: a viewer already built (the bench builds one for all its pages); else one is built.
 * `settings`: overrides, such as a lower overview threshold.
 */
export async function startTestServer(options: { webDir?: string; settings?: Partial<Settings> } = {}): Promise<TestServer> {
  const scratch = mkdtempSync(join(tmpdir(), 'kg-e2e-'));
  const graphDir = join(scratch, 'graph');
  const webDir = options.webDir ?? join(scratch, 'web');
  const articlesDir = join(root, 'seeds');
  const builtGraph = join(root, 'graph');
  // A copy, so the tests never write to the checkout's graph; a stale one is rebuilt by the server.
  if (existsSync(join(builtGraph, 'graph.json')) && !(await needsBuild(builtGraph, articlesDir)))
    cpSync(builtGraph, graphDir, { recursive: true });
  if (!options.webDir) await buildViewer(webDir);
  const settings = resolveSettings({ ...options.settings, host: '127.0.0.1', port: 0, graphDir, articlesDir, webDir });
  const running = await startServer(settings, () => {});
  return {
    url: running.url,
    graphDir,
    async close() {
      await running.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
