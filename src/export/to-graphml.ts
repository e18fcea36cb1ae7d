// GraphML, written by hand: graphology-graphml 0.5 only parses.
import { evidenceCountOf } from '../graph/build.ts';
import type { KgGraph } from '../graph/build.ts';
import type { EdgeAttributes, NodeAttributes } from '../types.ts';
import { amountsJson, evidenceJson } from './evidence-json.ts';
import { METRIC_COLUMNS, metricValues } from './metric-columns.ts';
import type { MetricsTable } from './metric-columns.ts';
import { escapeXml } from './xml-text.ts';

type GraphmlType = 'string' | 'int' | 'double';

interface Column<A> {
  name: string;
  type: GraphmlType;
  value: (attributes: A) => string | number;
}

const NODE_COLUMNS: Column<NodeAttributes>[] = [
  { name: 'label', type: 'string', value: (a) => a.label },
  { name: 'type', type: 'string', value: (a) => a.type },
  { name: 'aliases', type: 'string', value: (a) => a.aliases.join('|') },
  { name: 'mentions', type: 'int', value: (a) => a.mentions },
  { name: 'articles', type: 'string', value: (a) => a.articles.join('|') },
  { name: 'articleCount', type: 'int', value: (a) => a.articles.length },
  { name: 'x', type: 'double', value: (a) => a.x },
  { name: 'y', type: 'double', value: (a) => a.y },
  { name: 'size', type: 'double', value: (a) => a.size },
  { name: 'color', type: 'string', value: (a) => a.color },
  { name: 'firstSeen', type: 'string', value: (a) => a.firstSeen ?? '' },
  { name: 'lastSeen', type: 'string', value: (a) => a.lastSeen ?? '' },
];

const EDGE_COLUMNS: Column<EdgeAttributes>[] = [
  { name: 'type', type: 'string', value: (a) => a.type },
  { name: 'weight', type: 'double', value: (a) => a.weight },
  { name: 'evidence', type: 'string', value: (a) => evidenceJson(a.evidence) },
  { name: 'evidenceCount', type: 'int', value: evidenceCountOf },
  { name: 'firstSeen', type: 'string', value: (a) => a.firstSeen ?? '' },
  { name: 'lastSeen', type: 'string', value: (a) => a.lastSeen ?? '' },
  { name: 'amounts', type: 'string', value: (a) => (a.amounts?.length ? amountsJson(a.amounts) : '') },
];

// Key ids are unique across domains, hence the v_/e_ prefixes; readers use attr.name.
const nodeKeyId = (name: string) => `v_${name}`;
const edgeKeyId = (name: string) => `e_${name}`;

/** With `metrics`, nodes also carry degree, pagerank, betweenness and community. */
export function toGraphml(graph: KgGraph, options: { metrics?: MetricsTable } = {}): string {
  const { metrics } = options;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const c of NODE_COLUMNS) lines.push(keyLine(nodeKeyId(c.name), 'node', c));
  if (metrics) for (const c of METRIC_COLUMNS) lines.push(keyLine(nodeKeyId(c.name), 'node', c));
  for (const c of EDGE_COLUMNS) lines.push(keyLine(edgeKeyId(c.name), 'edge', c));
  lines.push('  <graph id="G" edgedefault="directed">');

  graph.forEachNode((node, attributes) => {
    lines.push(`    <node id="${escapeXml(node)}">`);
    for (const c of NODE_COLUMNS) pushData(lines, nodeKeyId(c.name), c.value(attributes));
    if (metrics) for (const [name, value] of Object.entries(metricValues(metrics, node))) pushData(lines, nodeKeyId(name), value);
    lines.push('    </node>');
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    lines.push(`    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`);
    for (const c of EDGE_COLUMNS) pushData(lines, edgeKeyId(c.name), c.value(attributes));
    lines.push('    </edge>');
  });

  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function keyLine(id: string, domain: 'node' | 'edge', column: { name: string; type: GraphmlType }): string {
  return `  <key id="${id}" for="${domain}" attr.name="${column.name}" attr.type="${column.type}"/>`;
}

function pushData(lines: string[], key: string, value: string | number): void {
  if (value === '' || (typeof value === 'number' && !Number.isFinite(value))) return;
  lines.push(`      <data key="${key}">${escapeXml(String(value))}</data>`);
}
