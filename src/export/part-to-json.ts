// Some nodes and edges of the graph in graphology's serialised shape, node attributes extended
// with the metrics (as the JSON export writes them). A summary leaves out what makes big graphs
// heavy, the article lists and evidence sentences, and says how many there are instead; its
// edges carry their key only when it is not `source|type|target` (a third of the bytes).
import { evidenceCountOf } from '../graph/build.ts';
import type { KgGraph } from '../graph/build.ts';
import { evidenceArticlesOf } from '../graph/deferred-evidence.ts';
import { metricValues } from './metric-columns.ts';
import type { MetricsTable } from './metric-columns.ts';

const SUMMARISED = new Set(['evidence', 'evidenceOmitted', 'amounts']);

export interface SerializedPart {
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ key?: string; source: string; target: string; attributes: Record<string, unknown> }>;
}

export function partToJson(
  graph: KgGraph,
  nodes: Iterable<string>,
  edges: Iterable<string>,
  metrics: MetricsTable,
  options: { summary?: boolean } = {},
): SerializedPart {
  const part: SerializedPart = { nodes: [], edges: [] };
  for (const key of nodes) {
    const a = graph.getNodeAttributes(key);
    const attributes: Record<string, unknown> = { ...a, ...metricValues(metrics, key) };
    if (options.summary) {
      delete attributes.articles;
      attributes.articleCount = a.articles.length;
    }
    part.nodes.push({ key, attributes });
  }
  for (const key of edges) {
    const a = graph.getEdgeAttributes(key);
    let attributes: Record<string, unknown> = a as unknown as Record<string, unknown>;
    if (options.summary) {
      const { evidenceOmitted, amounts } = a;
      // Counted without reading the sentences, which a served graph reads on first use.
      const articles = new Set(evidenceArticlesOf(a));
      for (const article of Object.keys(evidenceOmitted ?? {})) articles.add(article);
      const rest: Record<string, unknown> = {};
      for (const name of Object.keys(a)) if (!SUMMARISED.has(name)) rest[name] = a[name as keyof typeof a];
      attributes = { ...rest, evidenceCount: evidenceCountOf(a), articleCount: articles.size, amountCount: amounts?.length ?? 0 };
    }
    const source = graph.source(key);
    const target = graph.target(key);
    if (options.summary && key === `${source}|${a.type}|${target}`) part.edges.push({ source, target, attributes });
    else part.edges.push({ key, source, target, attributes });
  }
  return part;
}
