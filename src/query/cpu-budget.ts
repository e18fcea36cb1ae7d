// Long searches (simple paths, supporters over hubs) are generators that pause every few
// hundred steps: whoever drives them decides whether to go on now or let other work run
// first, and marks the budget exhausted once the search has had its share of CPU time. The
// CLI drives them straight through; the server interleaves them with other requests.

/** What a search reads after each pause: true once it has used up its CPU time. */
export interface CpuBudget {
  exhausted: boolean;
}

/** A search that pauses (`yield`s) between chunks of work and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/**
 * Runs `start(budget)` to the end on this thread, marking the budget exhausted `ms` after its
 * first pause: what comes before (parsing, resolving names, loading a dictionary on first
 * use) is not the search the budget bounds.
 */
export function runSteps<T>(start: (budget: CpuBudget) => Steps<T>, ms: number): T {
  const budget: CpuBudget = { exhausted: false };
  let deadline = Number.POSITIVE_INFINITY;
  const steps = start(budget);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    const now = performance.now();
    if (deadline === Number.POSITIVE_INFINITY) deadline = now + ms;
    else if (!budget.exhausted && now > deadline) budget.exhausted = true;
  }
}

/** A search that pauses, run straight through. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Calls `step` until it returns true, about `sliceMs` of calls per turn of the event loop (at
 * least one), for work done in the background (a server's warm-ups). While `holdOff()` is
 * true it waits, `sliceMs` at a time. Resolves once `step` has returned true.
 */
export function runInSlices(step: () => boolean, sliceMs: number, holdOff: () => boolean = () => false): Promise<void> {
  return new Promise((resolve) => {
    const turn = (): void => {
      if (holdOff()) return void setTimeout(turn, sliceMs);
      const until = performance.now() + sliceMs;
      do if (step()) return resolve();
      while (performance.now() < until);
      setImmediate(turn);
    };
    turn();
  });
}
