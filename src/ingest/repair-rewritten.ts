// Undo "伪原创" spinning: machine rewriting that swaps words for near-synonyms
// (人民 → 人平易近, 和田地区 → 和地步区, 建设 → 扶植). The table is data.
import table from '../gazetteer/rewrite-substitutions.json' with { type: 'json' };

import type { TrackedText } from './tracked-text.js';

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

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(entries: readonly RewriteTableEntry[]): { byForm: Map<string, Substitution>; any: RegExp; telltales: RegExp } {
  const subs = entries.map(([spun, original, guard]) => ({ spun, original, ...guard }));
  const byForm = new Map(subs.map((s) => [s.spun, s]));
  // Longest first, so that 岁首年月次 wins over 岁首年月 and 连合前进 over 连合.
  const alternation = (list: Substitution[]) =>
    list
      .map((s) => s.spun)
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|');
  return {
    byForm,
    any: new RegExp(alternation(subs), 'g'),
    telltales: new RegExp(alternation(subs.filter((s) => s.telltale)), 'g'),
  };
}

let compiled: ReturnType<typeof compile> | undefined;
function rewriteTable(): ReturnType<typeof compile> {
  compiled ??= compile(table as RewriteTableEntry[]);
  return compiled;
}

/** Fewest distinct tell-tale forms for a document to count as rewritten. */
export const REWRITTEN_THRESHOLD = 3;

/**
 * Count the distinct tell-tale spun forms (平易近, 勾当, 鞭策, 工做, 扶植 …) in a text.
 * One slip can happen anywhere; three different ones only in spun text.
 */
export function detectRewritten(text: string): { rewritten: boolean; score: number; hits: string[] } {
  const found = new Set<string>();
  for (const m of text.matchAll(rewriteTable().telltales)) {
    const sub = rewriteTable().byForm.get(m[0]);
    if (sub && guardHolds(sub, text, m.index, m[0].length)) found.add(m[0]);
  }
  const hits = [...found];
  return { rewritten: hits.length >= REWRITTEN_THRESHOLD, score: hits.length, hits };
}

function guardHolds(sub: Guard, text: string, index: number, length: number): boolean {
  const before = text[index - 1];
  const after = text[index + length];
  if (sub.notPrecededBy && before !== undefined && sub.notPrecededBy.includes(before)) return false;
  if (sub.notFollowedBy && after !== undefined && sub.notFollowedBy.includes(after)) return false;
  return true;
}

/** Replace every spun form by its original. Call only for documents detected as rewritten. */
export function repairRewritten(tracked: TrackedText): TrackedText {
  const { byForm, any } = rewriteTable();
  return tracked.replaceAll(any, (m) => {
    const sub = byForm.get(m[0]);
    return sub && guardHolds(sub, m.input, m.index, m[0].length) ? sub.original : m[0];
  });
}
