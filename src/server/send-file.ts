// Sends an export's body: pieces kept in memory, or a file through two read buffers used in
// turn, both paced. A read stream allocates a fresh buffer per read: a 151 MB export is
// 600 of 256 KB, and that outside memory makes V8 collect the server's whole heap (the graph)
// again and again — most of a cached export's time went there.
import { open } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';

const BUFFER_BYTES = 1 << 20;

// Bytes handed to sockets per turn of the event loop, across every file being sent: a write
// copies its bytes through the kernel's TCP path on this thread, and four 120 MB exports read
// and written flat out held the loop 100-200 ms a turn, with /healthz waiting behind them.
const BYTES_PER_TURN = 1 << 20;
const paceWrites = turnPacer(BYTES_PER_TURN);

/**
 * A gate that lets `bytesPerTurn` through per turn of the event loop (a larger single write
 * alone): the promise it returns resolves at once or in a later turn, first come first served.
 */
export function turnPacer(bytesPerTurn: number): (bytes: number) => Promise<void> {
  let used = 0;
  let turnEnd: Promise<void> | undefined;
  const endOfTurn = (): Promise<void> =>
    (turnEnd ??= new Promise((resolve) =>
      setImmediate(() => {
        used = 0;
        turnEnd = undefined;
        resolve();
      }),
    ));
  const full = (bytes: number) => used > 0 && used + bytes > bytesPerTurn;
  let waiting = 0;
  return async (bytes) => {
    // Behind anyone waiting, so a large write is not passed by small ones forever.
    if (waiting || full(bytes)) {
      waiting++;
      try {
        do await endOfTurn();
        while (full(bytes));
      } finally {
        waiting--;
      }
    }
    if (used === 0) void endOfTurn();
    used += bytes;
  };
}

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
      await paceWrites(bytesRead);
      if (closed) break;
      position += bytesRead;
      flushed[turn] = new Promise((resolve) => res.write(buffer.subarray(0, bytesRead), () => resolve()));
    }
    if (!closed) await Promise.race([Promise.all(flushed), gone]);
    if (!closed) await Promise.race([new Promise<void>((resolve) => res.end(resolve)), gone]);
  } finally {
    await file.close();
  }
}

/**
 * Resolves when the pieces are sent, or when the client went away mid-download. Paced like a
 * file: one write of a whole 120 MB export held the loop for as long as the socket took it.
 */
export async function sendPieces(pieces: readonly Buffer[], res: ServerResponse): Promise<void> {
  let closed = false;
  const gone = new Promise<void>((resolve) => res.once('close', () => resolve(void (closed = true))));
  for (const piece of pieces) {
    await paceWrites(piece.length);
    if (closed) return;
    // Written without a copy; past what the socket holds, the next piece waits for it to drain.
    if (!res.write(piece)) await Promise.race([new Promise((resolve) => res.once('drain', resolve)), gone]);
    if (closed) return;
  }
  await Promise.race([new Promise<void>((resolve) => res.end(resolve)), gone]);
}
