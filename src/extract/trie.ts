// A character trie for leftmost-longest scans of names in text.

import { charSet, hasChar } from '../ingest/char-set.ts';

/**
 * A character trie. The first character is looked up in a flat table behind a bitset of
 * first characters (most text characters start no name, so most positions cost one read
 * of a small table); deeper edges are one open-addressing table over (node, character),
 * each slot's node, character and target side by side: a probe reads one cache line.
 */
export class Trie<V> {
  private readonly first = new Int32Array(0x10000);
  /** The characters that start a word: most characters of a text start none. */
  private readonly starts = charSet([]);
  // Edges below the first level in one open-addressing table over (node, character), SLOT
  // numbers per edge: [node, character, target, unused]. The tables of a big gazetteer
  // outgrow the cache, so a probe that touched three arrays cost three misses.
  private table = new Int32Array(SLOT << 10);
  private edges = 0;
  private nodes = 1;
  private readonly values: Array<V | undefined> = [undefined];

  insert(word: string, value: V): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let next = i === 0 ? this.first[c]! : this.child(node, c);
      if (next === 0) {
        next = this.nodes++;
        this.values.push(undefined);
        if (i === 0) {
          this.first[c] = next;
          this.starts[c >>> 5]! |= 1 << (c & 31);
        } else this.addEdge(node, c, next);
      }
      node = next;
    }
    // A word inserted twice keeps its first value.
    this.values[node] ??= value;
  }

  /** Value of the word found by the last `longestEndAt`. */
  lastValue: V | undefined;

  /** End of the longest accepted word starting at `start` (its value in `lastValue`), or -1; allocates nothing. */
  longestEndAt(text: string, start: number, accept: (value: V) => boolean): number {
    const c = text.charCodeAt(start);
    if (!hasChar(this.starts, c)) return -1;
    let node = this.first[c]!;
    let bestEnd = -1;
    for (let i = start + 1; node !== 0; i++) {
      const value = this.values[node];
      if (value !== undefined && accept(value)) {
        bestEnd = i;
        this.lastValue = value;
      }
      if (i >= text.length) break;
      node = this.child(node, text.charCodeAt(i));
    }
    return bestEnd;
  }

  /** The longest accepted word starting at `start`, or null. */
  longestAt(text: string, start: number, accept: (value: V) => boolean): { end: number; value: V } | null {
    const c = text.charCodeAt(start);
    if (!hasChar(this.starts, c)) return null;
    let node = this.first[c]!;
    let best: { end: number; value: V } | null = null;
    for (let i = start + 1; node !== 0; i++) {
      const value = this.values[node];
      if (value !== undefined && accept(value)) best = { end: i, value };
      if (i >= text.length) break;
      node = this.child(node, text.charCodeAt(i));
    }
    return best;
  }

  /** The node after `node` by character `code`, or 0. */
  private child(node: number, code: number): number {
    const table = this.table;
    const mask = table.length / SLOT - 1;
    for (let h = edgeSlot(node, code, mask); ; h = (h + 1) & mask) {
      const at = h * SLOT;
      const target = table[at + 2]!;
      if (target === 0 || (table[at] === node && table[at + 1] === code)) return target;
    }
  }

  private addEdge(node: number, code: number, target: number): void {
    if (2 * (this.edges + 1) > this.table.length / SLOT) this.grow();
    const table = this.table;
    const mask = table.length / SLOT - 1;
    let h = edgeSlot(node, code, mask);
    while (table[h * SLOT + 2] !== 0) h = (h + 1) & mask;
    table[h * SLOT] = node;
    table[h * SLOT + 1] = code;
    table[h * SLOT + 2] = target;
    this.edges++;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.edges = 0;
    for (let at = 0; at < old.length; at += SLOT) if (old[at + 2] !== 0) this.addEdge(old[at]!, old[at + 1]!, old[at + 2]!);
  }
}

/** Int32 numbers per edge slot: a power of two, so slots never straddle a cache line. */
const SLOT = 4;

function edgeSlot(node: number, code: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 7 & mask;
}
