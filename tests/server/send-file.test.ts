import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { sendFile, sendPieces, turnPacer } from '../../src/server/send-file.ts';

let server: Server | undefined;
afterEach(() => server?.close());

/** A server answering every request with `send(res)`; `done` gets each send's promise. Its URL. */
function serveWith(send: (res: ServerResponse) => Promise<void>, done: (result: Promise<void>) => void): Promise<string> {
  return new Promise<string>((resolve) => {
    server = createServer((_req, res) => done(send(res)));
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/`));
  });
}

describe('sendFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-send-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const serve = (path: string, done: (result: Promise<void>) => void) => serveWith((res) => sendFile(path, res), done);

  it('sends a file of several read buffers byte for byte', async () => {
    // 5.5 buffers: both buffers are reused, and the last read is a short one.
    const bytes = randomBytes(5.5 * (1 << 20));
    const path = join(dir, 'export.gexf');
    writeFileSync(path, bytes);
    let sent: Promise<void> | undefined;
    const url = await serve(path, (result) => (sent = result));
    const body = await (await fetch(url)).arrayBuffer();
    await sent;
    expect(Buffer.from(body).equals(bytes)).toBe(true);
  });

  it('sends an empty file as an empty body', async () => {
    const path = join(dir, 'empty.csv');
    writeFileSync(path, '');
    const url = await serve(path, () => undefined);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it('stops and closes the file when the client goes away mid-download', async () => {
    const path = join(dir, 'big.gexf');
    writeFileSync(path, randomBytes(64 << 20));
    let sent: Promise<void> | undefined;
    const url = await serve(path, (result) => (sent = result));
    await new Promise<void>((resolve) => {
      const req = get(url, (res) => res.once('data', () => (req.destroy(), resolve())));
    });
    // Resolves rather than hanging on a write the socket will never take.
    await expect(sent).resolves.toBeUndefined();
  });

  it('rejects for a file that is not there, before anything is sent', async () => {
    const res = { write: () => expect.unreachable('nothing written') } as never;
    await expect(sendFile(join(dir, 'missing.gexf'), res)).rejects.toThrow(/ENOENT/);
  });
});

describe('sendPieces', () => {
  const serve = (pieces: Buffer[], done: (result: Promise<void>) => void) => serveWith((res) => sendPieces(pieces, res), done);
  const piecesOf = (bytes: Buffer, size: number) => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

  it('sends the pieces in order as one body, and resolves once they are sent', async () => {
    const bytes = randomBytes(5.5 * (1 << 20));
    let sent: Promise<void> | undefined;
    const url = await serve(piecesOf(bytes, 1 << 20), (result) => (sent = result));
    const body = await (await fetch(url)).arrayBuffer();
    await sent;
    expect(Buffer.from(body).equals(bytes)).toBe(true);
  });

  it('hands the socket at most a megabyte a turn, across two downloads at once', async () => {
    const pieces = piecesOf(randomBytes(4 << 20), 1 << 19);
    // Bytes written per turn of the event loop, the turns marked by a setImmediate chain.
    const perTurn: number[] = [0];
    let counting = true;
    const mark = () => counting && setImmediate(() => (perTurn.push(0), mark()));
    mark();
    const url = await serveWith((res) => {
      const write = res.write.bind(res) as (chunk: Buffer) => boolean;
      res.write = ((chunk: Buffer) => ((perTurn[perTurn.length - 1]! += chunk.length), write(chunk))) as typeof res.write;
      return sendPieces(pieces, res);
    }, () => undefined);
    const bodies = await Promise.all([url, url].map(async (u) => (await (await fetch(u)).arrayBuffer()).byteLength));
    counting = false;
    expect(bodies).toEqual([4 << 20, 4 << 20]);
    expect(Math.max(...perTurn)).toBe(1 << 20);
  });

  it('resolves when the client goes away mid-download', async () => {
    let sent: Promise<void> | undefined;
    const url = await serve(piecesOf(randomBytes(64 << 20), 1 << 20), (result) => (sent = result));
    await new Promise<void>((resolve) => {
      const req = get(url, (res) => res.once('data', () => (req.destroy(), resolve())));
    });
    await expect(sent).resolves.toBeUndefined();
  });
});

describe('turnPacer', () => {
  /** The writes of `sizes` through a 1,000-byte pacer, in the order they pass, between the ends of the event loop's turns. */
  async function passing(sizes: number[]): Promise<string[]> {
    const pace = turnPacer(1000);
    const order: string[] = [];
    // Markers of the event loop's turns, queued before the pacer's own.
    setImmediate(() => {
      order.push('turn 1 ends');
      setImmediate(() => order.push('turn 2 ends'));
    });
    await Promise.all(sizes.map((size, i) => pace(size).then(() => order.push(`w${i}`))));
    return order;
  }

  it('lets its bytes a turn through, first come first served, and the rest in later turns', async () => {
    expect(await passing([600, 600, 600])).toEqual(['w0', 'turn 1 ends', 'w1', 'turn 2 ends', 'w2']);
  });

  it('lets small writes share a turn, a larger one through alone, and keeps their order', async () => {
    expect(await passing([300, 300, 5000, 300])).toEqual(['w0', 'w1', 'turn 1 ends', 'w2', 'turn 2 ends', 'w3']);
  });
});
