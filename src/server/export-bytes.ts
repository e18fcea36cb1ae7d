// Export files also kept in memory, up to a byte budget, the least recently sent dropped
// first: a kept export is sent from bytes that live outside V8's heap, where streaming the
// file read each megabyte into the server's memory again (on libuv's pool) and woke the
// server's thread twice per megabyte. The files stay the record; this is a copy.
//
// The copy is read and kept in 1 MB pieces, one read at a time: V8 counts buffers as outside
// memory, and one 120 MB buffer made it collect the whole heap (the graph) in a single pause
// of hundreds of ms; pieces coming in over many turns let it mark the heap in small steps.
import { open } from 'node:fs/promises';

import { LRUCache } from 'lru-cache';

export const PIECE_BYTES = 1 << 20;

export interface ExportBytes {
  /**
   * The file's bytes when kept, in pieces. When not, undefined, and the file (`size` bytes) is
   * read in the background for the next request if it fits the budget.
   */
  get(path: string, size: number): readonly Buffer[] | undefined;
  /** Forgets a file that is removed. */
  drop(path: string): void;
  clear(): void;
}

export function createExportBytes(maxBytes: number): ExportBytes {
  const kept = new LRUCache<string, readonly Buffer[]>({ maxSize: maxBytes, sizeCalculation: (pieces) => Math.max(1, byteLength(pieces)) });
  // Reads under way; a file dropped meanwhile is not kept when its read ends.
  const reading = new Map<string, Promise<void>>();
  return {
    get(path, size) {
      const pieces = kept.get(path);
      if (pieces || size > maxBytes || reading.has(path)) return pieces;
      const read: Promise<void> = readPieces(path)
        .then((data) => void (reading.get(path) === read && kept.set(path, data)))
        .catch(() => undefined)
        .finally(() => reading.get(path) === read && reading.delete(path));
      reading.set(path, read);
      return undefined;
    },
    drop(path) {
      kept.delete(path);
      reading.delete(path);
    },
    clear() {
      kept.clear();
      reading.clear();
    },
  };
}

/** The file in pieces of `PIECE_BYTES` (the last one shorter), read one after another. */
export async function readPieces(path: string): Promise<Buffer[]> {
  const file = await open(path, 'r');
  try {
    const pieces: Buffer[] = [];
    for (;;) {
      const piece = Buffer.allocUnsafeSlow(PIECE_BYTES);
      const { bytesRead } = await file.read(piece, 0, PIECE_BYTES, null);
      if (bytesRead === 0) return pieces;
      pieces.push(bytesRead === PIECE_BYTES ? piece : Buffer.from(piece.subarray(0, bytesRead)));
    }
  } finally {
    await file.close();
  }
}

const byteLength = (pieces: readonly Buffer[]): number => pieces.reduce((sum, piece) => sum + piece.length, 0);
