// "find 医院 in 和田地区": entities by type or name text, optionally inside an area.
import { InvalidInputError } from '../errors.ts';
import type { KgGraph } from '../graph/build.ts';
import type { NodeType } from '../types.ts';
import { normaliseQuery } from './normalise-query.ts';
import { nodesWithin } from './nodes-within.ts';
import { checkNodeType } from './node-types.ts';
import { resolveName } from './resolve-name.ts';
import { getSearchIndex } from './search-index.ts';
import { rankHits } from './top-hits.ts';

export interface FindParams {
  /** Part of a name or alias. */
  text?: string;
  type?: string;
  /** An area: keep what lies in it (located_in / part_of chains). */
  within?: string;
}

export interface FoundNode {
  node: string;
  label: string;
  type: NodeType;
}

export function findNodes(graph: KgGraph, params: FindParams): FoundNode[] {
  const type = params.type === undefined ? undefined : checkNodeType(params.type);
  const text = params.text === undefined ? undefined : normaliseQuery(params.text);
  if (text === '' || (text === undefined && type === undefined && params.within === undefined))
    throw new InvalidInputError('find needs a name, a type or an area', { hint: 'e.g. find hospital in 和田地区' });

  let nodes: string[];
  if (params.within !== undefined) {
    nodes = nodesWithin(graph, resolveName(graph, params.within), type);
    if (text !== undefined) {
      const matching = new Set(getSearchIndex(graph).lookup(text).map((hit) => hit.node));
      nodes = nodes.filter((node) => matching.has(node));
    }
  } else if (text !== undefined) {
    nodes = rankHits(graph, getSearchIndex(graph).lookup(text)).map((hit) => hit.node);
    if (type !== undefined) nodes = nodes.filter((node) => graph.getNodeAttribute(node, 'type') === type);
  } else {
    nodes = graph.filterNodes((_node, attributes) => attributes.type === type);
    nodes.sort((a, b) => graph.getNodeAttribute(b, 'mentions') - graph.getNodeAttribute(a, 'mentions') || (a < b ? -1 : 1));
  }
  return nodes.map((node) => {
    const attributes = graph.getNodeAttributes(node);
    return { node, label: attributes.label, type: attributes.type };
  });
}
