// A background worker runs below the server's thread: its own nice value changes, the
// process's does not.
import { existsSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';

import { describe, expect, it } from 'vitest';

import { BACKGROUND_NICE } from '../../src/pipeline/lower-thread-priority.ts';

const MODULE = new URL('../../src/pipeline/lower-thread-priority.ts', import.meta.url).href;
const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);

describe.runIf(existsSync('/proc/thread-self'))('lowerThreadPriority', () => {
  it('lowers the calling worker thread to BACKGROUND_NICE and leaves the main thread alone', async () => {
    const before = getPriority();
    const code = `
      const { parentPort } = require('node:worker_threads');
      const { readFileSync } = require('node:fs');
      import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(MODULE)}); })
        .then(({ lowerThreadPriority }) => parentPort.postMessage({ lowered: lowerThreadPriority(), stat: readFileSync('/proc/thread-self/stat', 'utf8') }));`;
    const worker = new Worker(code, { eval: true });
    const answer = await new Promise<{ lowered: boolean; stat: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(answer.lowered).toBe(true);
    expect(niceOf(answer.stat)).toBe(BACKGROUND_NICE);
    expect(getPriority()).toBe(before);
    expect(niceOf(readFileSync('/proc/thread-self/stat', 'utf8'))).toBe(before);
  });
});
