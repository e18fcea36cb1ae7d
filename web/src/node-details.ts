// What the side panel shows for a node, read from the loaded graph (which carries the evidence
// and the server's metrics).
import { EDGE_TYPES } from '../../src/api/contract.ts';
import type { NodeMetrics } from '../../src/api/contract.ts';
import { nodeEvidenceCards } from './evidence-cards.ts';
import type { EvidenceCard } from './evidence-cards.ts';
import type { ViewGraph } from './load-graph.ts';
import { nodeFigures } from './node-figures.ts';
import type { NodeFigures } from './node-figures.ts';

export interface NeighbourRef {
  key: string;
  label: string;
  kind: string;
}

export interface NeighbourGroup {
  edgeKind: string;
  /** `out`: this node is the source (江西省 supports →); `in`: the target. */
  direction: 'out' | 'in';
  neighbours: NeighbourRef[];
}

export interface NodeDetails {
  key: string;
  label: string;
  kind: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  articleCount: number;
  metrics: NodeMetrics;
  groups: NeighbourGroup[];
  /** One card per distinct evidence sentence. */
  evidence: EvidenceCard[];
  /** Dates its evidence covers; missing when undated. */
  firstSeen?: string;
  lastSeen?: string;
  /** Figures on its aid and investment edges. */
  figures: NodeFigures[];
}

/** `null` when the node does not exist. Groups follow the ontology's edge-type order, outgoing first. */
export function nodeDetails(graph: ViewGraph, node: string): NodeDetails | null {
  if (!graph.hasNode(node)) return null;
  const a = graph.getNodeAttributes(node);
  const groups = new Map<string, NeighbourGroup>();

  graph.forEachEdge(node, (_edge, e, source, target) => {
    const direction = source === node ? 'out' : 'in';
    const other = direction === 'out' ? target : source;
    const groupKey = `${e.kind}|${direction}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = { edgeKind: e.kind, direction, neighbours: [] };
      groups.set(groupKey, group);
    }
    if (!group.neighbours.some((n) => n.key === other)) {
      const o = graph.getNodeAttributes(other);
      group.neighbours.push({ key: other, label: o.label, kind: o.kind });
    }
  });

  for (const group of groups.values()) group.neighbours.sort((x, y) => x.label.localeCompare(y.label, 'zh'));
  const rank = (kind: string) => {
    const i = (EDGE_TYPES as readonly string[]).indexOf(kind);
    return i === -1 ? EDGE_TYPES.length : i;
  };
  const sortedGroups = [...groups.values()].sort(
    (x, y) => rank(x.edgeKind) - rank(y.edgeKind) || x.edgeKind.localeCompare(y.edgeKind) || (x.direction === 'out' ? -1 : 1),
  );
  return {
    key: node,
    label: a.label,
    kind: a.kind,
    aliases: a.aliases.filter((alias) => alias !== a.label),
    mentions: a.mentions,
    articles: a.articles,
    articleCount: a.articleCount,
    metrics: { degree: a.degree, pagerank: a.pagerank, betweenness: a.betweenness, community: a.community },
    groups: sortedGroups,
    evidence: nodeEvidenceCards(graph, node),
    ...(a.firstSeen && a.lastSeen ? { firstSeen: a.firstSeen, lastSeen: a.lastSeen } : {}),
    figures: nodeFigures(graph, node),
  };
}
