// Order statistics for the bench: medians and percentiles of repeated runs.

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: p99 of 100 samples is the 99th smallest.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Latency {
  runs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * Calls `fn` once per input after `warmup` untimed calls; latency in milliseconds. Stops
 * early once `budgetMs` is spent (at least 5 timed calls), so a slow query cannot stall the bench.
 */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown, { warmup = 10, budgetMs = 20_000 } = {}): Latency {
  for (let i = 0; i < Math.min(warmup, inputs.length); i++) fn(inputs[i]!);
  const times: number[] = [];
  let spent = 0;
  for (const input of inputs) {
    const started = performance.now();
    fn(input);
    const ms = performance.now() - started;
    times.push(ms);
    spent += ms;
    if (spent > budgetMs && times.length >= 5) break;
  }
  return { runs: times.length, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), maxMs: Math.max(...times) };
}

export const MB = 1024 * 1024;
