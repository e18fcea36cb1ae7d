// Starts a worker thread on a module of this project. Under tsx (development, tests) the
// module is TypeScript, which a bare worker cannot load: the worker registers tsx's loader
// first, found from here so it resolves wherever the process was started.
import { Worker } from 'node:worker_threads';

export function startWorker(module: URL, workerData: unknown): Worker {
  if (!module.pathname.endsWith('.ts')) return new Worker(module, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(code, { eval: true, workerData });
}
