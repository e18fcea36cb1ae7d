// Name index of a graph: canonical names, aliases (Simplified and Traditional compare
// alike) and their pinyin, full and initials. Built once per graph on first use, then
// kept current from graphology's events, so merging an article updates it in place.
import type { KgGraph } from '../graph/build.ts';
import type { NodeAttributes } from '../types.ts';
import { hasHan } from './normalise-query.ts';
import { keyRank, spellingKey } from './spelling-keys.ts';

/** How a query met a node, best first. */
export const MATCH_KINDS = [
  'name',
  'alias',
  'name-prefix',
  'alias-prefix',
  'pinyin-initials',
  'pinyin',
  'name-substring',
  'alias-substring',
] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

type KeyKind = 'name' | 'alias' | 'pinyin-initials' | 'pinyin';

interface Key {
  key: string;
  node: string;
  kind: KeyKind;
  /** The spelling this key came from (a name or an alias as written). */
  text: string;
  owner: NodeEntry;
}

interface NodeEntry {
  node: string;
  signature: string;
  keys: Key[];
  /** Distinct characters of the normalised name, for similarity scores. */
  nameChars: string[];
  /** Index in `slots`, the integer the character lists hold. */
  slot: number;
  /** The node's attributes object in the graph, so ranking reads mentions without a lookup. */
  attributes: NodeAttributes;
}

export interface IndexHit {
  node: string;
  match: MatchKind;
  /** The name or alias that matched. */
  matched: string;
}

export type MatchVisitor = (node: string, match: MatchKind, matched: string, attributes: NodeAttributes) => void;

export interface SearchIndex {
  /** Nodes whose name or alias is exactly `q` (already normalised), names first. */
  exact(q: string): IndexHit[];
  /** Every node matching `q` (normalised), best match per node: prefixes of names, aliases
   *  and pinyin, and (for Chinese input) substrings of names and aliases. */
  lookup(q: string, options?: { substring?: boolean; pinyin?: boolean }): IndexHit[];
  /** Calls `visit` for each key that `q` (normalised) begins, so once per key, not per node. */
  forEachPrefixMatch(q: string, options: { pinyin?: boolean }, visit: MatchVisitor): void;
  /** Calls `visit` for each name or alias containing Chinese `q` elsewhere than at its start. */
  forEachSubstringMatch(q: string, visit: MatchVisitor): void;
  /** Up to `limit` names sharing the most characters with `q` (normalised): Dice's coefficient over
   *  distinct characters at least `minScore`, best first, then shorter, then by name. */
  similar(q: string, limit: number, minScore: number): string[];
  /** Indexes the characters of up to `count` more names (what substring search and `similar`
   *  read, built after the rest so a server starts sooner); true when none is left. Those two
   *  catch up on their own first, so this only moves the work off the first request. */
  warm(count: number): boolean;
  size(): number;
}

const indexes = new WeakMap<KgGraph, NameIndex>();

export function getSearchIndex(graph: KgGraph): SearchIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = new NameIndex(graph);
    indexes.set(graph, index);
  }
  return index;
}

const KIND_RANK: Record<MatchKind, number> = Object.fromEntries(MATCH_KINDS.map((k, i) => [k, i])) as Record<
  MatchKind,
  number
>;

class NameIndex implements SearchIndex {
  /** All keys sorted by `key`, for prefix ranges by binary search. */
  private sorted: Key[] = [];
  /** Keys per node, for removal. */
  private byNode = new Map<string, NodeEntry>();
  private exactKeys = new Map<string, Key[]>();
  /** Name and alias keys by the Chinese characters and character pairs they contain, so a
   *  substring search reads only the keys holding the query's rarest pair, not every name. */
  private byGram = new Map<string, Key[]>();
  /** Node slots by each distinct character of their normalised name, so similar names are
   *  found by counting through the lists of the query's characters, not by scoring every name. */
  private byChar = new Map<string, number[]>();
  private slots: Array<NodeEntry | undefined> = [];
  /** Slots below this one are in `byGram` and `byChar`; `warm` moves it up. */
  private gramCursor = 0;
  private freeSlots: number[] = [];
  /** Characters shared with the query, per slot; zero between calls. */
  private shared = new Uint16Array(0);
  /** Distinct characters of each slot's name, beside `shared`, so scoring a slot reads no entry. */
  private nameSizes = new Uint16Array(0);

  constructor(private readonly graph: KgGraph) {
    graph.forEachNode((node) => this.indexNode(node, false));
    this.sorted = sortByKey(this.sorted);
    graph.on('nodeAdded', ({ key }) => this.indexNode(key, true));
    graph.on('nodeDropped', ({ key }) => this.removeNode(key));
    graph.on('nodeAttributesUpdated', (payload) => {
      // Setting size, x, y… cannot change a name; skip it cheaply.
      if ((payload.type === 'set' || payload.type === 'remove') && payload.name !== 'label' && payload.name !== 'aliases') return;
      this.indexNode(payload.key, true);
    });
    // Unchanged names are recognised by their signature, so this costs little.
    graph.on('eachNodeAttributesUpdated', () => graph.forEachNode((node) => this.indexNode(node, true)));
    graph.on('cleared', () => this.clear());
  }

  size(): number {
    return this.byNode.size;
  }

  exact(q: string): IndexHit[] {
    const keys = this.exactKeys.get(q) ?? [];
    const hits = keys.map((k) => ({ node: k.node, match: k.kind as MatchKind, matched: k.text }));
    return bestPerNode(hits);
  }

  lookup(q: string, options: { substring?: boolean; pinyin?: boolean } = {}): IndexHit[] {
    const hits: IndexHit[] = [];
    const collect: MatchVisitor = (node, match, matched) => hits.push({ node, match, matched });
    this.forEachPrefixMatch(q, options, collect);
    if (options.substring ?? true) this.forEachSubstringMatch(q, collect);
    return bestPerNode(hits);
  }

  forEachPrefixMatch(q: string, options: { pinyin?: boolean }, visit: MatchVisitor): void {
    if (q === '') return;
    const withPinyin = options.pinyin ?? true;
    for (let i = lowerBound(this.sorted, q); i < this.sorted.length; i++) {
      const k = this.sorted[i];
      if (!k.key.startsWith(q)) break;
      if (!withPinyin && (k.kind === 'pinyin' || k.kind === 'pinyin-initials')) continue;
      visit(k.node, prefixKind(k, q), k.text, k.owner.attributes);
    }
  }

  forEachSubstringMatch(q: string, visit: MatchVisitor): void {
    // Looking inside names only makes sense for Chinese input ("医院" in "和田地区人民医院").
    if (q === '' || !hasHan(q)) return;
    this.warm(Number.POSITIVE_INFINITY);
    let rarest: Key[] | undefined;
    for (const gram of queryGramsOf(q)) {
      const keys = this.byGram.get(gram);
      if (!keys) return;
      if (!rarest || keys.length < rarest.length) rarest = keys;
    }
    for (const k of rarest ?? [])
      if (k.key.includes(q) && !k.key.startsWith(q))
        visit(k.node, k.kind === 'name' ? 'name-substring' : 'alias-substring', k.text, k.owner.attributes);
  }

  similar(q: string, limit: number, minScore: number): string[] {
    const chars = new Set(q);
    const m = chars.size;
    if (m === 0 || limit < 1) return [];
    this.warm(Number.POSITIVE_INFINITY);
    if (this.shared.length < this.slots.length) this.shared = new Uint16Array(this.slots.length * 2);
    const shared = this.shared;
    // Rarest characters first: a name first met in the i-th list lacks the i characters before
    // it, so it scores at most 2(m − i) / (2m − i); once that is below `minScore`, the longer
    // lists left only add to names already met.
    const lists = [...chars].map((c) => this.byChar.get(c) ?? []).sort((a, b) => a.length - b.length);
    const touched: number[] = [];
    for (const [i, list] of lists.entries()) {
      if ((2 * (m - i)) / (2 * m - i) >= minScore) {
        for (const id of list) if (shared[id]++ === 0) touched.push(id);
      } else {
        for (const id of list) if (shared[id] !== 0) shared[id]++;
      }
    }
    const best: Array<{ node: string; score: number }> = [];
    const sizes = this.nameSizes;
    for (const id of touched) {
      const score = (2 * shared[id]) / (m + sizes[id]);
      shared[id] = 0;
      if (score < minScore) continue;
      const candidate = { node: this.slots[id]!.node, score };
      if (best.length === limit && compareSimilar(candidate, best[limit - 1]) >= 0) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && compareSimilar(candidate, best[at - 1]) < 0) at--;
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
    return best.map((b) => b.node);
  }

  warm(count: number): boolean {
    const end = Math.min(this.slots.length, this.gramCursor + count);
    for (; this.gramCursor < end; this.gramCursor++) {
      const entry = this.slots[this.gramCursor];
      if (entry) this.addGrams(entry);
    }
    return this.gramCursor >= this.slots.length;
  }

  private clear(): void {
    this.gramCursor = 0;
    this.sorted = [];
    this.byNode.clear();
    this.exactKeys.clear();
    this.byGram.clear();
    this.byChar.clear();
    this.slots = [];
    this.freeSlots = [];
  }

  private indexNode(node: string, keepSorted: boolean): void {
    const attributes = this.graph.getNodeAttributes(node);
    const { label, aliases } = attributes;
    const spellings = [label ?? node, ...(Array.isArray(aliases) ? aliases : [])];
    const signature = spellings.join('\u0000');
    const old = this.byNode.get(node);
    if (old?.signature === signature) {
      // Replacing the attributes swaps the object even when the names stay.
      old.attributes = attributes;
      return;
    }
    if (old) this.removeNode(node);

    const entry: NodeEntry = { node, signature, keys: [], nameChars: [], slot: this.freeSlots.pop() ?? this.slots.length, attributes };
    entry.keys = keysOf(node, spellings, entry);
    entry.nameChars = [...new Set(entry.keys.find((k) => k.kind === 'name')?.key ?? '')];
    this.byNode.set(node, entry);
    this.slots[entry.slot] = entry;
    if (this.nameSizes.length <= entry.slot) {
      const grown = new Uint16Array(Math.max(1024, entry.slot * 2));
      grown.set(this.nameSizes);
      this.nameSizes = grown;
    }
    this.nameSizes[entry.slot] = entry.nameChars.length;
    if (entry.slot < this.gramCursor) this.addGrams(entry);
    for (const k of entry.keys) {
      if (k.kind === 'name' || k.kind === 'alias') {
        const list = this.exactKeys.get(k.key);
        if (list) list.push(k);
        else this.exactKeys.set(k.key, [k]);
      }
      if (keepSorted) this.sorted.splice(upperBound(this.sorted, k), 0, k);
      else this.sorted.push(k);
    }
  }

  private removeNode(node: string): void {
    const entry = this.byNode.get(node);
    if (!entry) return;
    this.byNode.delete(node);
    if (entry.slot < this.gramCursor) this.removeGrams(entry);
    this.slots[entry.slot] = undefined;
    this.freeSlots.push(entry.slot);
    const doomed = new Set(entry.keys);
    for (const k of entry.keys) {
      const list = this.exactKeys.get(k.key);
      if (!list) continue;
      const rest = list.filter((x) => !doomed.has(x));
      if (rest.length) this.exactKeys.set(k.key, rest);
      else this.exactKeys.delete(k.key);
    }
    this.sorted = this.sorted.filter((k) => !doomed.has(k));
  }

  private addGrams(entry: NodeEntry): void {
    for (const c of entry.nameChars) {
      const slots = this.byChar.get(c);
      if (slots) slots.push(entry.slot);
      else this.byChar.set(c, [entry.slot]);
    }
    for (const k of entry.keys)
      if (k.kind === 'name' || k.kind === 'alias')
        for (const gram of gramsOf(k.key)) {
          // Lists, not sets: a 36k-node graph has a million entries, and removals are rare.
          const keys = this.byGram.get(gram);
          if (keys) keys.push(k);
          else this.byGram.set(gram, [k]);
        }
  }

  private removeGrams(entry: NodeEntry): void {
    for (const c of entry.nameChars) {
      const slots = this.byChar.get(c)?.filter((slot) => slot !== entry.slot);
      if (slots?.length) this.byChar.set(c, slots);
      else this.byChar.delete(c);
    }
    for (const k of entry.keys)
      if (k.kind === 'name' || k.kind === 'alias')
        for (const gram of gramsOf(k.key)) {
          const keys = this.byGram.get(gram)?.filter((x) => x !== k);
          if (keys?.length) this.byGram.set(gram, keys);
          else this.byGram.delete(gram);
        }
  }
}

/** Warms `graph`'s name index in the background, `sliceMs` at a time between turns of the event loop. */
export function warmSearchIndex(graph: KgGraph, sliceMs: number): Promise<void> {
  const index = getSearchIndex(graph);
  return new Promise((resolve) => {
    const turn = (): void => {
      const until = performance.now() + sliceMs;
      while (performance.now() < until) if (index.warm(256)) return resolve();
      setImmediate(turn);
    };
    turn();
  });
}

function keysOf(node: string, spellings: string[], owner: NodeEntry): Key[] {
  const seen = new Set<string>();
  const keys: Key[] = [];
  const add = (key: string, kind: KeyKind, text: string): void => {
    if (key === '' || seen.has(`${kind}\u0000${key}`)) return;
    seen.add(`${kind}\u0000${key}`);
    keys.push({ key, node, kind, text, owner });
  };
  spellings.forEach((text, i) => {
    if (typeof text !== 'string') return;
    const [key, full, initials] = spellingKey(text);
    add(key, i === 0 ? 'name' : 'alias', text);
    if (full !== undefined) add(full, 'pinyin', text);
    if (initials !== undefined) add(initials, 'pinyin-initials', text);
  });
  return keys;
}

/** What a key is indexed under: its Chinese characters, and adjacent pairs holding one. */
function gramsOf(text: string): Set<string> {
  const chars = Array.from(text);
  const han = chars.map(hasHan);
  const grams = new Set<string>();
  chars.forEach((c, i) => {
    if (han[i]) grams.add(c);
    if (i + 1 < chars.length && (han[i] || han[i + 1])) grams.add(c + chars[i + 1]);
  });
  return grams;
}

/** What a query is looked up by: itself when one character, else its pairs holding a
 *  Chinese character (Chinese text of two or more characters has one). */
function queryGramsOf(q: string): string[] {
  const chars = Array.from(q);
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) if (hasHan(chars[i]) || hasHan(chars[i + 1])) grams.push(chars[i] + chars[i + 1]);
  return grams;
}

function prefixKind(k: Key, q: string): MatchKind {
  if (k.kind === 'name') return k.key === q ? 'name' : 'name-prefix';
  if (k.kind === 'alias') return k.key === q ? 'alias' : 'alias-prefix';
  return k.kind;
}

function bestPerNode(hits: IndexHit[]): IndexHit[] {
  const best = new Map<string, IndexHit>();
  for (const hit of hits) {
    const old = best.get(hit.node);
    if (!old || KIND_RANK[hit.match] < KIND_RANK[old.match]) best.set(hit.node, hit);
  }
  return [...best.values()];
}

export function matchRank(kind: MatchKind): number {
  return KIND_RANK[kind];
}

/** Better score first, then the shorter name, then by name. */
function compareSimilar(a: { node: string; score: number }, b: { node: string; score: number }): number {
  return b.score - a.score || a.node.length - b.node.length || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
}

/**
 * `keys` ordered by key, equal keys in their order: counted into place by their saved ranks
 * when every key has one, else sorted by comparing them.
 */
export function sortByKey<T extends { key: string }>(keys: T[]): T[] {
  const ranks = new Int32Array(keys.length);
  let most = -1;
  for (let i = 0; i < keys.length; i++) {
    const rank = keyRank(keys[i].key);
    if (rank === undefined) return keys.sort(compareKeys);
    ranks[i] = rank;
    if (rank > most) most = rank;
  }
  const starts = new Int32Array(most + 2);
  for (let i = 0; i < keys.length; i++) starts[ranks[i] + 1]++;
  for (let r = 1; r < starts.length; r++) starts[r] += starts[r - 1];
  const sorted = new Array<T>(keys.length);
  for (let i = 0; i < keys.length; i++) sorted[starts[ranks[i]]++] = keys[i];
  return sorted;
}

function compareKeys(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function lowerBound(sorted: Key[], q: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].key < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Key[], k: Key): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].key <= k.key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
