// Sends an export's body: bytes kept in memory with one write, or a file through two read
// buffers used in turn. A read stream allocates a fresh buffer per read: a 151 MB export is
// 600 of 256 KB, and that outside memory makes V8 collect the server's whole heap (the graph)
// again and again — most of a cached export's time went there.
import { open } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';

const BUFFER_BYTES = 1 << 20;

/** Resolves when the file is sent, or when the client went away mid-download. */
export async function sendFile(path: string, res: ServerResponse): Promise<void> {
  const file = await open(path, 'r');
  try {
    const buffers = [Buffer.allocUnsafe(BUFFER_BYTES), Buffer.allocUnsafe(BUFFER_BYTES)];
    // A buffer is read into again only once the socket has taken what was written from it.
    const flushed: Promise<void>[] = [Promise.resolve(), Promise.resolve()];
    let closed = false;
    const gone = new Promise<void>((resolve) => res.once('close', () => resolve(void (closed = true))));
    for (let position = 0, turn = 0; !closed; turn ^= 1) {
      await Promise.race([flushed[turn], gone]);
      const buffer = buffers[turn]!;
      const { bytesRead } = await file.read(buffer, 0, BUFFER_BYTES, position);
      if (bytesRead === 0 || closed) break;
      position += bytesRead;
      flushed[turn] = new Promise((resolve) => res.write(buffer.subarray(0, bytesRead), () => resolve()));
    }
    if (!closed) await Promise.race([Promise.all(flushed), gone]);
    if (!closed) await Promise.race([new Promise<void>((resolve) => res.end(resolve)), gone]);
  } finally {
    await file.close();
  }
}

/** Resolves when the bytes are sent, or when the client went away mid-download. */
export function sendBytes(bytes: Buffer, res: ServerResponse): Promise<void> {
  // One write: the socket sends from these bytes as it can take them, without a copy.
  return new Promise((resolve) => {
    res.once('close', resolve);
    res.end(bytes, resolve);
  });
}
