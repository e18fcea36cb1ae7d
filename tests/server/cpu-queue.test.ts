import { describe, expect, it } from 'vitest';

import { KgError } from '../../src/errors.ts';
import type { CpuBudget, Steps } from '../../src/query/cpu-budget.ts';
import { createCpuQueue } from '../../src/server/cpu-queue.ts';

/** Busy-waits `ms` of CPU per chunk for `chunks` chunks (or until the budget is spent); returns the chunks run. */
function* spin(budget: CpuBudget, chunks: number, ms = 1): Steps<number> {
  let done = 0;
  while (done < chunks && !budget.exhausted) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    done++;
    yield;
  }
  return done;
}

const errorOf = async (promise: Promise<unknown>): Promise<KgError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KgError) return error;
    throw error;
  }
  throw new Error('expected a KgError');
};

describe('createCpuQueue', () => {
  it('answers a short search within its first slice, without queueing it', async () => {
    const queue = createCpuQueue({ maxActive: 1, sliceMs: 1000 });
    const answer = queue.run((budget) => spin(budget, 3), 1000);
    expect(queue.active()).toBe(0);
    expect(await answer).toBe(3);
  });

  it('lets the event loop turn while long searches run', async () => {
    const queue = createCpuQueue({ maxActive: 4, sliceMs: 5 });
    const answers = [queue.run((budget) => spin(budget, 100), 10_000), queue.run((budget) => spin(budget, 100), 10_000)];
    // A timer set now fires while both are still running: the loop was not held.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queue.active()).toBe(2);
    expect(await Promise.all(answers)).toEqual([100, 100]);
    expect(queue.active()).toBe(0);
  });

  it('gives searches arriving together one first slice between them, and starts the rest in later turns', async () => {
    const queue = createCpuQueue({ maxActive: 20, sliceMs: 5 });
    let chunks = 0;
    function* counted(budget: CpuBudget): Steps<number> {
      const done = yield* spin(budget, 20);
      chunks += done;
      return done;
    }
    let ranNow = 0;
    const answers = Array.from({ length: 10 }, () =>
      queue.run(function* (budget) {
        for (let i = 0; i < 20; i++) {
          const until = performance.now() + 1;
          while (performance.now() < until);
          ranNow++;
          yield;
        }
        return yield* counted(budget);
      }, 10_000),
    );
    // One slice of 5 ms holds at most 6 chunks of 1 ms; a slice each would have run 50.
    expect(ranNow).toBeLessThanOrEqual(6);
    expect(queue.active()).toBe(10);
    expect(await Promise.all(answers)).toEqual(Array(10).fill(20));
    expect(chunks).toBe(200);
  });

  it('answers searches that finish in the same turn in different turns, the I/O between them first', async () => {
    const queue = createCpuQueue({ maxActive: 4, sliceMs: 20 });
    // Turns of the event loop, counted by a chain of immediates.
    let turn = 0;
    let counting = true;
    const count = (): void => void (counting && setImmediate(() => (turn++, count())));
    count();
    // Both outlast their first slices, then finish side by side in one round-robin slice.
    const answeredIn = await Promise.all([0, 1].map(() => queue.run((budget) => spin(budget, 30), 10_000).then(() => turn)));
    counting = false;
    expect(new Set(answeredIn).size).toBe(2);
  });

  it('stops a search once it has used its own CPU budget', async () => {
    const queue = createCpuQueue({ maxActive: 4, sliceMs: 5 });
    const started = performance.now();
    const chunks = await queue.run((budget) => spin(budget, 1_000_000, 1), 30);
    expect(chunks).toBeLessThan(1_000_000);
    expect(performance.now() - started).toBeGreaterThanOrEqual(30);
  });

  it('refuses a long search when full, with the seconds to wait, and still answers short ones', async () => {
    const queue = createCpuQueue({ maxActive: 1, sliceMs: 20 });
    const first = queue.run((budget) => spin(budget, 200), 2500);
    const refused = await errorOf(queue.run((budget) => spin(budget, 200), 2500));
    expect(refused.code).toBe('BUSY');
    expect(refused.details).toEqual({ retryAfter: 3 });
    expect(await queue.run((budget) => spin(budget, 1, 0.1), 2500)).toBe(1);
    expect(await first).toBe(200);
  });

  it('passes on what a search throws', async () => {
    const queue = createCpuQueue({ maxActive: 1, sliceMs: 5 });
    // eslint-disable-next-line require-yield
    function* failing(): Steps<number> {
      throw new KgError('NOT_FOUND', 'No entity named "某"');
    }
    expect((await errorOf(queue.run(() => failing(), 100))).code).toBe('NOT_FOUND');
  });
});
