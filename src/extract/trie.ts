// A character trie for leftmost-longest scans of names in text.

import { type CharSet, charSet, hasChar, pairHash } from '../ingest/char-set.ts';

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
    this.shared = undefined;
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
    if (this.shared === undefined) this.shared = joinShared(starts);
    if (this.shared >= 0 && n >= SHARED_MIN_LENGTH) {
      // Only where this trie's first characters stand, found for all sparse tries in one pass.
      const lists = sharedPositions(text);
      const last = lists[this.shared + 1]!;
      // A scan asks from ever later positions: go on from where the last call ended.
      let k = lists === this.cursorList && this.cursorFrom <= from ? this.cursorAt : firstAtOrAfter(lists, lists[this.shared]!, last, from);
      while (k < last && lists[k]! < from) k++;
      for (; k < last; k++) {
        const i = lists[k]!;
        const c = text.charCodeAt(i);
        if (hasChar(singles, c) || (i + 1 < n && hasChar(pairs, pairHash(c, text.charCodeAt(i + 1))))) break;
      }
      this.cursorList = lists;
      this.cursorFrom = from;
      this.cursorAt = k;
      return k < last ? lists[k]! : n;
    }
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!hasChar(starts, c)) continue;
      if (hasChar(singles, c) || (i + 1 < n && hasChar(pairs, pairHash(c, text.charCodeAt(i + 1))))) return i;
    }
    return n;
  }

  /** This trie's bit in the shared pass, or -1 if it scans alone (undefined: not decided since the last insert). */
  private shared: number | undefined;
  /** Where the last shared scan stopped: its list, the position asked from, the index it ended at. */
  private cursorList: Int32Array | undefined;
  private cursorFrom = 0;
  private cursorAt = 0;

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

// Most tries (industry words, known agencies, companies and programmes, level words) start
// their words with a few dozen characters. Each used to scan every character of a text; now
// one pass per text lists where each of them may start, and each reads only its own list.
/** Most distinct first characters for a trie to share the pass: more, and it scans alone. */
const SPARSE_STARTS = 256;
/** Most tries that share the pass (one bit each of a character's mask). */
const SHARED_TRIES = 16;
/** Shorter texts (a name looked up on its own) are scanned directly: their lists would not be reused. */
const SHARED_MIN_LENGTH = 64;
/** Texts whose lists are kept (a batch of articles is scanned by one recogniser after another). */
const SHARED_TEXTS = 256;
/** The characters that start a word of any sharing trie, and by character the bits of those tries. */
const sharedStarts = charSet([]);
const sharedMask = new Uint16Array(0x10000);
let sharing = 0;
const positionsOf = new Map<string, Int32Array>();
let scratch: Int32Array[] = [];
const counts = new Int32Array(SHARED_TRIES);

/** This trie's bit in the shared pass if it has few first characters and a bit is free, else -1. */
function joinShared(starts: CharSet): number {
  let count = 0;
  for (let w = 0; w < starts.length; w++) count += bitCount(starts[w]!);
  if (count > SPARSE_STARTS || sharing >= SHARED_TRIES) return -1;
  const bit = sharing++;
  for (let w = 0; w < starts.length; w++) {
    for (let v = starts[w]!; v !== 0; v &= v - 1) {
      const code = (w << 5) | (31 - Math.clz32(v & -v));
      sharedMask[code]! |= 1 << bit;
    }
    sharedStarts[w]! |= starts[w]!;
  }
  // Lists made before this trie joined have none for it.
  positionsOf.clear();
  return bit;
}

function bitCount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) n++;
  return n;
}

/**
 * For each sharing trie, the positions of `text` whose character starts one of its words, ascending,
 * all in one array: trie b's are at the indexes [lists[b], lists[b + 1]).
 */
function sharedPositions(text: string): Int32Array {
  let lists = positionsOf.get(text);
  if (lists) return lists;
  if (scratch.length < sharing || (scratch[0]?.length ?? 0) < text.length) {
    scratch = Array.from({ length: sharing }, () => new Int32Array(Math.max(text.length, 4096)));
  }
  counts.fill(0);
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!hasChar(sharedStarts, c)) continue;
    for (let m = sharedMask[c]!; m !== 0; m &= m - 1) {
      const bit = 31 - Math.clz32(m & -m);
      scratch[bit]![counts[bit]!++] = i;
      total++;
    }
  }
  lists = new Int32Array(sharing + 1 + total);
  let at = sharing + 1;
  for (let bit = 0; bit < sharing; bit++) {
    lists[bit] = at;
    const list = scratch[bit]!;
    for (let k = 0; k < counts[bit]!; k++) lists[at++] = list[k]!;
  }
  lists[sharing] = at;
  if (positionsOf.size >= SHARED_TEXTS) positionsOf.clear();
  positionsOf.set(text, lists);
  return lists;
}

/** The index in [lo, hi) of the first position at or after `from`, else hi. */
function firstAtOrAfter(positions: Int32Array, lo: number, hi: number, from: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (positions[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

/** Every position where a word of `trie` starts in `text`, in order (words may overlap). */
export function wordStarts<V>(trie: Trie<V>, text: string): number[] {
  const starts: number[] = [];
  for (let i = trie.nextStart(text, 0); i < text.length; i = trie.nextStart(text, i + 1)) if (trie.longestEndAt(text, i, acceptAll) >= 0) starts.push(i);
  return starts;
}

/** A trie of `words`, each its own value. */
export function wordTrie(words: Iterable<string>): Trie<string> {
  const trie = new Trie<string>();
  for (const word of words) trie.insert(word, word);
  return trie;
}

const acceptAll = (): boolean => true;
