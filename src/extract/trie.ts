// A character trie for leftmost-longest scans of names in text.

import { charSet, hasChar } from '../ingest/char-set.ts';

/**
 * A character trie. Words go into a map-based tree; the first lookup packs it into arrays,
 * nodes numbered breadth-first so that a node's children are consecutive: node n's
 * children are the edges [childStart[n], childStart[n + 1]), edge e leads to node e + 1,
 * and the edges' characters are sorted within a node. The first character is looked up
 * behind a bitset of first characters (most text characters start no name, so most
 * positions cost one read) in a small hash table, and a bitset says which nodes end a
 * word, so a walk reads no value it cannot use. The gazetteer's trie then takes about
 * 150 KB instead of a megabyte and more, and stays in the cache while the other recognisers run.
 */
export class Trie<V> {
  private readonly root = new Map<number, Building<V>>();
  private packed: Packed<V> | undefined;
  /** The characters that start a word: most characters of a text start none. */
  private readonly starts = charSet([]);
  /** The one-character words. */
  private readonly singles = charSet([]);
  /** Hashes of the first two characters of the longer words: most pairs of text start none, so most walks end before the tables. */
  private readonly pairs = charSet([]);

  insert(word: string, value: V): void {
    if (word.length === 0) return;
    this.packed = undefined;
    let children = this.root;
    let node: Building<V> | undefined;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      node = children.get(c);
      if (!node) children.set(c, (node = { children: new Map(), value: undefined }));
      children = node.children;
    }
    const c0 = word.charCodeAt(0);
    this.starts[c0 >>> 5]! |= 1 << (c0 & 31);
    if (word.length === 1) this.singles[c0 >>> 5]! |= 1 << (c0 & 31);
    else {
      const pair = pairHash(c0, word.charCodeAt(1));
      this.pairs[pair >>> 5]! |= 1 << (pair & 31);
    }
    // A word inserted twice keeps its first value.
    node!.value ??= value;
  }

  /**
   * The first position from `from` on where a word may start (its first character, and its first
   * two or a one-character word, pass the bitsets), else the text's length. Scans call it between
   * words: the loop over characters that start nothing stays in here, one call per stretch.
   */
  nextStart(text: string, from: number): number {
    const { starts, singles, pairs } = this;
    const n = text.length;
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!hasChar(starts, c)) continue;
      if (hasChar(singles, c) || (i + 1 < n && hasChar(pairs, pairHash(c, text.charCodeAt(i + 1))))) return i;
    }
    return n;
  }

  /** Value of the word found by the last `longestEndAt`. */
  lastValue: V | undefined;

  /** End of the longest accepted word starting at `start` (its value in `lastValue`), or -1; allocates nothing. */
  longestEndAt(text: string, start: number, accept: (value: V) => boolean): number {
    const c = text.charCodeAt(start);
    if (!hasChar(this.starts, c)) return -1;
    const longer = start + 1 < text.length && hasChar(this.pairs, pairHash(c, text.charCodeAt(start + 1)));
    if (!longer && !hasChar(this.singles, c)) return -1;
    const { rootChar, rootNode, rootMask, childStart, edgeChar, ends, values } = this.packed ?? this.pack();
    let node = rootChild(rootChar, rootNode, rootMask, c);
    let bestEnd = -1;
    for (let i = start + 1; node !== 0; i++) {
      if (hasChar(ends, node)) {
        const value = values[node]!;
        if (accept(value)) {
          bestEnd = i;
          this.lastValue = value;
        }
      }
      if (i >= text.length || (i === start + 1 && !longer)) break;
      node = child(childStart, edgeChar, node, text.charCodeAt(i));
    }
    return bestEnd;
  }

  /** The longest accepted word starting at `start`, or null. */
  longestAt(text: string, start: number, accept: (value: V) => boolean): { end: number; value: V } | null {
    const end = this.longestEndAt(text, start, accept);
    return end < 0 ? null : { end, value: this.lastValue! };
  }

  private pack(): Packed<V> {
    const values: Array<V | undefined> = [undefined];
    const starts: number[] = [0];
    const chars: number[] = [];
    const roots = [...this.root].sort((a, b) => a[0] - b[0]);
    // Breadth-first: node ids in the order they are reached, children of one node in a row.
    const queue: Array<Building<V>> = [];
    for (const [, node] of roots) {
      values.push(node.value);
      queue.push(node);
    }
    starts.push(0); // node 0 (the root) has no packed children: the root table holds them.
    for (let q = 0; q < queue.length; q++) {
      for (const [c, node] of [...queue[q]!.children].sort((a, b) => a[0] - b[0])) {
        chars.push(c);
        values.push(node.value);
        queue.push(node);
      }
      starts.push(chars.length);
    }
    // Node ids: root 0, first-level nodes 1..R, and the node reached by deeper edge e is e + 1 + R.
    const childStart = new Int32Array(starts.length);
    for (let n = 0; n < starts.length; n++) childStart[n] = starts[n]! + roots.length;
    const edgeChar = new Uint16Array(roots.length + chars.length);
    edgeChar.set(chars, roots.length);
    const ends = new Uint32Array((values.length >>> 5) + 1);
    values.forEach((v, n) => {
      if (v !== undefined) ends[n >>> 5]! |= 1 << (n & 31);
    });
    // The root's children in an open-addressing table at most half full.
    let size = 8;
    while (size < 2 * roots.length) size *= 2;
    const rootChar = new Int32Array(size).fill(-1);
    const rootNode = new Int32Array(size);
    roots.forEach(([c], k) => {
      let h = rootSlot(c, size - 1);
      while (rootChar[h] !== -1) h = (h + 1) & (size - 1);
      rootChar[h] = c;
      rootNode[h] = k + 1;
    });
    this.packed = { rootChar, rootNode, rootMask: size - 1, childStart, edgeChar, ends, values };
    return this.packed;
  }
}

interface Building<V> {
  children: Map<number, Building<V>>;
  value: V | undefined;
}

interface Packed<V> {
  /** The root's children: character (-1 for an empty slot) and node by hash slot. */
  rootChar: Int32Array;
  rootNode: Int32Array;
  rootMask: number;
  /** Node n's children are the nodes e + 1 for e in [childStart[n], childStart[n + 1]). */
  childStart: Int32Array;
  /** The character of edge e (sorted within a node). */
  edgeChar: Uint16Array;
  /** Bit n: node n ends a word. */
  ends: Uint32Array;
  values: Array<V | undefined>;
}

/** A 16-bit hash of two characters (a bit of `pairs`). */
function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 16;
}

function rootSlot(code: number, mask: number): number {
  return (Math.imul(code, 0x9e3779b1) >>> 16) & mask;
}

/** The first-level node of character `code`, or 0. */
function rootChild(rootChar: Int32Array, rootNode: Int32Array, mask: number, code: number): number {
  for (let h = rootSlot(code, mask); ; h = (h + 1) & mask) {
    const c = rootChar[h]!;
    if (c === code) return rootNode[h]!;
    if (c === -1) return 0;
  }
}

/** The child of `node` by character `code`, or 0. */
function child(childStart: Int32Array, edgeChar: Uint16Array, node: number, code: number): number {
  let lo = childStart[node]!;
  let hi = childStart[node + 1]!;
  // Most nodes below the first level have one to three children.
  while (hi - lo > 8) {
    const mid = (lo + hi) >>> 1;
    const c = edgeChar[mid]!;
    if (c === code) return mid + 1;
    if (c < code) lo = mid + 1;
    else hi = mid;
  }
  for (; lo < hi; lo++) if (edgeChar[lo] === code) return lo + 1;
  return 0;
}

export interface WordMatch<V> {
  start: number;
  end: number;
  value: V;
}

/** The words of `trie` in `text`, leftmost-longest and not overlapping: what a global alternation of them finds. */
export function findWords<V>(trie: Trie<V>, text: string): Array<WordMatch<V>> {
  const found: Array<WordMatch<V>> = [];
  for (let i = trie.nextStart(text, 0); i < text.length; i = trie.nextStart(text, i)) {
    const end = trie.longestEndAt(text, i, acceptAll);
    if (end < 0) {
      i++;
      continue;
    }
    found.push({ start: i, end, value: trie.lastValue! });
    i = end;
  }
  return found;
}

/** A trie of `words`, each its own value. */
export function wordTrie(words: Iterable<string>): Trie<string> {
  const trie = new Trie<string>();
  for (const word of words) trie.insert(word, word);
  return trie;
}

const acceptAll = (): boolean => true;
