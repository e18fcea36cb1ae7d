// The best `limit` search hits, one per node, kept while candidates stream past: a query
// of one character meets thousands of names, and sorting them all to show ten is waste.
import type { KgGraph } from '../graph/build.ts';
import type { NodeAttributes } from '../types.ts';
import { matchRank } from './search-index.ts';
import type { IndexHit, MatchKind } from './search-index.ts';

interface Ranked {
  hit: IndexHit;
  rank: number;
  mentions: number;
}

export class TopHits {
  /** Best first; at most `limit` long. */
  private ranked: Ranked[] = [];
  private byNode = new Map<string, Ranked>();

  constructor(
    private readonly limit: number,
    private readonly wanted: (attributes: NodeAttributes) => boolean = () => true,
  ) {}

  get size(): number {
    return this.ranked.length;
  }

  offer(node: string, match: MatchKind, matched: string, attributes: NodeAttributes): void {
    const rank = matchRank(match);
    const worst = this.ranked.length === this.limit ? this.ranked[this.limit - 1] : undefined;
    // The match kind ranks first: a worse kind than the last kept loses at once.
    if (worst && rank > worst.rank) return;
    const entry: Ranked = { hit: { node, match, matched }, rank, mentions: attributes.mentions ?? 0 };
    // Not better than the last kept: not better than this node's own entry either, if kept.
    if (worst && compareRanked(entry, worst) >= 0) return;
    const held = this.byNode.get(node);
    if (held ? held.rank <= rank : !this.wanted(attributes)) return;
    if (held) this.ranked.splice(this.ranked.indexOf(held), 1);
    let i = this.ranked.length;
    while (i > 0 && compareRanked(entry, this.ranked[i - 1]) < 0) i--;
    this.ranked.splice(i, 0, entry);
    this.byNode.set(node, entry);
    if (this.ranked.length > this.limit) this.byNode.delete(this.ranked.pop()!.hit.node);
  }

  hits(): IndexHit[] {
    return this.ranked.map((r) => r.hit);
  }
}

/** Best match kind first, then the most mentioned, then the shortest name. */
export function rankHits(graph: KgGraph, hits: IndexHit[]): IndexHit[] {
  return hits
    .map((hit) => ({ hit, rank: matchRank(hit.match), mentions: mentionsOf(graph, hit.node) }))
    .sort(compareRanked)
    .map((r) => r.hit);
}

function mentionsOf(graph: KgGraph, node: string): number {
  return graph.getNodeAttribute(node, 'mentions') ?? 0;
}

function compareRanked(a: Ranked, b: Ranked): number {
  const x = a.hit.node;
  const y = b.hit.node;
  return a.rank - b.rank || b.mentions - a.mentions || x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
}
