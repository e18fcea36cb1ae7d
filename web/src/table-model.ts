// The node and edge tables: rows from the loaded graph, filtered by text and type, sorted by
// any column, and written as CSV exactly as shown. Pure, so it is tested in Node.
import type { ViewGraph } from './load-graph.ts';

export type TableKind = 'nodes' | 'edges';

export interface TableColumn {
  key: string;
  label: string;
  numeric: boolean;
}

export const TABLE_COLUMNS: Record<TableKind, TableColumn[]> = {
  nodes: [
    { key: 'label', label: '名称', numeric: false },
    { key: 'type', label: '类型', numeric: false },
    { key: 'degree', label: '连接数', numeric: true },
    { key: 'mentions', label: '提及', numeric: true },
    { key: 'articles', label: '文章', numeric: true },
    { key: 'pagerank', label: 'PageRank', numeric: true },
    { key: 'betweenness', label: '中介中心度', numeric: true },
    { key: 'community', label: '社区', numeric: true },
  ],
  edges: [
    { key: 'source', label: '起点', numeric: false },
    { key: 'type', label: '关系', numeric: false },
    { key: 'target', label: '终点', numeric: false },
    { key: 'evidence', label: '证据句', numeric: true },
    { key: 'articles', label: '文章', numeric: true },
  ],
};

export type Cell = string | number;

export interface TableRow {
  /** Node or edge key. */
  key: string;
  /** The row's type (node type or relation), for the type filter. */
  type: string;
  /** By column key. */
  values: Record<string, Cell>;
  /** Text the filter box searches: names and aliases. */
  search: string;
}

export interface TableQuery {
  kind: TableKind;
  /** Part of a name or alias (or of either end, for edges). */
  text: string;
  /** Node type or relation; '' for all. */
  type: string;
  sortBy: string;
  descending: boolean;
  /** Leave out what the graph's filters hide. */
  visibleOnly: boolean;
}

export const DEFAULT_TABLE_QUERY: TableQuery = { kind: 'nodes', text: '', type: '', sortBy: 'degree', descending: true, visibleOnly: true };

/**
 * Rows of the table `query` asks for. `typeLabel` words types for display; sorting is numeric
 * for numeric columns, by Chinese collation otherwise, ties by key so the order is stable.
 */
export function tableRows(
  graph: ViewGraph,
  query: TableQuery,
  hidden: { nodes: ReadonlySet<string>; edgeTypes: ReadonlySet<string> },
  typeLabel: (kind: string) => string = (kind) => kind,
): TableRow[] {
  const text = query.text.trim().toLowerCase();
  const rows: TableRow[] = [];
  if (query.kind === 'nodes') {
    graph.forEachNode((node, a) => {
      if (query.visibleOnly && hidden.nodes.has(node)) return;
      rows.push({
        key: node,
        type: a.kind,
        search: [a.label, ...a.aliases].join('\u0000').toLowerCase(),
        values: {
          label: a.label,
          type: typeLabel(a.kind),
          degree: a.degree,
          mentions: a.mentions,
          articles: a.articleCount,
          pagerank: a.pagerank,
          betweenness: a.betweenness,
          community: a.community + 1,
        },
      });
    });
  } else {
    graph.forEachEdge((edge, a, source, target) => {
      if (query.visibleOnly && (hidden.edgeTypes.has(a.kind) || hidden.nodes.has(source) || hidden.nodes.has(target))) return;
      const s = graph.getNodeAttributes(source);
      const t = graph.getNodeAttributes(target);
      rows.push({
        key: edge,
        type: a.kind,
        search: [s.label, ...s.aliases, t.label, ...t.aliases].join('\u0000').toLowerCase(),
        values: {
          source: s.label,
          type: typeLabel(a.kind),
          target: t.label,
          evidence: a.evidenceCount,
          articles: a.articleCount,
        },
      });
    });
  }
  const column = TABLE_COLUMNS[query.kind].find((c) => c.key === query.sortBy) ?? TABLE_COLUMNS[query.kind][0]!;
  const sign = query.descending ? -1 : 1;
  return rows
    .filter((row) => (query.type === '' || row.type === query.type) && (text === '' || row.search.includes(text)))
    .sort((x, y) => {
      const a = x.values[column.key]!;
      const b = y.values[column.key]!;
      const order = column.numeric ? (a as number) - (b as number) : String(a).localeCompare(String(b), 'zh');
      return sign * order || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
    });
}

/** The rows as CSV (RFC 4180, CRLF, UTF-8 BOM so spreadsheets read the Chinese), columns as shown. */
export function tableCsv(kind: TableKind, rows: readonly TableRow[]): string {
  const columns = TABLE_COLUMNS[kind];
  const lines = [columns.map((c) => csvField(c.label)), ...rows.map((row) => columns.map((c) => csvField(String(row.values[c.key] ?? ''))))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
