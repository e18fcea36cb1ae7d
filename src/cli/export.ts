// `kg export --format gexf|graphml|json|csv [--gexf-version 1.2|1.3] [--table nodes|edges] [--out FILE] [--types T1,T2] [--edges E1,E2]
//  [--query "LINE"] [--graph DIR]`: the graph, or part of it, in another format.
import { writeFile } from 'node:fs/promises';

import { DEFAULT_SETTINGS } from '../config.ts';
import { InvalidInputError } from '../errors.ts';
import { runQuery } from '../query/console/run-query.ts';
import { checkEdgeType, checkNodeType } from '../query/node-types.ts';
import { EXPORT_FORMATS, exportGraph } from '../server/export-formats.ts';
import type { ExportFormat } from '../server/export-formats.ts';
import { loadServedGraph } from '../server/load-served-graph.ts';
import { parseArgs } from './args.ts';
import { runBuild } from './build.ts';

export async function run(args: string[]): Promise<number> {
  const { options } = parseArgs(args, ['format', 'table', 'out', 'types', 'edges', 'query', 'graph', 'articles', 'gexf-version']);
  const text = (name: string) => (typeof options.get(name) === 'string' ? (options.get(name) as string) : undefined);
  const format = text('format') ?? 'gexf';
  if (!(format in EXPORT_FORMATS))
    throw new InvalidInputError(`Unknown format "${format}"`, { hint: `Formats: ${Object.keys(EXPORT_FORMATS).join(', ')}` });
  const list = (name: string) => text(name)?.split(',').map((s) => s.trim()).filter(Boolean);
  const nodeTypes = list('types')?.map(checkNodeType);
  const edgeTypes = list('edges')?.map(checkEdgeType);

  const { graph } = await loadServedGraph({
    graphDir: text('graph') ?? DEFAULT_SETTINGS.graphDir,
    articlesDir: text('articles') ?? DEFAULT_SETTINGS.articlesDir,
    build: runBuild,
    log: (line) => console.error(line),
  });
  const query = text('query');
  const nodes = query ? runQuery(graph, query).highlight.nodes : undefined;
  const table = text('table') ?? 'edges';
  if (table !== 'nodes' && table !== 'edges') throw new InvalidInputError('--table is nodes or edges (CSV only)');
  const gexfVersion = text('gexf-version') ?? '1.2';
  if (gexfVersion !== '1.2' && gexfVersion !== '1.3') throw new InvalidInputError('--gexf-version is 1.2 or 1.3');
  const { body: output, graph: part } = exportGraph(graph, format as ExportFormat, { nodeTypes, edgeTypes, nodes }, { table, gexfVersion });

  const out = text('out');
  if (out) {
    await writeFile(out, output, 'utf8');
    console.error(`wrote ${out} (${part.order} nodes, ${part.size} edges)`);
  } else process.stdout.write(output);
  return 0;
}
