// Two CSV tables (RFC 4180: CRLF, fields quoted when needed) for spreadsheets and Gephi's importer.
// Text cells come from articles, so none may start a formula (OWASP's CSV injection rule).
import { evidenceCountOf } from '../graph/build.ts';
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
  const nodes: Cell[][] = [metrics ? [...NODE_HEADER, ...METRIC_COLUMNS.map((c) => c.name)] : NODE_HEADER];
  graph.forEachNode((node, a) => {
    const row: Cell[] = [
      node,
      a.label,
      a.type,
      a.aliases.join('|'),
      a.mentions,
      a.articles.join('|'),
      a.x,
      a.y,
      a.size,
      a.color,
      a.firstSeen ?? '',
      a.lastSeen ?? '',
    ];
    if (metrics) row.push(...Object.values(metricValues(metrics, node)));
    nodes.push(row);
  });
  const edges: Cell[][] = [EDGE_HEADER];
  graph.forEachEdge((edge, a, source, target) => {
    // One sentence keeps the table readable; the count says how many more there are.
    const amounts = a.amounts ?? [];
    edges.push([
      edge,
      source,
      target,
      a.type,
      a.weight,
      evidenceCountOf(a),
      a.evidence[0]?.sentence ?? '',
      a.firstSeen ?? '',
      a.lastSeen ?? '',
      amounts.map((f) => `${f.kind} ${f.asWritten} (${f.value} ${f.unit})`).join('|'),
      amounts.length ? amountsJson(amounts) : '',
    ]);
  });
  return { nodes: toTable(nodes), edges: toTable(edges) };
}

/** Numbers are written as numbers; text is neutralised and quoted. */
type Cell = string | number;

// A spreadsheet runs a cell that starts with one of these as a formula (=, +, -, @) or after
// stripping it (tab, carriage return); a leading quote makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell: a leading `'` when it could start a formula, then quoted when it must be. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toTable(rows: Cell[][]): string {
  return rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : csvField(cell))).join(',')).join('\r\n') + '\r\n';
}
