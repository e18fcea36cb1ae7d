// Villages and communities named in a list that says what they are (双河村、团结路社区等6个村),
// even with no county before them to hang from.

import { classSet, hasChar } from '../ingest/char-set.ts';
import { functionWords, once } from './data-files.ts';
import {
  BOUNDARY_WORDS,
  GENERAL_MEASURE,
  LIST_CLOSERS,
  ORDINAL_NUMERALS,
  ROUGH_NUMERALS,
  VILLAGE_HEADS,
  VILLAGE_LIST_JOINERS,
  anyOf,
} from './lexicon.ts';
import type { Mention } from './mention.ts';

const HEAD = new RegExp(`${anyOf(VILLAGE_HEADS)}$`, 'u');
const notInNames = once(() => new Set([...BOUNDARY_WORDS, ...functionWords()]));
const LIST_END = new RegExp(
  `^${anyOf(LIST_CLOSERS)}(?:[\\d${ORDINAL_NUMERALS}]|${anyOf(ROUGH_NUMERALS)})*(?:${GENERAL_MEASURE})?${anyOf(VILLAGE_HEADS)}`,
  'u',
);
// By char code: no regular expression and string per character.
const HAN = classSet('\\u4e00-\\u9fff');
const JOINER = new RegExp(anyOf(VILLAGE_LIST_JOINERS), 'u');

export function findListedVillages(text: string, taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const closer of LIST_CLOSERS) for (let at = text.indexOf(closer); at >= 0; at = text.indexOf(closer, at + 1)) {
    if (!LIST_END.test(text.slice(at, at + 8))) continue;
    let end = at;
    for (let k = 0; k < 8; k++) {
      let start = end;
      while (start > 0 && end - start < 8 && hasChar(HAN, text.charCodeAt(start - 1))) start--;
      start = afterLastWord(text, start, end);
      const item = text.slice(start, end);
      if (!HEAD.test(item) || item.length - HEAD.exec(item)![0].length < 2) break;
      const itemStart = start;
      if (!taken.some((t) => t.start < end && itemStart < t.end)) {
        found.push({ start: itemStart, end, surface: item, name: item, type: 'village', aliases: [] });
      }
      if (!JOINER.test(text[itemStart - 1] ?? '')) break;
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
