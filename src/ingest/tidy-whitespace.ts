// Collapse runs of spaces (ASCII, full-width, no-break, tabs) to one space, drop them at
// line edges, and keep one newline as the paragraph break.
import { charSet, hasChar } from './char-set.js';
import type { Edit, TrackedText } from './tracked-text.js';

// Spaces: ASCII, tab, no-break, ideographic, U+2002–200B, U+FEFF. Line breaks: \r, \n,
// U+0085, U+2028, U+2029 (\r\n is one break).
const SPACES = ' \t\u00a0\u3000\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\ufeff';
const BREAKS = '\r\n\u0085\u2028\u2029';
const IS_SPACE = charSet(SPACES);
const IS_BREAK = charSet(BREAKS);
const IS_EITHER = charSet(SPACES + BREAKS);
const NEWLINE = 10;
const PLAIN_SPACE = 32;

/**
 * One pass by char code, one new text. Each run of spaces and line breaks becomes "\n" if
 * it holds a line break (the spaces and blank lines around a break go with it), else " ";
 * a lone "\n" or plain space is left as it is.
 */
function tidyEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (!hasChar(IS_EITHER, code)) {
      i++;
      continue;
    }
    let breaks = false;
    let j = i;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (hasChar(IS_BREAK, c)) breaks = true;
      else if (!hasChar(IS_SPACE, c)) break;
    }
    if (breaks) {
      if (j - i > 1 || code !== NEWLINE) edits.push({ start: i, end: j, replacement: '\n' });
    } else if (j - i > 1 || code !== PLAIN_SPACE) edits.push({ start: i, end: j, replacement: ' ' });
    i = j;
  }
  return edits;
}

const SPACE_OR_BREAK = /[\s\u3000\u200b\ufeff]/;

function trimEnds(tracked: TrackedText): TrackedText {
  const { text } = tracked;
  let start = 0;
  let end = text.length;
  while (start < end && SPACE_OR_BREAK.test(text[start] ?? '')) start++;
  while (end > start && SPACE_OR_BREAK.test(text[end - 1] ?? '')) end--;
  return tracked.edit([
    { start: 0, end: start, replacement: '' },
    { start: end, end: text.length, replacement: '' },
  ]);
}

export function tidyWhitespace(tracked: TrackedText): TrackedText {
  return trimEnds(tracked.edit(tidyEdits(tracked.text)));
}
