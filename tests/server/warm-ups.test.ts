import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { tinyGraph } from '../query/tiny-graph.ts';
import { testApp } from './test-app.ts';
import type { TestApp } from './test-app.ts';

let t: TestApp | undefined;
afterAll(() => t?.cleanup());

describe('warm-ups after a start', () => {
  it('hold the name index build while a request is under way, and finish it once none is', async () => {
    // Names enough for the build to take many slices (about a second without saved keys).
    const graph = tinyGraph();
    const model = graph.getNodeAttributes('策勒县第一小学');
    for (let i = 0; i < 20_000; i++) graph.addNode(`策勒县第${i}小学`, { ...model, label: `策勒县第${i}小学`, aliases: [] });
    const read = vi.spyOn(graph, 'getNodeAttributes');
    t = await testApp({}, graph);
    const server = t.app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      // An upload whose body is still coming, as a slow client's is.
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
      await once(socket, 'connect');
      socket.write('POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"text":');
      // Once the server has the request (a loaded machine may take a while), the build stands.
      let held = read.mock.calls.length;
      for (let waited = 0; ; waited += 50) {
        await sleep(50);
        if (read.mock.calls.length === held || waited > 10_000) break;
        held = read.mock.calls.length;
      }
      await sleep(200);
      expect(read.mock.calls.length).toBe(held);
      expect(held).toBeLessThan(graph.order);

      socket.destroy();
      for (let waited = 0; read.mock.calls.length < graph.order; waited += 20) {
        if (waited > 30_000) throw new Error(`the build stopped at ${read.mock.calls.length} of ${graph.order} names`);
        await sleep(20);
      }
    } finally {
      server.close();
      read.mockRestore();
    }
  }, 60_000);
});
