// Runs one measurement in its own Node process (tsx), so its memory and JIT state are its
// own: the parent sends a task name and options, the child answers with the result and its
// peak RSS. A child that overruns its time limit is killed.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ChildResult<T> {
  result: T;
  /** process.resourceUsage().maxRSS of the child, in MB. */
  peakRssMb: number;
  seconds: number;
}

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

export function runInChild<T>(
  task: string,
  options: unknown,
  { timeoutMs = 300_000, execArgv = [] as string[] } = {},
): Promise<ChildResult<T>> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], {
      execArgv: ['--import', 'tsx', '--max-old-space-size=4096', ...execArgv],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let answer: { ok: boolean; result?: T; error?: string; peakRssMb?: number } | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${task}: no answer within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('message', (message) => {
      answer = message as typeof answer;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (answer?.ok) resolve({ result: answer.result as T, peakRssMb: answer.peakRssMb ?? Number.NaN, seconds: (performance.now() - started) / 1000 });
      else reject(new Error(`${task}: ${answer?.error ?? `child exited with ${signal ?? code}`}`));
    });
    child.send({ task, options });
  });
}
