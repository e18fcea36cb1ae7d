// The export formats, shared by GET /api/export and `kg export`.
import { subgraph } from '../export/subgraph.ts';
import { toCsv } from '../export/to-csv.ts';
import { toGexf } from '../export/to-gexf.ts';
import { toGraphml } from '../export/to-graphml.ts';
import { toJson } from '../export/to-json.ts';
import type { KgGraph } from '../graph/build.ts';
import type { EdgeType, NodeType } from '../types.ts';

export type CsvTable = 'nodes' | 'edges';

export const EXPORT_FORMATS = {
  gexf: { mime: 'application/gexf+xml; charset=utf-8', write: (g: KgGraph) => toGexf(g, { version: '1.3' }) },
  graphml: { mime: 'application/graphml+xml; charset=utf-8', write: (g: KgGraph) => toGraphml(g) },
  json: { mime: 'application/json; charset=utf-8', write: (g: KgGraph) => JSON.stringify(toJson(g)) },
  // CSV is two tables; one response carries one of them.
  csv: { mime: 'text/csv; charset=utf-8', write: (g: KgGraph, table: CsvTable) => toCsv(g)[table] },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export interface ExportPart {
  nodeTypes?: NodeType[];
  edgeTypes?: EdgeType[];
  /** Keep only these nodes (e.g. what a console query highlights). */
  nodes?: string[];
}

/** The graph, or the part of it `part` asks for, written in `format`. */
export function exportGraph(
  graph: KgGraph,
  format: ExportFormat,
  part: ExportPart = {},
  table: CsvTable = 'edges',
): { body: string; graph: KgGraph } {
  const chosen = part.nodeTypes || part.edgeTypes || part.nodes ? subgraph(graph, part) : graph;
  return { body: EXPORT_FORMATS[format].write(chosen, table), graph: chosen };
}
