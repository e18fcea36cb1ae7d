// Name index of a graph: canonical names, aliases (Simplified and Traditional compare
// alike) and their pinyin, full and initials. Built once per graph on first use, then
// kept current from graphology's events, so merging an article updates it in place.
import type { KgGraph } from '../graph/build.ts';
import type { NodeAttributes } from '../types.ts';
import { hasHan } from './normalise-query.ts';
import { runInSlices } from './cpu-budget.ts';
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
  /** Set when its node is dropped or renamed: `byGram` lists drop such keys lazily. */
  removed?: boolean;
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

/** The slots of the names holding one character, in buckets by their count of distinct characters. */
interface CharSlots {
  id: number;
  count: number;
  bySize: number[][];
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

/** `graph`'s name index, complete: one `warmSearchIndex` is still building is finished now. */
export function getSearchIndex(graph: KgGraph): SearchIndex {
  const index = indexOf(graph);
  index.finish();
  return index;
}

function indexOf(graph: KgGraph): NameIndex {
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
  /** Removed keys still in `byGram` lists; they are swept out together once there are many. */
  private removedGramKeys = 0;
  /** Node slots by each distinct character of their normalised name, so similar names are
   *  found in the lists of the query's characters, not by scoring every name; bucketed by
   *  name size, since a long name sharing few characters cannot score well. */
  private byChar = new Map<string, CharSlots>();
  private slots: Array<NodeEntry | undefined> = [];
  /** Slots below this one are in `byGram` and `byChar`; `warm` moves it up. */
  private gramCursor = 0;
  private freeSlots: number[] = [];
  /** Slots already scored by the running `similar` call; zero between calls. */
  private seen = new Uint8Array(0);
  /** The query's characters by `CharSlots` id, during a `similar` call; zero between calls. */
  private inQuery = new Uint8Array(0);
  /** Nodes still to index (as the graph had them when the index was made), from `pendingAt`;
   *  null once every node is in. `build` indexes them in slices; anything else finishes first. */
  private pending: string[] | null;
  private pendingAt = 0;
  /** Nodes indexed already whose names changed while the build runs: indexed again at its end. */
  private renamedWhilePending = new Set<string>();
  /** Each slot's name characters as `CharSlots` ids, at `charsAt[slot]` in `charIds`: dense
   *  arrays, so scoring thousands of names reads no scattered objects. */
  private charIds = new Int32Array(1024);
  private charIdsEnd = 0;
  private charsAt = new Int32Array(0);

  constructor(private readonly graph: KgGraph) {
    this.pending = graph.nodes();
    // A node added or renamed while the build runs joins it, so an article posted in a
    // server's first seconds does not finish the build on the loop (2-4 s without saved keys).
    // Other changes finish the index first: they then apply to a complete one.
    graph.on('nodeAdded', ({ key }) => {
      if (this.pending) this.pending.push(key);
      else this.indexNode(key, true);
    });
    graph.on('nodeDropped', ({ key }) => {
      this.finish();
      this.removeNode(key);
    });
    graph.on('nodeAttributesUpdated', (payload) => {
      // Setting size, x, y… cannot change a name; skip it cheaply.
      if ((payload.type === 'set' || payload.type === 'remove') && payload.name !== 'label' && payload.name !== 'aliases') return;
      // While the build runs, a node it has not reached is read when it comes to it, and one
      // it has is indexed again at its end.
      if (this.pending) return void (this.byNode.has(payload.key) && this.renamedWhilePending.add(payload.key));
      this.indexNode(payload.key, true);
    });
    // Unchanged names are recognised by their signature, so this costs little.
    graph.on('eachNodeAttributesUpdated', () => {
      this.finish();
      graph.forEachNode((node) => this.indexNode(node, true));
    });
    graph.on('cleared', () => {
      this.pending = null;
      this.renamedWhilePending.clear();
      this.clear();
    });
  }

  /** Indexes up to `count` more of the pending nodes; true when every node is in. */
  build(count: number): boolean {
    const pending = this.pending;
    if (!pending) return true;
    const end = Math.min(pending.length, this.pendingAt + count);
    for (; this.pendingAt < end; this.pendingAt++) {
      const node = pending[this.pendingAt]!;
      // Dropped since: its event finished the index, so this is only a guard.
      if (this.graph.hasNode(node)) this.indexNode(node, false);
    }
    if (this.pendingAt < pending.length) return false;
    this.pending = null;
    this.sorted = sortByKey(this.sorted);
    for (const node of this.renamedWhilePending) if (this.graph.hasNode(node)) this.indexNode(node, true);
    this.renamedWhilePending.clear();
    return true;
  }

  finish(): void {
    if (this.pending) this.build(Number.POSITIVE_INFINITY);
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
      if (!k.removed && k.key.includes(q) && !k.key.startsWith(q))
        visit(k.node, k.kind === 'name' ? 'name-substring' : 'alias-substring', k.text, k.owner.attributes);
  }

  similar(q: string, limit: number, minScore: number): string[] {
    const chars = new Set(q);
    const m = chars.size;
    if (m === 0 || limit < 1) return [];
    this.warm(Number.POSITIVE_INFINITY);
    if (this.seen.length < this.slots.length) this.seen = new Uint8Array(this.slots.length * 2);
    if (this.inQuery.length < this.byChar.size) this.inQuery = new Uint8Array(this.byChar.size * 2);
    const { seen, inQuery, charIds, charsAt } = this;
    const lists = [...chars].flatMap((c) => this.byChar.get(c) ?? []).sort((a, b) => a.count - b.count);
    for (const list of lists) inQuery[list.id] = 1;
    // Rarest characters first. A name first met in the i-th list lacks the i characters before
    // it, so with n distinct characters it scores at most 2·min(m − i, n) / (m + n). Names are
    // scored as they are met, so the bar (the limit-th best score so far) rises, and the buckets
    // that cannot reach it (long names in the long lists of 县 or 有限公司) are never read.
    const best: Array<{ node: string; score: number }> = [];
    const bar = () => (best.length === limit ? Math.max(minScore, best[limit - 1].score) : minScore);
    const touched: number[] = [];
    for (const [i, list] of lists.entries()) {
      const left = m - i;
      if ((2 * left) / (m + left) < bar()) break;
      for (let n = 1; n < list.bySize.length; n++) {
        if ((2 * Math.min(left, n)) / (m + n) < bar()) {
          if (n >= left) break;
          continue;
        }
        for (const id of list.bySize[n] ?? []) {
          if (seen[id]) continue;
          seen[id] = 1;
          touched.push(id);
          let shared = 0;
          for (let at = charsAt[id], end = at + n; at < end; at++) shared += inQuery[charIds[at]];
          const score = (2 * shared) / (m + n);
          if (score < bar()) continue;
          const candidate = { node: this.slots[id]!.node, score };
          if (best.length === limit && compareSimilar(candidate, best[limit - 1]) >= 0) continue;
          let at = best.length === limit ? limit - 1 : best.length;
          while (at > 0 && compareSimilar(candidate, best[at - 1]) < 0) at--;
          best.splice(at, 0, candidate);
          if (best.length > limit) best.pop();
        }
      }
    }
    for (const id of touched) seen[id] = 0;
    for (const list of lists) inQuery[list.id] = 0;
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
    this.removedGramKeys = 0;
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
    if (old && old.keys.find((k) => k.kind === 'name')?.text === (label ?? node)) {
      this.reindexAliases(old, spellings, signature, attributes);
      return;
    }
    if (old) this.removeNode(node);

    const entry: NodeEntry = { node, signature, keys: [], nameChars: [], slot: this.freeSlots.pop() ?? this.slots.length, attributes };
    entry.keys = keysOf(node, spellings, entry);
    entry.nameChars = [...new Set(entry.keys.find((k) => k.kind === 'name')?.key ?? '')];
    this.byNode.set(node, entry);
    this.slots[entry.slot] = entry;
    if (entry.slot < this.gramCursor) this.addGrams(entry);
    for (const k of entry.keys) this.addKey(k, keepSorted);
  }

  /**
   * The same name with other aliases (an added article taught the graph one more): only the keys
   * that changed move. Re-indexing the whole node cost a hub with hundreds of aliases hundreds
   * of insertions into `sorted` per added article.
   */
  private reindexAliases(entry: NodeEntry, spellings: string[], signature: string, attributes: NodeAttributes): void {
    const idOf = (k: Key) => `${k.kind}\u0000${k.key}\u0000${k.text}`;
    const before = new Map(entry.keys.map((k) => [idOf(k), k]));
    const added: Key[] = [];
    entry.keys = keysOf(entry.node, spellings, entry).map((k) => {
      const kept = before.get(idOf(k));
      if (!kept) added.push(k);
      before.delete(idOf(k));
      return kept ?? k;
    });
    entry.signature = signature;
    entry.attributes = attributes;
    const grams = entry.slot < this.gramCursor;
    for (const k of before.values()) {
      this.removeKey(k);
      if (grams && k.kind === 'alias') {
        k.removed = true;
        this.removedGramKeys++;
      }
    }
    for (const k of added) {
      this.addKey(k, true);
      if (grams && k.kind === 'alias') this.addKeyGrams(k);
    }
    if (this.removedGramKeys > GRAM_SWEEP_AFTER) this.sweepGrams();
  }

  /** `k` in `exactKeys` and `sorted`. */
  private addKey(k: Key, keepSorted: boolean): void {
    if (k.kind === 'name' || k.kind === 'alias') {
      const list = this.exactKeys.get(k.key);
      if (list) list.push(k);
      else this.exactKeys.set(k.key, [k]);
    }
    if (keepSorted) this.sorted.splice(upperBound(this.sorted, k), 0, k);
    else this.sorted.push(k);
  }

  /** `k` out of `exactKeys` and `sorted`, found by binary search. */
  private removeKey(k: Key): void {
    const list = this.exactKeys.get(k.key);
    if (list) {
      const rest = list.filter((x) => x !== k);
      if (rest.length) this.exactKeys.set(k.key, rest);
      else this.exactKeys.delete(k.key);
    }
    for (let i = lowerBound(this.sorted, k.key); i < this.sorted.length && this.sorted[i].key === k.key; i++)
      if (this.sorted[i] === k) {
        this.sorted.splice(i, 1);
        break;
      }
  }

  private removeNode(node: string): void {
    const entry = this.byNode.get(node);
    if (!entry) return;
    this.byNode.delete(node);
    if (entry.slot < this.gramCursor) this.removeGrams(entry);
    this.slots[entry.slot] = undefined;
    this.freeSlots.push(entry.slot);
    for (const k of entry.keys) this.removeKey(k);
  }

  private addGrams(entry: NodeEntry): void {
    const n = entry.nameChars.length;
    // A renamed node's old characters stay behind in `charIds`: renames are rare.
    if (this.charIdsEnd + n > this.charIds.length) {
      const grown = new Int32Array((this.charIdsEnd + n) * 2);
      grown.set(this.charIds);
      this.charIds = grown;
    }
    if (this.charsAt.length <= entry.slot) {
      const grown = new Int32Array(Math.max(1024, entry.slot * 2));
      grown.set(this.charsAt);
      this.charsAt = grown;
    }
    this.charsAt[entry.slot] = this.charIdsEnd;
    for (const c of entry.nameChars) {
      let list = this.byChar.get(c);
      if (!list) this.byChar.set(c, (list = { id: this.byChar.size, count: 0, bySize: [] }));
      (list.bySize[n] ??= []).push(entry.slot);
      list.count++;
      this.charIds[this.charIdsEnd++] = list.id;
    }
    for (const k of entry.keys) if (k.kind === 'name' || k.kind === 'alias') this.addKeyGrams(k);
  }

  private addKeyGrams(k: Key): void {
    for (const gram of gramsOf(k.key)) {
      // Lists, not sets: a 36k-node graph has a million entries, and removals are rare.
      const keys = this.byGram.get(gram);
      if (keys) keys.push(k);
      else this.byGram.set(gram, [k]);
    }
  }

  private removeGrams(entry: NodeEntry): void {
    // A character's list stays when it empties, keeping its id (ids index `inQuery`).
    const n = entry.nameChars.length;
    for (const c of entry.nameChars) {
      const list = this.byChar.get(c)!;
      list.bySize[n] = list.bySize[n]!.filter((slot) => slot !== entry.slot);
      list.count--;
    }
    // Filtering the gram lists at once cost an added article a second when it gave a node
    // with common characters (新疆, 自治区) a new alias: the keys are marked, and swept later.
    for (const k of entry.keys) {
      k.removed = true;
      if (k.kind === 'name' || k.kind === 'alias') this.removedGramKeys++;
    }
    if (this.removedGramKeys > GRAM_SWEEP_AFTER) this.sweepGrams();
  }

  private sweepGrams(): void {
    for (const [gram, keys] of this.byGram) {
      const live = keys.filter((k) => !k.removed);
      if (live.length) this.byGram.set(gram, live);
      else this.byGram.delete(gram);
    }
    this.removedGramKeys = 0;
  }
}

/** Removed keys left in the gram lists before a sweep: a sweep reads every list (about a
 *  million entries for a 38k-node graph), so it runs rarely. */
const GRAM_SWEEP_AFTER = 20_000;

/**
 * Builds `graph`'s name index in the background, `sliceMs` at a time between turns of the
 * event loop (a server listens first: the index of a 38k-node graph takes about a second),
 * then its character lists. A query that needs the index sooner finishes it. While
 * `holdOff()` is true the build waits, `sliceMs` at a time.
 */
export function warmSearchIndex(graph: KgGraph, sliceMs: number, holdOff?: () => boolean): Promise<void> {
  const index = indexOf(graph);
  return runInSlices(() => index.build(256) && index.warm(256), sliceMs, holdOff);
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
