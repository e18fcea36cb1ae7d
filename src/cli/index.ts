// The kg command: `npm run kg -- <command> [args]`. Each command lives in its
// own module and exports `run(args): Promise<number>` (the exit code).

import { KgError } from '../errors.ts';
import { EXPORT_FORMAT_NAMES } from '../export/export-formats.ts';

type Command = { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> };

const COMMANDS: Record<string, Command> = {
  build: { summary: 'build [ARTICLES_DIR] [--out GRAPH_DIR]   articles → graph/graph.json and graph.gexf', load: () => import('./build.ts') },
  extract: { summary: 'extract FILE                            entities and relations of one article, as JSON', load: () => import('./extract.ts') },
  query: { summary: 'query "CONSOLE LINE" [--graph DIR]      ask the graph (path, who supports, neighbors, find, help)', load: () => import('./query.ts') },
  export: { summary: `export --format ${EXPORT_FORMAT_NAMES.join('|')}   write the graph in another format`, load: () => import('./export.ts') },
  serve: { summary: 'serve                                   build if needed, then serve API and viewer', load: () => import('./serve.ts') },
};

function usage(): string {
  return ['usage: npm run kg -- <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof KgError) {
      console.error(`error: ${error.message}${error.hint ? `\nhint: ${error.hint}` : ''}`);
      process.exitCode = 1;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  },
);
