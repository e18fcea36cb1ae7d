// graph.core.jsonl and graph.evidence.jsonl: the graph as a server start reads it. graph.json
// stays the user-facing copy; these two let a start skip most of its parsing: the core file
// holds every node and edge without evidence sentences, one per line (article ids as numbers
// into one table), and the evidence file one line per edge, which the served graph reads on
// first use (src/graph/deferred-evidence.ts). Both are written with graph.json and carry its
// identity (inode, size, mtime): when graph.json was rewritten without them (an older
// version, a hand edit), they no longer match and the start reads graph.json. A build and a
// snapshot also save each node's metrics (degree, PageRank, betweenness, community) in its
// line, so the first request that shows them computes nothing; version 1 files have none.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { createGraph, type KgGraph } from '../graph/build.ts';
import { withDeferredEvidence, type DeferredEvidence } from '../graph/deferred-evidence.ts';
import { rememberMetrics, type GraphMetrics, type NodeMetrics } from '../graph/metrics.ts';
import { lazily, spill, writeFileAtomic } from '../graph/store.ts';
import type { EdgeAttributes, Evidence, NodeAttributes } from '../types.ts';

export const CORE_GRAPH_FILE = 'graph.core.jsonl';
export const EVIDENCE_FILE = 'graph.evidence.jsonl';
const KIND = 'kg-core-graph';
const VERSION = 3;
/** Versions this code reads: 1 has no metrics; 1 and 2 write edges as objects with their ends' keys. */
const READABLE = [1, 2, 3];

/** Which graph.json a core file goes with. */
export interface GraphJsonIdentity {
  ino: number;
  size: number;
  mtimeMs: number;
}

interface Header {
  kind: typeof KIND;
  version: number;
  graphJson: GraphJsonIdentity;
  attributes: Record<string, unknown>;
  articles: string[];
  nodes: number;
  edges: number;
  evidenceBytes: number;
  /** Present when every node line has its metrics. */
  metrics?: Omit<GraphMetrics, 'nodes'>;
}

/** A node's metrics in its line. */
type MetricsRow = [degree: number, pagerank: number, betweenness: number, community: number];

/**
 * An edge's line: its ends as indexes into the node lines (the loaded edge then holds the
 * node's own key string, already hashed, not a copy) and its key only when it is not
 * `source|type|target`.
 */
type EdgeRow = [source: number, target: number, key: string | null, attributes: EdgeAttributes, evidence?: EvidenceRef];

/** An edge's line in versions 1 and 2. */
interface EdgeObject {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
  evidence?: EvidenceRef;
}

/** Where an edge's evidence line is, how many items it has, and their articles (table indexes). */
type EvidenceRef = [at: number, bytes: number, count: number, articles: number[]];

export async function identityOf(graphJson: string): Promise<GraphJsonIdentity> {
  const { ino, size, mtimeMs } = await stat(graphJson);
  return { ino, size, mtimeMs };
}

/**
 * Writes both files of `graph` into `dir`, for the graph.json `graphJson` identifies, with
 * `metrics` when given (those of the graph as it is).
 */
export async function writeCoreGraph(graph: KgGraph, dir: string, graphJson: GraphJsonIdentity, metrics?: GraphMetrics): Promise<void> {
  await (await stageCoreGraph(graph, dir))(graphJson, metrics);
}

/**
 * writeCoreGraph in two steps: the evidence file, and (with `spill`) the edge lines to a
 * scratch file of `dir`, now; the core file when the returned function is called, once
 * graph.json is written. Neither depends on node positions, so a build runs this step while
 * its layout runs; the graph must not change between the two.
 */
export async function stageCoreGraph(
  graph: KgGraph,
  dir: string,
  { spill: spillEdges = false } = {},
): Promise<(graphJson: GraphJsonIdentity, metrics?: GraphMetrics) => Promise<void>> {
  const refs = new Map<string, EvidenceRef>();
  const articles = new Map<string, number>();
  const articleIndex = (id: string): number => {
    let index = articles.get(id);
    if (index === undefined) articles.set(id, (index = articles.size));
    return index;
  };
  let evidenceBytes = 0;
  await writeFileAtomic(
    join(dir, EVIDENCE_FILE),
    (function* () {
      for (const { edge, attributes } of graph.edgeEntries()) {
        const evidence = attributes.evidence;
        if (evidence.length === 0) continue;
        const line = JSON.stringify(evidence) + '\n';
        const bytes = Buffer.byteLength(line);
        refs.set(edge, [evidenceBytes, bytes - 1, evidence.length, [...new Set(evidence.map((e) => articleIndex(e.article)))]]);
        evidenceBytes += bytes;
        yield line;
      }
    })(),
  );
  const nodeIndex = new Map<string, number>();
  graph.forEachNode((node) => void nodeIndex.set(node, nodeIndex.size));
  const edgeLines = lazily(function* () {
    for (const { edge, attributes, source, target } of graph.edgeEntries()) {
      const ref = refs.get(edge);
      const key = edge === `${source}|${attributes.type}|${target}` ? null : edge;
      const row: EdgeRow = [nodeIndex.get(source)!, nodeIndex.get(target)!, key, withoutEvidence(attributes, ref) as unknown as EdgeAttributes];
      if (ref) row.push(ref);
      yield JSON.stringify(row) + '\n';
    }
  });
  const edges = spillEdges ? await spill(join(dir, `${CORE_GRAPH_FILE}.edges`), edgeLines) : edgeLines;

  return async (graphJson, metrics) => {
    // Every node's articles in the table before the header is written (the lines come after it).
    graph.forEachNode((_node, attributes) => attributes.articles.forEach(articleIndex));
    // All or none: a node without metrics leaves them all out.
    const withMetrics = metrics && graph.everyNode((node) => metrics.nodes.has(node)) ? metrics : undefined;
    const header: Header = {
      kind: KIND,
      version: VERSION,
      graphJson,
      attributes: graph.getAttributes(),
      articles: [...articles.keys()],
      nodes: graph.order,
      edges: graph.size,
      evidenceBytes,
      ...(withMetrics && { metrics: { communities: withMetrics.communities, betweennessSampled: withMetrics.betweennessSampled } }),
    };
    await writeFileAtomic(
      join(dir, CORE_GRAPH_FILE),
      (async function* () {
        yield JSON.stringify(header) + '\n';
        for (const { node, attributes } of graph.nodeEntries()) {
          const m = withMetrics?.nodes.get(node);
          const row: MetricsRow | undefined = m && [m.degree, m.pagerank, m.betweenness, m.community];
          yield JSON.stringify({ key: node, attributes: { ...attributes, articles: attributes.articles.map(articleIndex) }, ...(row && { metrics: row }) }) + '\n';
        }
        yield* edges;
      })(),
    );
  };
}

// Reading `evidence` of a deferred edge would read it: copy the other keys, keeping its place.
function withoutEvidence(attributes: EdgeAttributes, ref: EvidenceRef | undefined): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(attributes)) copy[key] = key === 'evidence' ? (ref ? 0 : []) : attributes[key as keyof EdgeAttributes];
  return copy;
}

/**
 * The graph from the core file, its evidence read from the evidence file on first use; null
 * when the files are missing, unreadable or not those of `dir`/graph.json as it is now.
 */
export async function loadCoreGraph(dir: string, graphJson: string): Promise<KgGraph | null> {
  let data: Buffer;
  let current: GraphJsonIdentity;
  try {
    [data, current] = await Promise.all([readFile(join(dir, CORE_GRAPH_FILE)), identityOf(graphJson)]);
  } catch {
    return null;
  }
  const lines = lineReader(data);
  let header: Header;
  try {
    header = JSON.parse(lines.next() ?? '');
  } catch {
    return null;
  }
  if (header?.kind !== KIND || !READABLE.includes(header.version) || !sameIdentity(header.graphJson, current)) return null;
  const evidence = openEvidence(join(dir, EVIDENCE_FILE), header.evidenceBytes);
  if (!evidence) return null;
  try {
    const graph = readGraph(header, lines, evidence);
    evidence.closeWith(graph);
    return graph;
  } catch {
    evidence.close();
    return null;
  }
}

function readGraph(header: Header, lines: LineReader, evidence: EvidenceFile): KgGraph {
  const graph = createGraph();
  graph.replaceAttributes(header.attributes);
  const articles = header.articles;
  const metrics = header.metrics && new Map<string, NodeMetrics>();
  const nodeKeys = new Array<string>(header.nodes);
  for (let i = 0; i < header.nodes; i++) {
    const line = JSON.parse(lines.next()!) as { key: string; attributes: Omit<NodeAttributes, 'articles'> & { articles: number[] }; metrics?: MetricsRow };
    const { key, attributes } = line;
    const ids = attributes.articles;
    const named = new Array<string>(ids.length);
    for (let j = 0; j < ids.length; j++) named[j] = articles[ids[j]!]!;
    graph.addNode(key, Object.assign(attributes, { articles: named }));
    nodeKeys[i] = key;
    if (metrics) {
      if (!line.metrics) throw new Error(`node ${key} has no metrics`);
      const [degree, pagerank, betweenness, community] = line.metrics;
      metrics.set(key, { degree, pagerank, betweenness, community });
    }
  }
  for (let i = 0; i < header.edges; i++) {
    const line = JSON.parse(lines.next()!) as EdgeRow | EdgeObject;
    let source: string, target: string, key: string | null, attributes: EdgeAttributes, ref: EvidenceRef | undefined;
    if (Array.isArray(line)) {
      [, , key, attributes, ref] = line;
      source = nodeKeys[line[0]]!;
      target = nodeKeys[line[1]]!;
      if (source === undefined || target === undefined) throw new Error(`edge ${i}: no node ${line[0]} or ${line[1]}`);
    } else ({ key, source, target, attributes, evidence: ref } = line);
    if (ref) {
      const [at, bytes, count, ids] = ref;
      attributes = withDeferredEvidence(attributes, new EvidenceLine(evidence, at, bytes, count, ids.map((id) => articles[id]!)));
    }
    graph.addDirectedEdgeWithKey(key ?? `${source}|${attributes.type}|${target}`, source, target, attributes);
  }
  if (lines.next() !== undefined) throw new Error('more lines than the header counts');
  // After the edges: adding one drops a graph's metrics.
  if (metrics) rememberMetrics(graph, { nodes: metrics, ...header.metrics! });
  return graph;
}

class EvidenceLine implements DeferredEvidence {
  constructor(
    private readonly file: EvidenceFile,
    private readonly at: number,
    private readonly bytes: number,
    readonly count: number,
    readonly articles: readonly string[],
  ) {}

  read(): Evidence[] {
    return this.file.read(this.at, this.bytes);
  }
}

interface EvidenceFile {
  read(at: number, bytes: number): Evidence[];
  /** Closes the file once `graph` is collected. */
  closeWith(graph: KgGraph): void;
  close(): void;
}

// The descriptor stays open while the graph lives: a later snapshot renames a new evidence
// file over this one, and the graph keeps reading the file its offsets are for.
const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

function openEvidence(path: string, expectedBytes: number): EvidenceFile | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  if (fstatSync(fd).size !== expectedBytes) {
    closeSync(fd);
    return null;
  }
  let buffer = Buffer.alloc(64 * 1024);
  return {
    read(at, bytes) {
      if (buffer.length < bytes) buffer = Buffer.alloc(bytes);
      for (let done = 0; done < bytes; ) {
        const n = readSync(fd, buffer, done, bytes - done, at + done);
        if (n === 0) throw new Error(`${path}: evidence line at ${at} cut short`);
        done += n;
      }
      return JSON.parse(buffer.toString('utf8', 0, bytes)) as Evidence[];
    },
    closeWith(graph) {
      closer.register(graph, fd);
    },
    close() {
      closeSync(fd);
    },
  };
}

interface LineReader {
  next(): string | undefined;
}

// Line by line from the bytes: one 35 MB string would be twice that in memory (UTF-16).
function lineReader(data: Buffer): LineReader {
  let at = 0;
  return {
    next() {
      if (at >= data.length) return undefined;
      let end = data.indexOf(10, at);
      if (end < 0) end = data.length;
      const line = data.toString('utf8', at, end);
      at = end + 1;
      return line;
    },
  };
}

function sameIdentity(a: GraphJsonIdentity | undefined, b: GraphJsonIdentity): boolean {
  return !!a && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}
