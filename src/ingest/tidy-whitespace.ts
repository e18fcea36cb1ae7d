// Collapse runs of spaces (ASCII, full-width, no-break, tabs) to one space, drop them at
// line edges, and keep one newline as the paragraph break.
import type { TrackedText } from './tracked-text.js';

const SPACE = '[ \\t\\u00a0\\u3000\\u2002-\\u200b\\ufeff]';
const LINE_BREAK = '(?:\\r\\n?|[\\n\\u0085\\u2028\\u2029])';
// One pass, one new text: either a line break with the spaces and blank lines around it
// (→ \n), or, inside a line, a run of two or more spaces or a single one that is not a
// plain space (→ " "). The first alternative wins where a run of spaces ends a line.
const TIDY = new RegExp(`${SPACE}*${LINE_BREAK}(?:${LINE_BREAK}|${SPACE})*|${SPACE}{2,}|[\\t\\u00a0\\u3000\\u2002-\\u200b\\ufeff]`, 'g');
const BREAK_CHAR = /[\r\n\u0085\u2028\u2029]/;

function tidied(m: RegExpExecArray): string {
  return BREAK_CHAR.test(m[0]) ? '\n' : ' ';
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
  return trimEnds(tracked.replaceAll(TIDY, tidied));
}
