// The export formats, shared by GET /api/export and `kg export`; their names are the API contract's.
import type { CsvTable, ExportFormatName } from '../api/contract.ts';
import { subgraph } from '../export/subgraph.ts';
import { toCsv } from '../export/to-csv.ts';
import { toGexf, type GexfVersion } from '../export/to-gexf.ts';
import { toGraphml } from '../export/to-graphml.ts';
import { toJson } from '../export/to-json.ts';
import type { KgGraph } from '../graph/build.ts';
import type { EdgeType, NodeType } from '../types.ts';

export interface WriteOptions {
  /** CSV is two tables; one response carries one of them. */
  table: CsvTable;
  /** 1.2draft by default: networkx reads it, and Gephi reads both. */
  gexfVersion: GexfVersion;
}

export const EXPORT_FORMATS = {
  gexf: { mime: 'application/gexf+xml; charset=utf-8', write: (g: KgGraph, o: WriteOptions) => toGexf(g, { version: o.gexfVersion }) },
  graphml: { mime: 'application/graphml+xml; charset=utf-8', write: (g: KgGraph) => toGraphml(g) },
  json: { mime: 'application/json; charset=utf-8', write: (g: KgGraph) => JSON.stringify(toJson(g)) },
  csv: { mime: 'text/csv; charset=utf-8', write: (g: KgGraph, o: WriteOptions) => toCsv(g)[o.table] },
} as const satisfies Record<ExportFormatName, unknown>;
export type ExportFormat = ExportFormatName;

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
  options: Partial<WriteOptions> = {},
): { body: string; graph: KgGraph } {
  const chosen = part.nodeTypes || part.edgeTypes || part.nodes ? subgraph(graph, part) : graph;
  const write = EXPORT_FORMATS[format].write as (g: KgGraph, o: WriteOptions) => string;
  return { body: write(chosen, { table: 'edges', gexfVersion: '1.2', ...options }), graph: chosen };
}
