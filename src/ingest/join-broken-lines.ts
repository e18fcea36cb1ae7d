// Mend paragraphs that a copy broke in the middle of a word ("上海市第十一批援疆干部、喀" /
// "什地区工信局副局长", "电商达" / "人。"). Conservative: headings and captions that end
// without punctuation are left alone. Expects tidied text (one \n between paragraphs).
// Read by char code over the whole text: no line is sliced out.
import { charSet, hasChar } from './char-set.js';
import type { Edit, TrackedText } from './tracked-text.js';

const NEWLINE = 10;
const CLAUSE_PUNCTUATION = charSet('，。、；：！？,;:!?');
const STUB_END = charSet('。！？');

/** U+3400–9FFF; NaN (outside the text) is not. */
function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** The line text[start, end) stops after one or two characters of a new clause. */
function endsMidWord(text: string, start: number, end: number): boolean {
  if (end <= start || !isHan(text.charCodeAt(end - 1))) return false;
  for (let k = 1; k <= 3 && k <= end - start; k++) {
    const code = end - 1 - k >= start ? text.charCodeAt(end - 1 - k) : NaN;
    if (hasChar(CLAUSE_PUNCTUATION, code)) return k <= 2;
    if (!isHan(code)) return false;
  }
  return false;
}

/** The line text[start, end) is a stub: the last character or two of a sentence. */
function isStub(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length > 3 || !hasChar(STUB_END, text.charCodeAt(end - 1))) return false;
  for (let i = start; i < end - 1; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

// A text whose lines mostly stop between two characters of a sentence was wrapped by its
// page (keyword links, fixed-width copies: "臺山市派出臺山市人民" / "醫院、中" / "醫院"):
// every such break is joined, headings included.
const WRAPPED_SHARE = 0.6;
const WRAPPED_MIN_BREAKS = 5;

function isWrapped(text: string): boolean {
  let breaks = 0;
  let inSentence = 0;
  for (let br = text.indexOf('\n'); br !== -1; br = text.indexOf('\n', br + 1)) {
    if (br === 0 || br + 1 >= text.length || text.charCodeAt(br + 1) === NEWLINE || text.charCodeAt(br - 1) === NEWLINE) continue;
    breaks++;
    if (isHan(text.charCodeAt(br - 1)) && isHan(text.charCodeAt(br + 1))) inSentence++;
  }
  return inSentence >= WRAPPED_MIN_BREAKS && inSentence >= breaks * WRAPPED_SHARE;
}

export function joinBrokenLines(tracked: TrackedText): TrackedText {
  const { text } = tracked;
  const edits: Edit[] = [];
  const wrapped = isWrapped(text);
  let lineStart = 0;
  while (true) {
    const br = text.indexOf('\n', lineStart);
    if (br === -1) break;
    const found = text.indexOf('\n', br + 1);
    const nextEnd = found === -1 ? text.length : found;
    // The next line's first character, and this line's last (none where a line is empty).
    const first = br + 1 < nextEnd ? text.charCodeAt(br + 1) : NaN;
    const last = br > lineStart ? text.charCodeAt(br - 1) : NaN;
    const betweenHan = isHan(first) && isHan(last);
    if (isHan(first) && (endsMidWord(text, lineStart, br) || (betweenHan && (wrapped || isStub(text, br + 1, nextEnd))))) {
      edits.push({ start: br, end: br + 1, replacement: '' });
    }
    lineStart = br + 1;
  }
  return tracked.edit(edits);
}
