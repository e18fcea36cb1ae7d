// Each format of the registry (export-formats.ts) with its writer, and the one function
// that writes the graph, or a part of it, in a format named there.
import type { KgGraph } from '../graph/build.ts';
import { lazily, type FileSections } from '../graph/store.ts';
import { graphMetrics } from '../graph/metrics.ts';
import type { EdgeType, NodeType } from '../types.ts';
import { DEFAULT_WRITE_OPTIONS, exportFileName, exportFormat } from './export-formats.ts';
import type { ExportFormatName, WriteOptions } from './export-formats.ts';
import type { MetricsTable } from './metric-columns.ts';
import { subgraph } from './subgraph.ts';
import { toCsv } from './to-csv.ts';
import { gexfParts, gexfSections } from './to-gexf.ts';
import { toGraphml } from './to-graphml.ts';
import { toJson } from './to-json.ts';
import { toNeo4jArchive } from './to-neo4j.ts';

/** `metrics` are the whole graph's, so a part keeps the values its nodes have in the whole. */
export type ExportWriter = (graph: KgGraph, options: WriteOptions, metrics: MetricsTable) => Iterable<string>;

// A GEXF is written element by element (gexfParts: toGexf's text, where graphology-gexf's one
// string of a 38k-node graph took 25 s and 1.5 GB of heap); the other formats in one piece.
export const EXPORT_WRITERS = {
  gexf: (graph, options, metrics) => gexfParts(graph, { version: options.gexfVersion, metrics }),
  graphml: (graph, _options, metrics) => [toGraphml(graph, { metrics })],
  json: (graph, _options, metrics) => [JSON.stringify(toJson(graph, { metrics }))],
  csv: (graph, options, metrics) => [toCsv(graph, { metrics })[options.table]],
  neo4j: (graph) => [toNeo4jArchive(graph)],
} as const satisfies Record<ExportFormatName, ExportWriter>;

export interface ExportPart {
  nodeTypes?: NodeType[];
  edgeTypes?: EdgeType[];
  /** Keep only these nodes (e.g. what a console query highlights, or what the viewer shows). */
  nodes?: string[];
}

export interface Exported {
  body: string;
  /** The graph written: the whole one or the part. */
  graph: KgGraph;
  fileName: string;
  mediaType: string;
}

/** The graph, or the part of it `part` asks for, written in the format named. */
export function exportGraph(graph: KgGraph, name: string, part: ExportPart = {}, options: Partial<WriteOptions> = {}): Exported {
  const { pieces, ...exported } = exportGraphPieces(graph, name, part, options);
  return { body: [...pieces].join(''), ...exported };
}

export interface ExportedPieces extends Omit<Exported, 'body'> {
  /** The body in pieces, written as they are iterated (once). */
  pieces: Iterable<string>;
}

/** exportGraph with its body in pieces, for a file: a big GEXF never exists as one string. */
export function exportGraphPieces(graph: KgGraph, name: string, part: ExportPart = {}, options: Partial<WriteOptions> = {}): ExportedPieces {
  const format = exportFormat(name);
  const partial = Boolean(part.nodeTypes || part.edgeTypes || part.nodes);
  const chosen = partial ? subgraph(graph, part) : graph;
  const resolved: WriteOptions = { ...DEFAULT_WRITE_OPTIONS, ...options };
  return {
    pieces: EXPORT_WRITERS[format.name](chosen, resolved, graphMetrics(graph).nodes),
    graph: chosen,
    fileName: exportFileName(format.name, { part: partial, table: resolved.table }),
    mediaType: format.mediaType,
  };
}

/**
 * The whole graph written in the format named, in pieces, for a file: a GEXF is written a
 * few thousand elements at a time (the same text as `exportGraph`'s body).
 */
export function exportGraphParts(graph: KgGraph, name: string, options: Partial<WriteOptions> = {}): Iterable<string> {
  const { nodes, edges, end } = exportGraphSections(graph, name, options);
  return concatSync(nodes, edges, [end]);
}

/** exportGraphParts in sections: up to the edges, the edges (which do not depend on positions), the end. */
export function exportGraphSections(graph: KgGraph, name: string, options: Partial<WriteOptions> = {}): FileSections {
  const format = exportFormat(name);
  const resolved: WriteOptions = { ...DEFAULT_WRITE_OPTIONS, ...options };
  const metrics = graphMetrics(graph).nodes;
  if (format.name === 'gexf') return gexfSections(graph, { version: resolved.gexfVersion, metrics });
  return { nodes: lazily(() => EXPORT_WRITERS[format.name](graph, resolved, metrics)[Symbol.iterator]()), edges: [], end: '' };
}

function* concatSync(...sources: Array<Iterable<string>>): Generator<string> {
  for (const source of sources) yield* source;
}
