// The bundle `npm start` runs: plain Node serves the same answers as the sources under tsx,
// and what resolves files by `import.meta.url` (gazetteer data for a posted article, the
// export and snapshot workers) still finds them.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { bundleServer } from '../../scripts/bundle-server.ts';
import { createApp } from '../../src/server/create-app.ts';
import { loadGraph } from '../../src/graph/store.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = join(ROOT, 'graph');

let scratch: string;
let bundle: string;
let server: ChildProcess;
let url: string;
let output = '';

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'kg-bundle-'));
  cpSync(SEED, join(scratch, 'graph'), { recursive: true });
  // Inside the project, so the bundle's package imports resolve from node_modules.
  bundle = await bundleServer(join(ROOT, 'src/cli/index.ts'), join(ROOT, `dist/test-${process.pid}/kg.mjs`));
  server = spawn(
    process.execPath,
    [bundle, 'serve', '--port', '0', '--host', '127.0.0.1', '--graph', join(scratch, 'graph'), '--articles', join(scratch, 'none'), '--web', join(scratch, 'web')],
    { env: { ...process.env, PORT: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  url = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /serving the graph and viewer on (http:\/\/\S+)/.exec(output);
      if (m) resolve(m[1]!);
    });
    server.once('exit', (code) => reject(new Error(`the bundled server exited with ${code}: ${output}`)));
  });
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(join(ROOT, `dist/test-${process.pid}`), { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('bundleServer', () => {
  it('serves the seed graph with the answers the sources give', async () => {
    const app = createApp({ graph: await loadGraph(SEED) });
    for (const path of ['/api/stats', '/api/search?q=阿克苏', '/api/nodes/' + encodeURIComponent('上海市'), '/api/path?from=上海市&to=莎车县']) {
      const expected = await request(app).get(path);
      const got = await fetch(url + path);
      expect({ path, status: got.status, body: await got.json() }).toEqual({ path, status: expected.status, body: expected.body });
    }
  });

  it('extracts a posted article with the gazetteer files the sources read', async () => {
    const res = await fetch(`${url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '上海市对口支援新疆喀什地区莎车县，援建莎车县人民医院。', title: '测试', date: '2025-01-02' }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { nodes: string[] };
    expect(body.nodes).toEqual(['上海市', '新疆维吾尔自治区', '喀什地区', '莎车县', '莎车县人民医院']);
  });

  it('makes an export in its worker thread', async () => {
    const res = await fetch(`${url}/api/export?format=gexf`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<gexf');
  });
});
