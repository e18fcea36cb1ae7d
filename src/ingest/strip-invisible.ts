// Drop characters that print as nothing but split words for every matcher: private-use
// code points (spinners and mojibake leave them: 岁首\ue291年月), zero-width and format
// characters, direction marks and bidi controls (pasted from right-to-left pages:
// 阿克陶\u202b县), variation selectors, soft hyphens and stray control characters.
import { type CharSet, classSet } from './char-set.js';
import type { TrackedText } from './tracked-text.js';

/**
 * U+200B–200F zero-width space/joiners, LRM, RLM; U+202A–202E bidi embeddings and
 * overrides; U+2060–206F word joiner, invisible operators, bidi isolates, deprecated
 * format characters; U+061C Arabic letter mark; U+180E Mongolian vowel separator;
 * U+034F combining grapheme joiner; U+FE00–FE0F and U+E0100–E01EF variation selectors;
 * U+E0000–E007F tags; U+FFF9–FFFB annotation anchors; U+FEFF; U+00AD; C0 controls
 * other than tab and line breaks.
 */
const UNITS = '\\ue000-\\uf8ff\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u061c\\u180e\\u034f\\ufe00-\\ufe0f\\ufff9-\\ufffb\\ufeff\\u00ad\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f';
export const INVISIBLE = new RegExp(`(?:[${UNITS}]|\\udb40[\\udc00-\\udc7f\\udd00-\\uddef])+`, 'g');

/** The code units that can start an invisible run (U+DB40 leads the tags and supplementary selectors). */
export const INVISIBLE_STARTS: CharSet = classSet(UNITS + '\\udb40');

export function stripInvisible(tracked: TrackedText): TrackedText {
  return tracked.replaceAll(INVISIBLE, '');
}

/** The same on a plain string. */
export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
