// The export formats, shared by GET /api/export and `kg export`.
import { subgraph } from '../export/subgraph.ts';
import { toCsv } from '../export/to-csv.ts';
import { toGexf } from '../export/to-gexf.ts';
import { toGraphml } from '../export/to-graphml.ts';
import { toJson } from '../export/to-json.ts';
import type { KgGraph } from '../graph/build.ts';
import type { EdgeType, NodeType } from '../types.ts';

export const EXPORT_FORMATS = {
  gexf: { mime: 'application/gexf+xml; charset=utf-8', write: (g: KgGraph) => toGexf(g, { version: '1.3' }) },
  graphml: { mime: 'application/graphml+xml; charset=utf-8', write: (g: KgGraph) => toGraphml(g) },
  json: { mime: 'application/json; charset=utf-8', write: (g: KgGraph) => toJson(g) },
  csv: { mime: 'text/csv; charset=utf-8', write: (g: KgGraph) => toCsv(g) },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export interface ExportPart {
  nodeTypes?: NodeType[];
  edgeTypes?: EdgeType[];
  /** Keep only these nodes (e.g. what a console query highlights). */
  nodes?: string[];
}

/** The graph, or the part of it `part` asks for, written in `format`. */
export function exportGraph(graph: KgGraph, format: ExportFormat, part: ExportPart = {}): { body: string; graph: KgGraph } {
  const chosen = part.nodeTypes || part.edgeTypes || part.nodes ? subgraph(graph, part) : graph;
  const written: unknown = EXPORT_FORMATS[format].write(chosen);
  return { body: typeof written === 'string' ? written : JSON.stringify(written), graph: chosen };
}
