// Undo "伪原创" spinning: machine rewriting that swaps words for near-synonyms
// (人民 → 人平易近, 和田地区 → 和地步区, 建设 → 扶植). The table is data.
import table from '../gazetteer/rewrite-substitutions.json' with { type: 'json' };

import type { Edit, TrackedText } from './tracked-text.js';

interface Guard {
  notPrecededBy?: string;
  notFollowedBy?: string;
  telltale?: boolean;
}

interface Substitution extends Guard {
  spun: string;
  original: string;
}

export type RewriteTableEntry = [string, string] | [string, string, Guard];

/** Substitutions by the code of their first character, longest first (岁首年月次 before 岁首年月). */
type Index = Array<Substitution[] | undefined>;

function buildIndex(entries: readonly RewriteTableEntry[]): Index {
  const index: Index = new Array(0x10000).fill(undefined);
  for (const [spun, original, guard] of entries) {
    const code = spun.charCodeAt(0);
    (index[code] ??= []).push({ spun, original, ...guard });
  }
  for (const list of index) list?.sort((a, b) => b.spun.length - a.spun.length);
  return index;
}

let index: Index | undefined;
function rewriteIndex(): Index {
  index ??= buildIndex(table as RewriteTableEntry[]);
  return index;
}

function guardHolds(sub: Guard, text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  const after = text[at + length];
  if (sub.notPrecededBy && before !== undefined && sub.notPrecededBy.includes(before)) return false;
  if (sub.notFollowedBy && after !== undefined && sub.notFollowedBy.includes(after)) return false;
  return true;
}

/** Left-to-right, longest-first matches of the table: a first-character table beats one big alternation. */
function scan(text: string, accept: (sub: Substitution) => boolean, found: (at: number, sub: Substitution) => void): void {
  const idx = rewriteIndex();
  for (let i = 0; i < text.length; i++) {
    const candidates = idx[text.charCodeAt(i)];
    if (candidates === undefined) continue;
    for (const sub of candidates) {
      if (accept(sub) && text.startsWith(sub.spun, i) && guardHolds(sub, text, i, sub.spun.length)) {
        found(i, sub);
        i += sub.spun.length - 1;
        break;
      }
    }
  }
}

/** Fewest distinct tell-tale forms for a document to count as rewritten. */
export const REWRITTEN_THRESHOLD = 3;

/**
 * Count the distinct tell-tale spun forms (平易近, 勾当, 鞭策, 工做, 扶植 …) in a text.
 * One slip can happen anywhere; three different ones only in spun text.
 */
export function detectRewritten(text: string): { rewritten: boolean; score: number; hits: string[] } {
  const found = new Set<string>();
  scan(text, (s) => s.telltale === true, (_, sub) => found.add(sub.spun));
  const hits = [...found];
  return { rewritten: hits.length >= REWRITTEN_THRESHOLD, score: hits.length, hits };
}

/** Replace every spun form by its original. Call only for documents detected as rewritten. */
export function repairRewritten(tracked: TrackedText): TrackedText {
  const edits: Edit[] = [];
  scan(tracked.text, () => true, (at, sub) => edits.push({ start: at, end: at + sub.spun.length, replacement: sub.original }));
  return tracked.edit(edits);
}
