// `kg query "LINE" [--graph DIR] [--articles DIR] [--json]`: one console line against the
// graph; without a line, a prompt that reads lines until end of input.
// `kg query --cypher "LINE"`: the same question as Cypher, for the graph exported to Neo4j.
import { createInterface } from 'node:readline';

import { DEFAULT_SETTINGS } from '../config.ts';
import { InvalidInputError, KgError } from '../errors.ts';
import { toCypher } from '../export/to-cypher.ts';
import type { KgGraph } from '../graph/build.ts';
import { loadServedGraph } from '../pipeline/load-served-graph.ts';
import { TYPE_WORDS_HELP } from '../query/console/console-help.ts';
import { formatTable } from '../query/console/format-table.ts';
import { runQuery } from '../query/console/run-query.ts';
import { resolveName } from '../query/resolve-name.ts';
import { parseArgs } from './args.ts';

export async function run(args: string[]): Promise<number> {
  const { positionals, options } = parseArgs(args, ['graph', 'articles']);
  const graphDir = String(options.get('graph') ?? DEFAULT_SETTINGS.graphDir);
  const articlesDir = String(options.get('articles') ?? DEFAULT_SETTINGS.articlesDir);
  const json = options.has('json');
  const { graph } = await loadServedGraph({ graphDir, articlesDir, log: (line) => console.error(line) });

  const line = positionals.join(' ').trim();
  if (options.has('cypher')) {
    if (!line) throw new InvalidInputError('--cypher needs a console line', { hint: 'e.g. kg query --cypher "who supports 阿克陶县人民医院"' });
    console.log(toCypher(line, (name) => resolveName(graph, name)));
    return 0;
  }
  if (line) return answer(graph, line, json) ? 0 : 1;

  const prompt = createInterface({ input: process.stdin, output: process.stdout, prompt: 'kg> ', terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    console.log(`${graph.order} nodes, ${graph.size} edges. Type help, or a line such as: who supports 阿克陶县人民医院`);
    prompt.prompt();
  }
  for await (const input of prompt) {
    if (input.trim()) answer(graph, input, json);
    if (process.stdin.isTTY) prompt.prompt();
  }
  return 0;
}

/** Prints the answer (or the error, pointing at the wrong word); false on error. */
function answer(graph: KgGraph, line: string, json: boolean): boolean {
  try {
    const result = runQuery(graph, line);
    if (json) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(formatTable(result.rows));
      for (const note of result.notes ?? []) console.log(note);
      if (result.kind === 'help') console.log(`\n${TYPE_WORDS_HELP}`);
      if (result.truncated) console.log('(more rows exist than shown)');
    }
    return true;
  } catch (error) {
    if (!(error instanceof KgError)) throw error;
    console.error(`error: ${error.message}${error.hint ? `\n${error.hint}` : ''}`);
    return false;
  }
}
