// Everything the viewer's side panel shows about one entity.
import { DEFAULT_SETTINGS } from '../config.ts';
import { evidenceCountOf } from '../graph/build.ts';
import type { KgGraph } from '../graph/build.ts';
import { nodeMetrics } from '../graph/metrics.ts';
import type { NodeMetrics } from '../graph/metrics.ts';
import type { EdgeType, Evidence, NodeAttributes } from '../types.ts';
import { findNeighbors } from './neighbors.ts';
import { resolveName } from './resolve-name.ts';

export interface NeighborRef {
  node: string;
  label: string;
  weight: number;
}

export interface EvidenceRow extends Evidence {
  source: string;
  type: EdgeType;
  target: string;
}

export interface NodeDetails {
  id: string;
  attributes: NodeAttributes;
  /** Degree, PageRank, betweenness and community, computed once per graph version. */
  metrics: NodeMetrics;
  /** Per edge type: neighbours the entity points to (`out`) and that point to it (`in`). */
  neighbors: Partial<Record<EdgeType, { out: NeighborRef[]; in: NeighborRef[] }>>;
  evidence: EvidenceRow[];
  /** Evidence sentences in all, those edges keep and those past their per-article cap; `evidence` lists at most `maxEvidence`. */
  evidenceTotal: number;
}

export function nodeDetails(graph: KgGraph, name: string, maxEvidence = DEFAULT_SETTINGS.maxNodeEvidence): NodeDetails {
  const id = resolveName(graph, name);
  const neighbors: NodeDetails['neighbors'] = {};
  for (const n of findNeighbors(graph, { of: id }).neighbors) {
    const group = (neighbors[n.edge.type] ??= { out: [], in: [] });
    group[n.edge.direction].push({ node: n.node, label: n.label, weight: n.edge.weight });
  }

  const evidence: EvidenceRow[] = [];
  let evidenceTotal = 0;
  graph.forEachEdge(id, (_key, attributes, source, target) => {
    evidenceTotal += evidenceCountOf(attributes);
    for (const e of attributes.evidence) {
      if (evidence.length >= maxEvidence) break;
      evidence.push({ ...e, source, type: attributes.type, target });
    }
  });
  return { id, attributes: graph.getNodeAttributes(id), metrics: nodeMetrics(graph, id), neighbors, evidence, evidenceTotal };
}
