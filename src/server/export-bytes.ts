// Export files also kept in memory, up to a byte budget, the least recently sent dropped
// first: a kept export is sent with one write of bytes that live outside V8's heap, where
// streaming the file read each megabyte into the server's memory again (on libuv's pool) and
// woke the server's thread twice per megabyte. The files stay the record; this is a copy.
import { readFile } from 'node:fs/promises';

import { LRUCache } from 'lru-cache';

export interface ExportBytes {
  /**
   * The file's bytes when kept. When not, undefined, and the file (`size` bytes) is read in the
   * background for the next request if it fits the budget.
   */
  get(path: string, size: number): Buffer | undefined;
  /** Forgets a file that is removed. */
  drop(path: string): void;
  clear(): void;
}

export function createExportBytes(maxBytes: number): ExportBytes {
  const kept = new LRUCache<string, Buffer>({ maxSize: maxBytes, sizeCalculation: (bytes) => Math.max(1, bytes.length) });
  // Reads under way; a file dropped meanwhile is not kept when its read ends.
  const reading = new Map<string, Promise<void>>();
  return {
    get(path, size) {
      const bytes = kept.get(path);
      if (bytes || size > maxBytes || reading.has(path)) return bytes;
      const read: Promise<void> = readFile(path)
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
