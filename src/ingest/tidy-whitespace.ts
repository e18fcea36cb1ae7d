// Collapse runs of spaces (ASCII, full-width, no-break, tabs) to one space, drop them at
// line edges, and keep one newline as the paragraph break.
import type { TrackedText } from './tracked-text.js';

const SPACE = '[ \\t\\u00a0\\u3000\\u2002-\\u200b\\ufeff]';
// Spaces and blank lines around a line break.
const BREAK = new RegExp(`${SPACE}*\\n[\\n \\t\\u00a0\\u3000\\u2002-\\u200b\\ufeff]*`, 'g');
// Inside a line: a run of two or more, or a single space that is not a plain one.
const RUN = new RegExp(`${SPACE}{2,}|[\\t\\u00a0\\u3000\\u2002-\\u200b\\ufeff]`, 'g');
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

const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;

export function tidyWhitespace(tracked: TrackedText): TrackedText {
  return trimEnds(tracked.replaceAll(LINE_BREAK, '\n').replaceAll(BREAK, '\n').replaceAll(RUN, ' '));
}
