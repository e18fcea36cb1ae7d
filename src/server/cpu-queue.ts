// Runs the searches that can take long (simple paths, supporters over hubs, console queries)
// without holding the event loop: each gets a first slice at once, so the usual sub-
// millisecond query answers without queueing; a search still running after it joins a
// round-robin that runs one pause-to-pause chunk per search and gives the event loop back
// after every slice. First slices share one slice per turn of the event loop: twenty searches
// arriving together would otherwise hold it for twenty slices; the rest start in the next turns. Each search has its own CPU budget; when `maxActive` searches are
// running, another one is refused with 503 and Retry-After rather than slowing them all.
// Searches that took turns are answered one per turn: their answers are the big ones, and
// eight running out of budget together serialised a megabyte each in one go.
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
  /** Set when the search has returned or thrown; `answer` then passes it on. */
  outcome?: { value: unknown } | { error: unknown };
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export function createCpuQueue(options: CpuQueueOptions): CpuQueue {
  const tasks: Task[] = [];
  /** Searches that have not had their first slice yet, oldest first. */
  const waiting: Task[] = [];
  let next = 0;
  let scheduled = false;
  /** First-slice time spent in this turn of the event loop. */
  let firstSlicesMs = 0;
  let turnEnds = false;

  /** Finished searches from the round-robin, answered one per turn of the event loop. */
  const answering: Task[] = [];

  /** One chunk of `task`; true when it has finished (returned or thrown). */
  const advance = (task: Task): boolean => {
    const started = performance.now();
    try {
      const result = task.steps.next();
      if (result.done) task.outcome = { value: result.value };
    } catch (error) {
      task.outcome = { error };
    }
    task.spentMs += performance.now() - started;
    if (task.spentMs > task.budgetMs) task.budget.exhausted = true;
    return task.outcome !== undefined;
  };

  const answer = (task: Task): void => {
    const outcome = task.outcome!;
    if ('error' in outcome) task.reject(outcome.error);
    else task.resolve(outcome.value);
  };

  // An immediate set while immediates run waits for the next turn, after pending I/O.
  const answerNext = (): void => {
    answer(answering.shift()!);
    if (answering.length) setImmediate(answerNext);
  };
  const answerSoon = (task: Task): void => {
    answering.push(task);
    if (answering.length === 1) setImmediate(answerNext);
  };

  /** A search's first slice; then it is answered, joins the round-robin, or is refused when that is full. */
  const start = (task: Task, until: number): void => {
    while (!advance(task) && performance.now() < until);
    if (task.outcome) return answer(task);
    if (tasks.length >= options.maxActive) {
      task.steps.return(undefined);
      task.reject(busy(tasks));
      return;
    }
    tasks.push(task);
  };

  const turn = (): void => {
    scheduled = false;
    const until = performance.now() + options.sliceMs;
    while (waiting.length && performance.now() < until) start(waiting.shift()!, until);
    while (tasks.length && performance.now() < until) {
      next %= tasks.length;
      if (advance(tasks[next]!)) answerSoon(tasks.splice(next, 1)[0]!);
      else next++;
    }
    schedule();
  };

  // setImmediate runs after pending I/O, so requests waiting on the socket go first.
  const schedule = (): void => {
    if (scheduled || (!tasks.length && !waiting.length)) return;
    scheduled = true;
    setImmediate(turn);
  };

  return {
    active: () => tasks.length + waiting.length,
    run<T>(search: (budget: CpuBudget) => Steps<T>, budgetMs: number): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const budget: CpuBudget = { exhausted: false };
        const task: Task = { steps: search(budget), budget, budgetMs, spentMs: 0, resolve: resolve as (v: unknown) => void, reject };
        if (firstSlicesMs >= options.sliceMs) {
          waiting.push(task);
          schedule();
          return;
        }
        const started = performance.now();
        start(task, started + options.sliceMs - firstSlicesMs);
        firstSlicesMs += performance.now() - started;
        if (!turnEnds) {
          turnEnds = true;
          setImmediate(() => {
            firstSlicesMs = 0;
            turnEnds = false;
          });
        }
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
