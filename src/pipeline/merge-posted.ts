// One more article merged into a served graph: names unified with the graph's aliases,
// new nodes placed next to their neighbours so the viewer shows them in context.
import { aliasIndex, unifyAliases } from '../extract/unify-aliases.ts';
import type { KgGraph } from '../graph/build.ts';
import { mergeExtraction } from '../graph/build.ts';
import type { MergeOptions } from '../graph/build.ts';
import { edgeKey } from '../graph/keys.ts';
import type { Extraction } from '../types.ts';

/** The extraction with aliases the graph already resolves replaced by canonical names. */
export function unifyWithGraph(graph: KgGraph, extraction: Extraction): Extraction {
  // Only the article's own names are looked up, so only nodes answering to one of them take
  // part: the index of every alias in a 38k-node graph cost more than the rest of an add.
  const names = new Set(extraction.entities.map((e) => e.name));
  const known: Array<{ name: string; type: string; aliases: string[] }> = [];
  graph.forEachNode((name, { type, aliases }) => {
    if (aliases.some((alias) => names.has(alias))) known.push({ name, type, aliases });
  });
  return unifyAliases([extraction], aliasIndex([...known, ...extraction.entities]))[0];
}

export interface MergedArticle {
  nodes: string[];
  edges: string[];
  skipped: number;
}

export function mergePosted(graph: KgGraph, extraction: Extraction, options: Omit<MergeOptions, 'sizes'> = {}): MergedArticle {
  const before = new Set(extraction.entities.map((e) => e.name).filter((name) => graph.hasNode(name)));
  const { skipped } = mergeExtraction(graph, extraction, options);
  const nodes = extraction.entities.map((e) => e.name).filter((name) => graph.hasNode(name));
  placeNewNodes(graph, nodes.filter((n) => !before.has(n)));
  const edges = extraction.relations.map((r) => edgeKey(r.source, r.type, r.target)).filter((key) => graph.hasEdge(key));
  return { nodes, edges: [...new Set(edges)], skipped: skipped.length };
}

function placeNewNodes(graph: KgGraph, nodes: string[]): void {
  nodes.forEach((node, i) => {
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachNeighbor(node, (_neighbor, attributes) => {
      if (attributes.x === 0 && attributes.y === 0) return;
      x += attributes.x;
      y += attributes.y;
      n++;
    });
    // A small spiral keeps several new neighbours of one node from landing on each other.
    const angle = i * 2.4;
    const radius = 1 + i * 0.5;
    graph.mergeNodeAttributes(node, {
      x: (n ? x / n : 0) + radius * Math.cos(angle),
      y: (n ? y / n : 0) + radius * Math.sin(angle),
    });
  });
}
