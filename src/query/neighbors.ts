// Neighbours of an entity, one row per edge, filtered by node type and edge type.
import { InvalidInputError } from '../errors.ts';
import type { KgGraph } from '../graph/build.ts';
import { EDGE_TYPES } from '../types.ts';
import type { EdgeType, NodeType } from '../types.ts';
import { checkEdgeType, checkNodeType } from './node-types.ts';
import { resolveName } from './resolve-name.ts';

export interface NeighborsParams {
  of: string;
  /** Keep neighbours of this type. */
  type?: string;
  /** Keep edges of these types. */
  via?: readonly string[];
  /** `out`: edges leaving the entity, `in`: edges arriving, `both` (default). */
  direction?: 'out' | 'in' | 'both';
}

export interface Neighbor {
  node: string;
  label: string;
  type: NodeType;
  edge: { key: string; type: EdgeType; direction: 'out' | 'in'; weight: number };
}

export interface NeighborsResult {
  of: string;
  neighbors: Neighbor[];
}

const TYPE_ORDER = new Map<EdgeType, number>(EDGE_TYPES.map((t, i) => [t, i]));

export function findNeighbors(graph: KgGraph, params: NeighborsParams): NeighborsResult {
  const of = resolveName(graph, params.of);
  const type = params.type === undefined ? undefined : checkNodeType(params.type);
  const via = params.via?.length ? new Set(params.via.map(checkEdgeType)) : undefined;
  const direction = params.direction ?? 'both';
  if (!['out', 'in', 'both'].includes(direction)) throw new InvalidInputError(`direction must be out, in or both`);

  const neighbors: Neighbor[] = [];
  const collect = (out: boolean) => (key: string, attributes: { type: EdgeType; weight: number }, source: string, target: string) => {
    if (via && !via.has(attributes.type)) return;
    const node = out ? target : source;
    const nodeAttributes = graph.getNodeAttributes(node);
    if (type !== undefined && nodeAttributes.type !== type) return;
    neighbors.push({
      node,
      label: nodeAttributes.label,
      type: nodeAttributes.type,
      edge: { key, type: attributes.type, direction: out ? 'out' : 'in', weight: attributes.weight },
    });
  };
  if (direction !== 'in') graph.forEachOutEdge(of, collect(true));
  if (direction !== 'out') graph.forEachInEdge(of, collect(false));
  neighbors.sort(
    (a, b) =>
      TYPE_ORDER.get(a.edge.type)! - TYPE_ORDER.get(b.edge.type)! ||
      b.edge.weight - a.edge.weight ||
      (a.node < b.node ? -1 : a.node > b.node ? 1 : 0),
  );
  return { of, neighbors };
}
