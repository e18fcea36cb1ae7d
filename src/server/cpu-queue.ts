// Runs the searches that can take long (simple paths, supporters over hubs, console queries)
// without holding the event loop: each gets a first slice at once, so the usual sub-
// millisecond query answers without queueing; a search still running after it joins a
// round-robin that runs one pause-to-pause chunk per search and gives the event loop back
// after every slice. Each search has its own CPU budget; when `maxActive` searches are
// running, another one is refused with 503 and Retry-After rather than slowing them all.
import { KgError } from '../errors.ts';
import type { CpuBudget, Steps } from '../query/cpu-budget.ts';

export interface CpuQueueOptions {
  /** Searches running at once at most. */
  maxActive: number;
  /** Longest stretch of search work before the event loop gets its turn. */
  sliceMs: number;
}

export interface CpuQueue {
  /** Runs `start(budget)`, which gets `budgetMs` of CPU; rejects with a BUSY error when full. */
  run<T>(start: (budget: CpuBudget) => Steps<T>, budgetMs: number): Promise<T>;
  /** Searches running now. */
  active(): number;
}

interface Task {
  steps: Steps<unknown>;
  budget: CpuBudget;
  budgetMs: number;
  spentMs: number;
  done: boolean;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export function createCpuQueue(options: CpuQueueOptions): CpuQueue {
  const tasks: Task[] = [];
  let next = 0;
  let scheduled = false;

  /** One chunk of `task`; true when it has finished (answered or failed). */
  const advance = (task: Task): boolean => {
    const started = performance.now();
    try {
      const result = task.steps.next();
      if (result.done) {
        task.done = true;
        task.resolve(result.value);
      }
    } catch (error) {
      task.done = true;
      task.reject(error);
    }
    task.spentMs += performance.now() - started;
    if (task.spentMs > task.budgetMs) task.budget.exhausted = true;
    return task.done;
  };

  const turn = (): void => {
    scheduled = false;
    const until = performance.now() + options.sliceMs;
    while (tasks.length && performance.now() < until) {
      next %= tasks.length;
      if (advance(tasks[next]!)) tasks.splice(next, 1);
      else next++;
    }
    schedule();
  };

  // setImmediate runs after pending I/O, so requests waiting on the socket go first.
  const schedule = (): void => {
    if (scheduled || !tasks.length) return;
    scheduled = true;
    setImmediate(turn);
  };

  return {
    active: () => tasks.length,
    run<T>(start: (budget: CpuBudget) => Steps<T>, budgetMs: number): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const budget: CpuBudget = { exhausted: false };
        const task: Task = { steps: start(budget), budget, budgetMs, spentMs: 0, done: false, resolve: resolve as (v: unknown) => void, reject };
        const until = performance.now() + options.sliceMs;
        while (!advance(task) && performance.now() < until);
        if (task.done) return;
        if (tasks.length >= options.maxActive) {
          task.steps.return(undefined);
          reject(busy(tasks));
          return;
        }
        tasks.push(task);
        schedule();
      });
    },
  };
}

/** 503 with a Retry-After of the CPU time the running searches may still take, in seconds. */
function busy(tasks: Task[]): KgError {
  const leftMs = tasks.reduce((sum, t) => sum + Math.max(0, t.budgetMs - t.spentMs), 0);
  const retryAfter = Math.max(1, Math.ceil(leftMs / 1000));
  return new KgError('BUSY', `The server is answering ${tasks.length} long queries; try again in ${retryAfter} s`, {
    hint: 'Narrow the query (via, max, a type) to make it cheaper',
    details: { retryAfter },
  });
}
