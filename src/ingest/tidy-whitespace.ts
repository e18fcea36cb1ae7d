// Collapse runs of spaces (ASCII, full-width, no-break, tabs) to one space, drop them at
// line edges, and keep one newline as the paragraph break.
import type { TrackedText } from './tracked-text.js';

const SPACES = /[ \t\u00a0\u3000\u2002-\u200b\ufeff]+/g;

export function tidyWhitespace(tracked: TrackedText): TrackedText {
  return tracked
    .replaceAll(/\r\n?/g, '\n')
    .replaceAll(SPACES, (m) => {
      const before = m.input[m.index - 1];
      const after = m.input[m.index + m[0].length];
      const atEdge = before === undefined || after === undefined || before === '\n' || after === '\n';
      return atEdge ? '' : ' ';
    })
    .replaceAll(/\n{2,}/g, '\n')
    .replaceAll(/^\n+|\n+$/g, '');
}
