// What the side panel shows for a node, read from the loaded graph (which carries the evidence).
import { EDGE_TYPES } from '../../src/api/contract.ts';
import type { ViewGraph } from './load-graph.ts';

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

export interface EvidenceItem {
  article: string;
  sentence: string;
  start: number;
  end: number;
  edgeKind: string;
  source: string;
  target: string;
}

export interface NodeDetails {
  key: string;
  label: string;
  kind: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  degree: number;
  groups: NeighbourGroup[];
  evidence: EvidenceItem[];
}

/** `null` when the node does not exist. Groups follow the ontology's edge-type order, outgoing first. */
export function nodeDetails(graph: ViewGraph, node: string): NodeDetails | null {
  if (!graph.hasNode(node)) return null;
  const a = graph.getNodeAttributes(node);
  const groups = new Map<string, NeighbourGroup>();
  const evidence: EvidenceItem[] = [];
  const seenEvidence = new Set<string>();

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
    for (const ev of e.evidence) {
      const id = `${ev.article}|${ev.start}|${ev.end}|${ev.sentence}|${e.kind}|${source}|${target}`;
      if (seenEvidence.has(id)) continue;
      seenEvidence.add(id);
      evidence.push({ ...ev, edgeKind: e.kind, source, target });
    }
  });

  for (const group of groups.values()) group.neighbours.sort((x, y) => x.label.localeCompare(y.label, 'zh'));
  evidence.sort((x, y) => x.article.localeCompare(y.article) || x.start - y.start);
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
    degree: a.degree,
    groups: sortedGroups,
    evidence,
  };
}
