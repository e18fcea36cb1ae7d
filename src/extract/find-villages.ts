// Villages and communities named in a list that says what they are (双河村、团结路社区等6个村),
// even with no county before them to hang from.

import { functionWords, once } from './data-files.ts';
import { BOUNDARY_WORDS, VILLAGE_HEADS } from './lexicon.ts';
import type { Mention } from './mention.ts';

const HEAD = new RegExp(`(${VILLAGE_HEADS.join('|')})$`, 'u');
const notInNames = once(() => new Set([...BOUNDARY_WORDS, ...functionWords()]));
const LIST_END = new RegExp(`^等[\\d一二三四五六七八九十几多]*个?(${VILLAGE_HEADS.join('|')})`, 'u');

export function findListedVillages(text: string, taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    if (!LIST_END.test(text.slice(at, at + 8))) continue;
    let end = at;
    for (let k = 0; k < 8; k++) {
      let start = end;
      while (start > 0 && end - start < 8 && /[\u4e00-\u9fff]/u.test(text[start - 1]!)) start--;
      start = afterLastWord(text, start, end);
      const item = text.slice(start, end);
      if (!HEAD.test(item) || item.length - HEAD.exec(item)![0].length < 2) break;
      const itemStart = start;
      if (!taken.some((t) => t.start < end && itemStart < t.end)) {
        found.push({ start: itemStart, end, surface: item, name: item, type: 'village', aliases: [] });
      }
      if (!/[、和及]/u.test(text[itemStart - 1] ?? '')) break;
      end = itemStart - 1;
    }
  }
  return found;
}

/** Moves `start` past the rightmost word that no name holds (以及|双河村). */
function afterLastWord(text: string, start: number, end: number): number {
  const words = notInNames();
  for (let cut = end - 1; cut > start; cut--) {
    for (const length of [3, 2, 1]) if (cut - length >= start && words.has(text.slice(cut - length, cut))) return cut;
  }
  return start;
}
