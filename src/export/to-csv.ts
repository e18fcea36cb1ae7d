// Two CSV tables (RFC 4180: CRLF, fields quoted when needed) for spreadsheets and Gephi's importer.
import type { KgGraph } from '../graph/build.ts';
import { amountsJson } from './evidence-json.ts';
import { METRIC_COLUMNS, metricValues } from './metric-columns.ts';
import type { MetricsTable } from './metric-columns.ts';

// Gephi reads id/label/source/target/weight by name; the relation is `relation`
// because Gephi takes an edge column called `type` for directed/undirected.
const NODE_HEADER = ['id', 'label', 'type', 'aliases', 'mentions', 'articles', 'x', 'y', 'size', 'color', 'first_seen', 'last_seen'];
// Figures: `amounts` readable (资金 12.6亿元 (1260000000 元) …), `amounts_json` for programs.
const EDGE_HEADER = ['id', 'source', 'target', 'relation', 'weight', 'evidence_count', 'evidence', 'first_seen', 'last_seen', 'amounts', 'amounts_json'];

/** With `metrics`, the node table also has degree, pagerank, betweenness and community columns. */
export function toCsv(graph: KgGraph, options: { metrics?: MetricsTable } = {}): { nodes: string; edges: string } {
  const { metrics } = options;
  const nodes = [metrics ? [...NODE_HEADER, ...METRIC_COLUMNS.map((c) => c.name)] : NODE_HEADER];
  graph.forEachNode((node, a) => {
    const row = [
      node,
      a.label,
      a.type,
      a.aliases.join('|'),
      String(a.mentions),
      a.articles.join('|'),
      String(a.x),
      String(a.y),
      String(a.size),
      a.color,
      a.firstSeen ?? '',
      a.lastSeen ?? '',
    ];
    if (metrics) row.push(...Object.values(metricValues(metrics, node)).map(String));
    nodes.push(row);
  });
  const edges = [EDGE_HEADER];
  graph.forEachEdge((edge, a, source, target) => {
    // One sentence keeps the table readable; the count says how many more there are.
    const amounts = a.amounts ?? [];
    edges.push([
      edge,
      source,
      target,
      a.type,
      String(a.weight),
      String(a.evidence.length),
      a.evidence[0]?.sentence ?? '',
      a.firstSeen ?? '',
      a.lastSeen ?? '',
      amounts.map((f) => `${f.kind} ${f.asWritten} (${f.value} ${f.unit})`).join('|'),
      amounts.length ? amountsJson(amounts) : '',
    ]);
  });
  return { nodes: toTable(nodes), edges: toTable(edges) };
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function toTable(rows: string[][]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
