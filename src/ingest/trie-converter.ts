// OpenCC's conversion over flat tables: the same tries (built by OpenCC's own Trie
// from the same dictionary groups), walked through typed arrays instead of one Map
// per node. Each group is one trie, applied in turn; at each position the longest
// key wins and unmatched characters are copied.
import OpenCC, { type DictGroup } from 'opencc-js';

import { type CharSet, charSet, hasChar } from './char-set.js';

interface OpenCCTrieNode extends Map<number, OpenCCTrieNode> {
  trie_val?: string;
}

/** One trie in flat form. Node 0 is the root; children of a node sorted by code. */
interface FlatTrie {
  /** The characters that start a key: most characters of a line start none. */
  starts: CharSet;
  /** first[code]: the node after one character, or 0. */
  first: Int32Array;
  /**
   * single[code]: the one character that a one-character key with no longer key after it
   * (most of TSCharacters) becomes, or 0. A look-up in one small table instead of a walk.
   */
  single: Uint16Array;
  /** The characters that start a key, when they are few (MAINLAND_FIXES): a text that holds none is left as it is. */
  fewStarts: string[] | null;
  childStart: Int32Array;
  childCount: Int32Array;
  childCode: Uint16Array;
  childNode: Int32Array;
  values: Array<string | undefined>;
}

const FEW_STARTS = 8;

function flatten(root: OpenCCTrieNode): FlatTrie {
  const nodes: OpenCCTrieNode[] = [root];
  for (let i = 0; i < nodes.length; i++) for (const child of nodes[i]!.values()) nodes.push(child);
  const id = new Map(nodes.map((n, i) => [n, i]));
  const childStart = new Int32Array(nodes.length);
  const childCount = new Int32Array(nodes.length);
  const codes: number[] = [];
  const targets: number[] = [];
  nodes.forEach((node, i) => {
    childStart[i] = codes.length;
    const children = [...node.entries()].sort((a, b) => a[0] - b[0]);
    childCount[i] = children.length;
    for (const [code, child] of children) {
      codes.push(code);
      targets.push(id.get(child)!);
    }
  });
  const first = new Int32Array(0x10000);
  const single = new Uint16Array(0x10000);
  for (const [code, child] of root) {
    if (code >= 0x10000) continue;
    first[code] = id.get(child)!;
    const value = child.trie_val;
    if (child.size === 0 && value !== undefined && value.length === 1 && value.charCodeAt(0) !== 0) single[code] = value.charCodeAt(0);
  }
  const startCodes = [...root.keys()].filter((code) => code < 0x10000);
  return {
    starts: charSet(startCodes),
    first,
    single,
    fewStarts: startCodes.length <= FEW_STARTS ? startCodes.map((code) => String.fromCharCode(code)) : null,
    childStart,
    childCount,
    childCode: Uint16Array.from(codes, (c) => (c < 0x10000 ? c : 0)),
    childNode: Int32Array.from(targets),
    values: nodes.map((n, i) => (i === 0 ? undefined : n.trie_val)),
  };
}

function child(trie: FlatTrie, node: number, code: number): number {
  let lo = trie.childStart[node]!;
  let hi = lo + trie.childCount[node]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = trie.childCode[mid]!;
    if (c === code) return trie.childNode[mid]!;
    if (c < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

// The converted text is written here as UTF-16 code units and read out once: in Traditional
// text every other character changes, and a string built by += per change is a chain of
// small strings that the collector then has to copy.
let buffer = new Uint16Array(1024);

/** Append text[from, to) at n; returns the new length. */
function copyInto(text: string, from: number, to: number, n: number): number {
  reserve(n + to - from);
  for (let i = from; i < to; i++) buffer[n++] = text.charCodeAt(i);
  return n;
}

function reserve(length: number): void {
  if (length <= buffer.length) return;
  const larger = new Uint16Array(Math.max(length, 2 * buffer.length));
  larger.set(buffer);
  buffer = larger;
}

/**
 * The first n code units of the buffer as a string, copied as they are (a U+FEFF at the start
 * stays): Buffer's UTF-16 copy costs half a TextDecoder call on a line.
 */
function bufferText(n: number): string {
  return Buffer.from(buffer.buffer, 0, 2 * n).toString('utf16le');
}

function holdsAny(text: string, chars: readonly string[]): boolean {
  for (const ch of chars) if (text.includes(ch)) return true;
  return false;
}

function convertWith(trie: FlatTrie, text: string): string {
  const { starts, first, single, values, fewStarts } = trie;
  if (fewStarts && !holdsAny(text, fewStarts)) return text;
  // Length of the output written so far; -1 while nothing has changed.
  let n = -1;
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (!hasChar(starts, code)) {
      i++;
      continue;
    }
    const only = single[code]!;
    if (only !== 0) {
      n = copyInto(text, copied, i, n < 0 ? 0 : n);
      buffer[n++] = only;
      copied = ++i;
      continue;
    }
    let node = first[code]!;
    let end = 0;
    let value: string | undefined;
    for (let j = i + 1; node !== 0; j++) {
      const v = values[node];
      if (v !== undefined) {
        end = j;
        value = v;
      }
      if (j >= text.length) break;
      node = child(trie, node, text.charCodeAt(j));
    }
    if (end === 0) {
      i++;
      continue;
    }
    n = copyInto(text, copied, i, n < 0 ? 0 : n);
    n = copyInto(value!, 0, value!.length, n);
    copied = i = end;
  }
  return n < 0 ? text : bufferText(copyInto(text, copied, text.length, n));
}

// Astral characters (keys are walked by code point) and ideographic description
// sequences (copied whole) follow OpenCC's own rules: such text goes to OpenCC.
const OPENCC_ONLY = /[\ud800-\udfff\u2ff0-\u2fff]/;

/** A converter equal to OpenCC.ConverterFactory(groups), one trie per group. */
export function trieConverter(groups: readonly DictGroup[]): (text: string) => string {
  const tries = groups.map((group) => {
    const trie = new OpenCC.Trie();
    trie.loadDictGroup(group);
    return flatten((trie as unknown as { map: OpenCCTrieNode }).map);
  });
  let opencc: ((text: string) => string) | undefined;
  return (text) => {
    if (OPENCC_ONLY.test(text)) return (opencc ??= OpenCC.ConverterFactory(groups))(text);
    let converted = text;
    for (const trie of tries) converted = convertWith(trie, converted);
    return converted;
  };
}
