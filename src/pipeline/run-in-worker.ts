// Runs a worker module of src/pipeline/ to its one answer: `{ok: true, …}` resolves,
// `{ok: false, error, code?}` rejects (as a KgError when it carries a code).
import { KgError } from '../errors.ts';
import type { ErrorCode } from '../errors.ts';
import { startWorker } from './start-worker.ts';

export function runInWorker<T>(module: URL, job: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(module, job);
    let answered = false;
    worker.once('message', (message: { ok: boolean; error?: string; code?: ErrorCode } & T) => {
      answered = true;
      if (message.ok) resolve(message);
      else reject(message.code ? new KgError(message.code, message.error!) : new Error(message.error));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`worker ${module.pathname} stopped (exit code ${code})`));
    });
  });
}
