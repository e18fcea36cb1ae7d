// `kg serve [--port N] [--host H] [--graph DIR] [--articles DIR] [--web DIR] [--overview-above N]
// [--overview-nodes N]`: build if needed, serve API and viewer, stop cleanly on SIGINT/SIGTERM.
// PORT, HOST, KG_TOKEN work too.
import { resolveSettings } from '../config.ts';
import { startServer } from '../server/start-server.ts';
import { parseArgs } from './args.ts';

export async function run(args: string[]): Promise<number> {
  const { options } = parseArgs(args, ['port', 'host', 'graph', 'articles', 'web', 'overview-above', 'overview-nodes']);
  const text = (name: string) => {
    const value = options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const number = (name: string) => (text(name) === undefined ? undefined : Number(text(name)));
  const settings = resolveSettings(
    {
      port: number('port'),
      overviewAbove: number('overview-above'),
      overviewNodes: number('overview-nodes'),
      host: text('host'),
      graphDir: text('graph'),
      articlesDir: text('articles'),
      webDir: text('web'),
    },
    process.env,
  );
  const running = await startServer(settings);
  console.log(`serving the graph and viewer on ${running.url}  (API: ${running.url}/api)`);

  return new Promise<number>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      console.log(`${signal}: closing…`);
      running.close().then(
        () => resolve(0),
        (error: unknown) => {
          console.error(error);
          resolve(1);
        },
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
