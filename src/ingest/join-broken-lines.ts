// Mend paragraphs that a copy broke in the middle of a word ("上海市第十一批援疆干部、喀" /
// "什地区工信局副局长", "电商达" / "人。"). Conservative: headings and captions that end
// without punctuation are left alone. Expects tidied text (one \n between paragraphs).
import type { Edit, TrackedText } from './tracked-text.js';

const HAN = /[\u3400-\u9fff]/;
const CLAUSE_PUNCTUATION = /[，。、；：！？,;:!?]/;

/** A line that stops after one or two characters of a new clause. */
function endsMidWord(line: string): boolean {
  if (!HAN.test(line.at(-1) ?? '')) return false;
  for (let k = 1; k <= 3 && k <= line.length; k++) {
    const ch = line[line.length - 1 - k] ?? '';
    if (CLAUSE_PUNCTUATION.test(ch)) return k <= 2;
    if (!HAN.test(ch)) return false;
  }
  return false;
}

/** A stub of a line: the last character or two of a sentence. */
function isStub(line: string): boolean {
  return line.length <= 3 && /^[\u3400-\u9fff]{1,2}[。！？]$/.test(line);
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
    if (br === 0 || br + 1 >= text.length || text[br + 1] === '\n' || text[br - 1] === '\n') continue;
    breaks++;
    if (HAN.test(text[br - 1]!) && HAN.test(text[br + 1]!)) inSentence++;
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
    const nextEnd = text.indexOf('\n', br + 1);
    const line = text.slice(lineStart, br);
    const next = text.slice(br + 1, nextEnd === -1 ? text.length : nextEnd);
    const betweenHan = HAN.test(next[0] ?? '') && HAN.test(line.at(-1) ?? '');
    if (HAN.test(next[0] ?? '') && (endsMidWord(line) || (betweenHan && (wrapped || isStub(next))))) {
      edits.push({ start: br, end: br + 1, replacement: '' });
    }
    lineStart = br + 1;
  }
  return tracked.edit(edits);
}
