// GEXF for Gephi and networkx, written by graphology-gexf with our attribute mapping.
// Dynamic mode: each dated node and edge starts at its firstSeen, so Gephi's timeline
// plays the graph as the evidence grows; undated ones have no start and are always there.
import { write } from 'graphology-gexf';

import { InvalidInputError } from '../errors.ts';
import { createGraph, evidenceCountOf } from '../graph/build.ts';
import type { KgGraph } from '../graph/build.ts';
import { lazily, type FileSections } from '../graph/store.ts';
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

// Lean but equivalent GEXF: no indentation (graphology-gexf's `pretty: false`), and a value
// holding double quotes (evidence and figures are JSON) between single quotes, where each
// quote is one byte instead of six (&quot;). A 38k-node graph's GEXF is a fifth smaller.
export function toGexf(graph: KgGraph, options: GexfOptions = {}): string {
  const version = checkedVersion(options.version);
  const xml = write<NodeAttributes, EdgeAttributes>(graph, { version, pretty: false, ...formatters(options) });
  const fixed = singleQuoteValues(fixVizNamespace(xml, version));
  return options.dynamic === false ? fixed : withStartDates(graph, fixed);
}

/**
 * Puts every attribute value that holds a double quote between single quotes, as
 * `attribute` writes it. In xml-writer's double-quoted values a quote is `&quot;` and an
 * ampersand `&amp;`, so `&quot;` is always an escaped quote.
 */
export function singleQuoteValues(xml: string): string {
  return xml.replace(/="([^"]*&quot;[^"]*)"/gu, (_match, value: string) => `='${value.replaceAll('&quot;', '"').replaceAll("'", '&apos;')}'`);
}

function checkedVersion(version: GexfVersion | undefined): GexfVersion {
  if (version === undefined) return '1.2';
  if (version !== '1.2' && version !== '1.3')
    throw new InvalidInputError(`Unknown GEXF version "${String(version)}"`, { hint: 'use 1.2 or 1.3' });
  return version;
}

type WriterOptions = NonNullable<Parameters<typeof write<NodeAttributes, EdgeAttributes>>[1]>;
type FormattedNode = ReturnType<NonNullable<WriterOptions['formatNode']>>;
type FormattedEdge = ReturnType<NonNullable<WriterOptions['formatEdge']>>;

/**
 * graphology-gexf's formatters. With `typesOnly`, evidence and figures are a stand-in of
 * the same type (their JSON is never empty), for inferring the attribute model cheaply.
 */
function formatters(options: GexfOptions, { typesOnly = false } = {}) {
  return {
    formatNode: (key: string, a: NodeAttributes): FormattedNode => ({
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
    formatEdge: (_key: string, a: EdgeAttributes): FormattedEdge => ({
      label: a.type,
      weight: a.weight,
      attributes: {
        type: a.type,
        evidence: typesOnly ? '[]' : clean(evidenceJson(a.evidence)),
        evidenceCount: evidenceCountOf(a),
        firstSeen: a.firstSeen,
        lastSeen: a.lastSeen,
        amounts: a.amounts?.length ? (typesOnly ? '[]' : clean(amountsJson(a.amounts))) : undefined,
      },
      viz: { color: rgb(EDGE_COLORS[a.type], '#999999') },
    }),
  };
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

/**
 * toGexf's text in pieces, for writing a big graph to a file: graphology-gexf builds the
 * whole document as one string from millions of small ones (1.2 GB of heap for the 151 MB
 * GEXF of a 38k-node graph, and most of a build's save stage). Here graphology-gexf writes
 * the document around the elements (declarations of the whole graph's attribute types, in
 * its order), and each element is printed as its writer prints it (`elementText`), `chunk`
 * elements a piece, with its start date as toGexf gives it. One element a piece by default:
 * its strings die young, where pieces of 2,000 lived long enough to reach the old generation
 * (400 MB more heap while a 38k-node graph's edges were written).
 */
export function* gexfParts(graph: KgGraph, options: GexfOptions = {}, chunk = 1): Generator<string> {
  const { nodes, edges, end } = gexfSections(graph, options, chunk);
  yield* nodes;
  yield* edges;
  yield end;
}

/** gexfParts in three sections: up to the edges, the edges (which do not depend on node positions), the end. */
export function gexfSections(graph: KgGraph, options: GexfOptions = {}, chunk = 1): FileSections {
  const version = checkedVersion(options.version);
  if (graph.order === 0 || graph.size === 0) return { nodes: lazily(() => [toGexf(graph, options)].values()), edges: [], end: '' };
  const { formatNode, formatEdge } = formatters(options);
  const dynamic = options.dynamic !== false && (graph.someNode((_n, a) => Boolean(a.firstSeen)) || graph.someEdge((_e, a) => Boolean(a.firstSeen)));
  const types = formatters(options, { typesOnly: true });
  const nodeModel = modelOf(graph.nodeEntries(), ({ node, attributes }) => types.formatNode(node, attributes).attributes);
  const edgeModel = modelOf(graph.edgeEntries(), ({ edge, attributes }) => types.formatEdge(edge, attributes).attributes);

  // The document around the elements, from a graph of one model element of each kind.
  const model = uniqueKey(graph, 'gexf-model');
  const [modelSource, modelTarget] = [uniqueKey(graph, 'gexf-model-source'), uniqueKey(graph, 'gexf-model-target')];
  const frame = createGraph();
  frame.replaceAttributes(graph.getAttributes());
  frame.addNode(model, {} as NodeAttributes);
  frame.addNode(modelSource, {} as NodeAttributes);
  frame.addNode(modelTarget, {} as NodeAttributes);
  frame.addDirectedEdgeWithKey(model, modelSource, modelTarget, {} as EdgeAttributes);
  const modelNode = { attributes: sampleOf(nodeModel) };
  const modelEdge = { attributes: sampleOf(edgeModel) };
  let outer = singleQuoteValues(
    fixVizNamespace(
      write<NodeAttributes, EdgeAttributes>(frame, { version, pretty: false, formatNode: (key) => (key === model ? modelNode : {}), formatEdge: () => modelEdge }),
      version,
    ),
  );
  if (dynamic) outer = outer.replace(/<graph\b/u, '<graph mode="dynamic" timeformat="date"');

  return {
    nodes: lazily(function* () {
      yield between(outer, '', NODES_OPEN, true);
      let piece: string[] = [];
      for (const { node, attributes } of graph.nodeEntries()) {
        piece.push(elementText(version, 'node', node, formatNode(node, attributes), nodeModel, dynamic ? attributes.firstSeen : undefined));
        if (piece.length === chunk) {
          yield piece.join('');
          piece = [];
        }
      }
      if (piece.length) yield piece.join('');
      yield between(outer, NODES_CLOSE, EDGES_OPEN, true);
    }),
    edges: lazily(function* () {
      let piece: string[] = [];
      for (const { edge, attributes, source, target } of graph.edgeEntries()) {
        piece.push(elementText(version, 'edge', edge, { ...formatEdge(edge, attributes), source, target }, edgeModel, dynamic ? attributes.firstSeen : undefined));
        if (piece.length === chunk) {
          yield piece.join('');
          piece = [];
        }
      }
      if (piece.length) yield piece.join('');
    }),
    end: outer.slice(outer.indexOf(EDGES_CLOSE)),
  };
}

// The element lists as graphology-gexf writes them without indentation.
const NODES_OPEN = '<nodes>';
const NODES_CLOSE = '</nodes>';
const EDGES_OPEN = '<edges>';
const EDGES_CLOSE = '</edges>';

/** The text of `xml` from `from` (after it) up to `to` (with it when `withEnd`). */
function between(xml: string, from: string, to: string, withEnd: boolean): string {
  const start = from === '' ? 0 : xml.indexOf(from) + from.length;
  const end = xml.indexOf(to, start);
  if ((from !== '' && start < from.length) || end < 0) throw new Error(`graphology-gexf wrote no ${JSON.stringify(to)}`);
  return xml.slice(from === '' ? 0 : xml.indexOf(from), withEnd ? end + to.length : end);
}

type Formatted = (FormattedNode | FormattedEdge) & { weight?: number; source?: string; target?: string };

/**
 * One <node> or <edge> of a directed graph as graphology-gexf 0.13's writeElements prints it
 * without indentation (xml-writer's escapes; values with double quotes single-quoted), for the attributes and viz data
 * our formatters give; `start` as withStartDates puts it. tests/export/to-gexf.test.ts holds
 * it to the library's output.
 */
function elementText(version: GexfVersion, kind: 'node' | 'edge', key: string, element: Formatted, model: Map<string, string>, start: string | undefined): string {
  let text = `<${kind}${start ? ` start="${start}"` : ''}${attribute('id', key)}`;
  if (kind === 'edge') {
    text += attribute('source', element.source) + attribute('target', element.target);
    if (typeof element.weight === 'number' && !Number.isNaN(element.weight)) text += attribute('weight', element.weight);
  }
  if (element.label) text += attribute('label', element.label);
  let children = '';
  const values = element.attributes as Record<string, unknown> | undefined;
  if (model.size > 0 && values) {
    let list = '';
    for (const [name, type] of model) {
      if (!(name in values)) continue;
      const value = values[name];
      if (value === undefined || value === null || value === '' || value !== value) continue;
      list += `<attvalue${attribute('for', name)}${attribute('value', castValue(version, type, value))}/>`;
    }
    children += list ? `<attvalues>${list}</attvalues>` : '<attvalues/>';
  }
  const viz = element.viz as { color?: string; size?: number; x?: number; y?: number; z?: number } | undefined;
  if (viz) {
    if (viz.color) {
      let color = '';
      if (version === '1.3' && viz.color.startsWith('#')) color = attribute('hex', viz.color);
      else for (const [channel, value] of Object.entries(cssColorToRgba(viz.color))) color += attribute(channel, value);
      children += `<viz:color${color}/>`;
    }
    if (viz.size !== undefined) children += `<viz:size${attribute('value', viz.size)}/>`;
    if (viz.x !== undefined || viz.y !== undefined || viz.z !== undefined)
      children += `<viz:position${viz.x !== undefined ? attribute('x', viz.x) : ''}${viz.y !== undefined ? attribute('y', viz.y) : ''}${viz.z !== undefined ? attribute('z', viz.z) : ''}/>`;
  }
  return children ? `${text}>${children}</${kind}>` : `${text}/>`;
}

/**
 * xml-writer's writeAttribute (nothing for an empty value; a number always counts), and
 * single quotes around a value with double quotes, as singleQuoteValues puts them.
 */
function attribute(name: string, value: unknown): string {
  if (typeof value !== 'number' && !value) return '';
  const text = String(value);
  return text.includes('"') ? ` ${name}='${text.replace(SINGLE_QUOTED_SPECIALS, escape)}'` : ` ${name}="${text.replace(DOUBLE_QUOTED_SPECIALS, escape)}"`;
}

// xml-writer's attribute escapes, in one pass rather than its six; in a single-quoted value
// the single quote is escaped instead of the double one.
const DOUBLE_QUOTED_SPECIALS = /[&<"\t\n\r]/g;
const SINGLE_QUOTED_SPECIALS = /[&<'\t\n\r]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', "'": '&apos;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

function escape(c: string): string {
  return ESCAPES[c]!;
}

/** graphology-gexf's cast: a list joined (1.2) or bracketed (1.3), a scalar as text. */
function castValue(version: GexfVersion, type: string, value: unknown): string {
  if (!type.startsWith('list')) return String(value);
  const values = value instanceof Set ? [...value] : Array.isArray(value) ? value : [value];
  if (version !== '1.3') return values.join('|');
  const subtype = type.slice(4);
  const serialize = (v: unknown): string => {
    if (subtype !== 'string' || /[\r\t\n]/.test(v as string)) return JSON.stringify(v);
    const s = v as string;
    if (!s.includes("'")) return s.includes('"') ? `'${s}'` : s;
    return JSON.stringify(s);
  };
  return `[${values.map(serialize).join(', ')}]`;
}

/** graphology-gexf's CSSColorToRGBA. */
function cssColorToRgba(value: string): Record<string, number> {
  if (value[0] === '#') {
    const hex = value.slice(1);
    const pair = (i: number, j: number) => parseInt(hex[i]! + hex[j]!, 16);
    return hex.length === 3 ? { r: pair(0, 0), g: pair(1, 1), b: pair(2, 2) } : { r: pair(0, 1), g: pair(2, 3), b: pair(4, 5) };
  }
  if (!/^\s*rgba?\s*\(/i.test(value)) return {};
  const m = /^\s*rgba?\s*\(\s*([0-9]*)\s*,\s*([0-9]*)\s*,\s*([0-9]*)\s*(?:,\s*([.0-9]*))?\)\s*$/.exec(value)!;
  const rgba: Record<string, number> = { r: +m[1]!, g: +m[2]!, b: +m[3]! };
  if (m[4]) rgba.a = +m[4];
  return rgba;
}

/** graphology-gexf's model: each attribute's GEXF type (the most general of its values), in order of first value. */
function modelOf<T>(items: Iterable<T>, attributesOf: (item: T) => Record<string, unknown> | undefined): Map<string, string> {
  const model = new Map<string, string>();
  for (const item of items) {
    const attributes = attributesOf(item);
    if (!attributes) continue;
    for (const name in attributes) {
      const type = gexfTypeOf(attributes[name]);
      if (type === 'empty') continue;
      const current = model.get(name);
      if (!current || TYPE_PRIORITIES[type]! < TYPE_PRIORITIES[current]!) model.set(name, type);
    }
  }
  return model;
}

// graphology-gexf's type inference (common/writer.js), for the types our formatters give.
const TYPE_PRIORITIES: Record<string, number> = {
  liststring: 0,
  listdouble: 1,
  listlong: 2,
  listinteger: 3,
  listboolean: 4,
  string: 5,
  double: 6,
  long: 7,
  integer: 8,
  boolean: 9,
  empty: 10,
};

function gexfTypeOf(value: unknown): string {
  if (Array.isArray(value) || value instanceof Set) {
    let best = 'empty';
    for (const v of value) if (TYPE_PRIORITIES[gexfTypeOf(v)]! < TYPE_PRIORITIES[best]!) best = gexfTypeOf(v);
    return best === 'empty' ? 'empty' : `list${best}`;
  }
  if (value === undefined || value === null || value === '' || value !== value) return 'empty';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'object') return 'string';
  if (typeof value === 'number') return value === (value | 0) ? 'integer' : Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

/** Attribute values of the model's types, in its order. */
function sampleOf(model: Map<string, string>): Record<string, unknown> {
  const scalar: Record<string, unknown> = { string: 's', double: 0.5, long: 2 ** 40, integer: 1, boolean: true };
  const sample: Record<string, unknown> = {};
  for (const [name, type] of model) sample[name] = type.startsWith('list') ? [scalar[type.slice(4)]] : scalar[type];
  return sample;
}

function uniqueKey(graph: KgGraph, base: string): string {
  let key = base;
  for (let i = 1; graph.hasNode(key) || graph.hasEdge(key); i++) key = `${base}-${i}`;
  return key;
}
