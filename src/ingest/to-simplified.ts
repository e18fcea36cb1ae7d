// Traditional → Simplified with OpenCC (Taiwan variants → mainland), keeping the offset map.
import OpenCC from 'opencc-js';

import { type CharSet, hasChar } from './char-set.js';
import { scriptSets } from './script-table.js';
import type { TrackedText } from './tracked-text.js';
import { trieConverter } from './trie-converter.js';

export type Script = 'simplified' | 'traditional';

// 著 stays 著 in these mainland words; OpenCC's character table turns it into 着.
const MAINLAND_FIXES: Array<[string, string]> = [
  ['卓着', '卓著'],
  ['昭着', '昭著'],
  ['着称', '著称'],
  ['着作', '著作'],
];

let converter: ((text: string) => string) | undefined;
function convert(text: string): string {
  const run = (converter ??= trieConverter([...OpenCC.Locale.from.tw!, ...OpenCC.Locale.to.cn!, [MAINLAND_FIXES]]));
  return run(text);
}

/**
 * The script a text is written in: the share of Traditional-only characters among the
 * characters that only one script uses. Mixed or empty text counts as Simplified.
 */
export function detectScript(text: string): { script: Script; traditionalRatio: number } {
  const sets = scriptSets();
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Most characters are in both scripts or in neither: one look at a set spares the second.
    if (!hasChar(sets.either, code)) continue;
    if (hasChar(sets.traditional, code)) traditional++;
    else simplified++;
  }
  return scriptOf(traditional, simplified);
}

/** detectScript's verdict from its two counts (a scan that counts them itself may ask). */
export function scriptOf(traditional: number, simplified: number): { script: Script; traditionalRatio: number } {
  const total = traditional + simplified;
  const traditionalRatio = total === 0 ? 0 : traditional / total;
  return { script: traditionalRatio > 0.5 ? 'traditional' : 'simplified', traditionalRatio };
}

// OpenCC phrases never span punctuation, so converting clause by clause gives the same
// result as converting the whole line, and keeps any length change local.
const CLAUSE = /[^\n，。；！？、：“”‘’（）《》【】「」『』,;!?()[\]]+/g;

function hasTraditional(text: string, traditional: CharSet): boolean {
  for (let i = 0; i < text.length; i++) if (hasChar(traditional, text.charCodeAt(i))) return true;
  return false;
}

/** A plain string in Simplified (no offset map), for quick looks at a line. */
export function simplifiedString(text: string): string {
  return hasTraditional(text, scriptSets().traditional) ? convert(text) : text;
}

/**
 * Convert every line that holds a Traditional-only character. Lines whose length is
 * unchanged (nearly all) keep a per-character map; the rare others are converted again
 * clause by clause, so that a phrase that changes length maps to its own clause only.
 */
export function toSimplified(tracked: TrackedText): TrackedText {
  const traditional = scriptSets().traditional;
  // Most articles are Simplified: one look at the whole text spares a pass over every line.
  if (!hasTraditional(tracked.text, traditional)) return tracked;
  let lengthChanged = false;
  const lines = tracked.text.split('\n').map((line) => {
    if (!hasTraditional(line, traditional)) return line;
    const converted = convert(line);
    if (converted.length === line.length) return converted;
    lengthChanged = true;
    return line;
  });
  // Lines that keep their length keep their map too.
  const byLine = tracked.replaceInPlace(lines.join('\n'));
  if (!lengthChanged) return byLine;
  return byLine.replaceAll(CLAUSE, (m) => (hasTraditional(m[0], traditional) ? convert(m[0]) : m[0]));
}
