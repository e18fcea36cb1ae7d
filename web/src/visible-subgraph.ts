// The part of the graph the filters leave visible, with the knowledge-graph attribute names restored
// (`kind` back to `type`), ready for graphology-gexf.
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';

import type { ViewGraph } from './load-graph.ts';

export interface ExportNodeAttributes {
  label: string;
  type: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ExportEdgeAttributes {
  type: string;
  weight: number;
  evidence: string;
}

/** Keeps nodes not in `hiddenNodes` and edges of kinds not in `hiddenEdgeKinds` between kept nodes. */
export function visibleSubgraph(
  graph: ViewGraph,
  hiddenNodes: ReadonlySet<string>,
  hiddenEdgeKinds: ReadonlySet<string>,
): MultiDirectedGraph<ExportNodeAttributes, ExportEdgeAttributes> {
  const out = new MultiDirectedGraph<ExportNodeAttributes, ExportEdgeAttributes>();
  graph.forEachNode((node, a) => {
    if (hiddenNodes.has(node)) return;
    out.addNode(node, {
      label: a.label,
      type: a.kind,
      aliases: a.aliases,
      mentions: a.mentions,
      articles: a.articles,
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
    });
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (hiddenEdgeKinds.has(a.kind) || !out.hasNode(source) || !out.hasNode(target)) return;
    // GEXF attributes are scalars: evidence travels as the sentences joined.
    const evidence = a.evidence.map((e) => `${e.article}: ${e.sentence}`).join('\n');
    out.addDirectedEdgeWithKey(edge, source, target, { type: a.kind, weight: a.weight, evidence });
  });
  return out;
}

/** GEXF 1.3 with positions, sizes and colours in `viz:`; list attributes joined with `|`. */
export function toGexf(graph: MultiDirectedGraph<ExportNodeAttributes, ExportEdgeAttributes>): string {
  return write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: a.label,
      attributes: {
        type: a.type,
        aliases: a.aliases.join('|'),
        mentions: a.mentions,
        articles: a.articles.join('|'),
      },
      viz: { x: a.x, y: a.y, size: a.size, color: a.color },
    }),
    formatEdge: (_key, a) => ({
      weight: a.weight,
      attributes: { type: a.type, evidence: a.evidence },
    }),
  });
}
