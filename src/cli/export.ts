// `kg export --format NAME [--gexf-version 1.2|1.3] [--table nodes|edges] [--out FILE] [--types T1,T2] [--edges E1,E2]
//  [--query "LINE"] [--since Y] [--until Y] [--graph DIR] [--articles DIR]`: the graph, or part of it, in a format
//  of the export registry; --since/--until keep what the dated evidence shows in that window.
// `--format neo4j` writes a folder (--out, default neo4j-import/): the CSV files and an import.sh for
// neo4j-admin; `--out FILE.tar` writes them as the one archive the API sends.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { DEFAULT_SETTINGS } from '../config.ts';
import { InvalidInputError } from '../errors.ts';
import { subgraph } from '../export/subgraph.ts';
import { neo4jImportScript, toNeo4j } from '../export/to-neo4j.ts';
import type { KgGraph } from '../graph/build.ts';
import { exportGraphPieces } from '../export/export-graph.ts';
import { writeFileAtomic } from '../graph/store.ts';
import { CSV_TABLES, DEFAULT_WRITE_OPTIONS, exportFormat, GEXF_VERSIONS } from '../export/export-formats.ts';
import type { WriteOptions } from '../export/export-formats.ts';
import { loadServedGraph } from '../pipeline/load-served-graph.ts';
import { runQuery } from '../query/console/run-query.ts';
import { checkWindow, graphInWindow } from '../query/time-window.ts';
import { checkEdgeType, checkNodeType } from '../query/node-types.ts';
import { parseArgs } from './args.ts';

export async function run(args: string[]): Promise<number> {
  const { options } = parseArgs(args, ['format', 'table', 'out', 'types', 'edges', 'query', 'graph', 'articles', 'gexf-version', 'since', 'until']);
  const text = (name: string) => (typeof options.get(name) === 'string' ? (options.get(name) as string) : undefined);
  const format = exportFormat(text('format') ?? 'gexf').name;
  const list = (name: string) => text(name)?.split(',').map((s) => s.trim()).filter(Boolean);
  const nodeTypes = list('types')?.map(checkNodeType);
  const edgeTypes = list('edges')?.map(checkEdgeType);
  const table = oneOf(text('table') ?? DEFAULT_WRITE_OPTIONS.table, CSV_TABLES, '--table is nodes or edges (CSV only)');
  const gexfVersion = oneOf(text('gexf-version') ?? DEFAULT_WRITE_OPTIONS.gexfVersion, GEXF_VERSIONS, '--gexf-version is 1.2 or 1.3');

  const window = checkWindow({ since: text('since'), until: text('until') });
  const { graph: whole } = await loadServedGraph({
    graphDir: text('graph') ?? DEFAULT_SETTINGS.graphDir,
    articlesDir: text('articles') ?? DEFAULT_SETTINGS.articlesDir,
    log: (line) => console.error(line),
  });
  const graph = graphInWindow(whole, window);
  const query = text('query');
  const nodes = query ? runQuery(graph, query).highlight.nodes : undefined;
  if (format === 'neo4j' && !text('out')?.endsWith('.tar')) {
    const part = nodeTypes || edgeTypes || nodes ? subgraph(graph, { nodeTypes, edgeTypes, nodes }) : graph;
    await writeNeo4j(part, text('out') ?? NEO4J_DIR);
    return 0;
  }
  const writeOptions: WriteOptions = { table, gexfVersion };
  // In pieces: a big graph's GEXF is written as it is made, never held as one string.
  const { pieces, graph: part } = exportGraphPieces(graph, format, { nodeTypes, edgeTypes, nodes }, writeOptions);

  const out = text('out');
  if (out) {
    await writeFileAtomic(out, pieces);
    console.error(`wrote ${out} (${part.order} nodes, ${part.size} edges)`);
  } else process.stdout.write([...pieces].join(''));
  return 0;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], message: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new InvalidInputError(message);
  return value as T;
}

const NEO4J_DIR = 'neo4j-import';

/** The files rather than the archive the API sends: node and relationship CSVs, and import.sh. */
async function writeNeo4j(graph: KgGraph, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const files = toNeo4j(graph);
  for (const file of files) await writeFile(join(dir, file.name), file.text, 'utf8');
  const script = join(dir, 'import.sh');
  await writeFile(script, neo4jImportScript(), 'utf8');
  await chmod(script, 0o755);
  console.error(`wrote ${files.length} CSV files and import.sh to ${dir}/ (${graph.order} nodes, ${graph.size} edges)`);
  console.error(`import: ${script} [DATABASE]   (neo4j-admin on the PATH or NEO4J_HOME set; the database must not exist yet)`);
}
