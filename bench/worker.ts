// Child-process side of bench/child.ts: runs one task, answers once, exits.
type Task = (options: never) => Promise<unknown> | unknown;

const TASKS: Record<string, () => Promise<Task>> = {
  extraction: async () => (await import('./measure-extraction.ts')).measureExtraction as Task,
  extractionProfile: async () => (await import('./measure-extraction.ts')).profileExtraction as Task,
  build: async () => (await import('./measure-build.ts')).measureBuild as Task,
  incremental: async () => (await import('./measure-incremental.ts')).measureIncremental as Task,
  queries: async () => (await import('./measure-queries.ts')).measureQueries as Task,
  server: async () => (await import('./measure-server.ts')).measureServer as Task,
  scale: async () => (await import('./measure-scale.ts')).measureScale as Task,
  viewer: async () => (await import('./measure-viewer.ts')).measureViewer as Task,
};

process.once('message', async (message: { task: string; options: unknown }) => {
  try {
    const load = TASKS[message.task];
    if (!load) throw new Error(`unknown bench task ${message.task}`);
    const result = await (await load())(message.options as never);
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    process.send!({ ok: true, result, peakRssMb }, () => process.exit(0));
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.send!({ ok: false, error: text }, () => process.exit(1));
  }
});
