// GEXF for Gephi and networkx, written by graphology-gexf with our attribute mapping.
// Dynamic mode: each dated node and edge starts at its firstSeen, so Gephi's timeline
// plays the graph as the evidence grows; undated ones have no start and are always there.
import { write } from 'graphology-gexf';

import { InvalidInputError } from '../errors.ts';
import { evidenceCountOf } from '../graph/build.ts';
import type { KgGraph } from '../graph/build.ts';
import { EDGE_COLORS, NODE_COLORS } from '../graph/palette.ts';
import type { EdgeAttributes, NodeAttributes } from '../types.ts';
import { amountsJson, evidenceJson } from './evidence-json.ts';
import { metricValues } from './metric-columns.ts';
import type { MetricsTable } from './metric-columns.ts';
import { stripInvalidXmlChars } from './xml-text.ts';

export type GexfVersion = '1.2' | '1.3';

export interface GexfOptions {
  /** '1.2' writes 1.2draft, which networkx and every Gephi read; '1.3' on request. */
  version?: GexfVersion;
  /** Node metrics to write as attributes (degree, pagerank, betweenness, community). */
  metrics?: MetricsTable;
  /** Dynamic mode with start dates (default), or a static graph. */
  dynamic?: boolean;
}

// The viz namespaces from the GEXF schemas (gexf.net/1.2draft/viz.xsd, gexf.net/1.3/viz.xsd),
// as networkx and Gephi expect them. graphology-gexf 0.13 writes
// "http:///www.gexf.net/1.1draft/viz" for 1.2, so readers lose colours, sizes and positions.
export const VIZ_NAMESPACES: Record<GexfVersion, string> = {
  '1.2': 'http://www.gexf.net/1.2draft/viz',
  '1.3': 'http://gexf.net/1.3/viz',
};

export function toGexf(graph: KgGraph, options: GexfOptions = {}): string {
  const version = options.version ?? '1.2';
  if (version !== '1.2' && version !== '1.3')
    throw new InvalidInputError(`Unknown GEXF version "${String(version)}"`, { hint: 'use 1.2 or 1.3' });

  const xml = write<NodeAttributes, EdgeAttributes>(graph, {
    version,
    formatNode: (key, a) => ({
      label: clean(a.label),
      attributes: {
        type: a.type,
        aliases: clean(a.aliases.join('|')),
        mentions: a.mentions,
        articles: clean(a.articles.join('|')),
        articleCount: a.articles.length,
        firstSeen: a.firstSeen,
        lastSeen: a.lastSeen,
        ...(options.metrics ? metricValues(options.metrics, key) : {}),
      },
      viz: { color: rgb(a.color, NODE_COLORS[a.type]), size: a.size, x: a.x, y: a.y, z: 0 },
    }),
    formatEdge: (_key, a) => ({
      label: a.type,
      weight: a.weight,
      attributes: {
        type: a.type,
        evidence: clean(evidenceJson(a.evidence)),
        evidenceCount: evidenceCountOf(a),
        firstSeen: a.firstSeen,
        lastSeen: a.lastSeen,
        amounts: a.amounts?.length ? clean(amountsJson(a.amounts)) : undefined,
      },
      viz: { color: rgb(EDGE_COLORS[a.type], '#999999') },
    }),
  });
  const fixed = fixVizNamespace(xml, version);
  return options.dynamic === false ? fixed : withStartDates(graph, fixed);
}

/**
 * Puts `start="YYYY-MM-DD"` on every dated node and edge and makes the graph dynamic
 * (graphology-gexf writes no time). Elements are written in the graph's iteration
 * order, so the n-th <node> is the n-th node.
 */
export function withStartDates(graph: KgGraph, xml: string): string {
  const nodeStarts = graph.mapNodes((_node, a) => a.firstSeen);
  const edgeStarts = graph.mapEdges((_edge, a) => a.firstSeen);
  if (!nodeStarts.some(Boolean) && !edgeStarts.some(Boolean)) return xml;
  let node = 0;
  let edge = 0;
  return xml
    .replace(/<graph\b/u, '<graph mode="dynamic" timeformat="date"')
    .replace(/<(node|edge)\s/gu, (tag, kind: string) => {
      const start = kind === 'node' ? nodeStarts[node++] : edgeStarts[edge++];
      return start ? `${tag}start="${start}" ` : tag;
    });
}

/** Puts the right viz namespace on the root element, whatever the writer put there. */
export function fixVizNamespace(xml: string, version: GexfVersion): string {
  const root = /<gexf\b[^>]*>/.exec(xml);
  if (!root) throw new Error('graphology-gexf wrote no <gexf> element');
  const fixed = root[0].replace(/\sxmlns:viz="[^"]*"/, ` xmlns:viz="${VIZ_NAMESPACES[version]}"`);
  return xml.slice(0, root.index) + fixed + xml.slice(root.index + root[0].length);
}

// rgb() rather than hex: the 1.3 writer would emit `hex="…"`, which networkx cannot read.
// Short (#abc) and missing colours are expanded or replaced, never passed through.
function rgb(color: string | undefined, fallback: string): string {
  const long = (c: string | undefined) => {
    const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(c ?? '');
    return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : c;
  };
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(long(color) ?? '') ?? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(long(fallback)!)!;
  return `rgb(${parseInt(m[1]!, 16)},${parseInt(m[2]!, 16)},${parseInt(m[3]!, 16)})`;
}

function clean(text: string): string {
  return stripInvalidXmlChars(text);
}
