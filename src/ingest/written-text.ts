// The article as written, cleaned but in its own script: what a name looks like where the
// article writes it. Mojibake repaired, invisible characters and pinyin glosses gone (the
// same steps as normalise, before Traditional→Simplified), spun words put back in the
// article's script, whitespace inside Chinese removed, quote marks trimmed from the ends.
import OpenCC from 'opencc-js';

import { charSet, hasChar } from './char-set.js';
import type { Script } from './to-simplified.js';
import { simplifiedString } from './to-simplified.js';
import type { TrackedText } from './tracked-text.js';

/** A spun word that the rewrite repair put back: its span of the original article. */
export interface RepairAsWritten {
  start: number;
  end: number;
  /** The spun form as the normalised (Simplified) text read it. */
  spun: string;
  /** The original word, Simplified. */
  original: string;
}

// Quote and title marks that wrap a name but are not part of it.
const QUOTES = '"\'“”‘’「」『』《》〈〉〝〞＂＇';
// By char code: text[i] allocates a string for every character outside Latin-1.
const TRIMMED = charSet(QUOTES + ' ');
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

let toTraditional: ((text: string) => string) | undefined;
function traditional(text: string): string {
  const run = (toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return run(text);
}

/** Spaces and line breaks go between Chinese characters; elsewhere a run becomes one space. */
const SPACE_RUN = /[\s\u3000]+/g;
const SPACE = /[\s\u3000]/;

function tidy(text: string): string {
  // Most names hold no space at all: no replacement to run.
  const collapsed = !SPACE.test(text)
    ? text
    : text.replace(SPACE_RUN, (run, at: number) => {
        const before = text[at - 1] ?? '';
        const after = text[at + run.length] ?? '';
        return HAN.test(before) || HAN.test(after) ? '' : ' ';
      });
  let start = 0;
  let end = collapsed.length;
  while (start < end && hasChar(TRIMMED, collapsed.charCodeAt(start))) start++;
  while (end > start && hasChar(TRIMMED, collapsed.charCodeAt(end - 1))) end--;
  return start === 0 && end === collapsed.length ? collapsed : collapsed.slice(start, end);
}

export class WrittenText {
  /**
   * @param cleaned the article after mojibake repair, invisible characters and glosses
   * @param script the article's script: put-back words are written in it
   * @param repairs the rewrite repair's edits, as spans of the original article
   */
  constructor(
    private readonly cleaned: TrackedText,
    private readonly script: Script,
    private readonly repairs: readonly RepairAsWritten[] = [],
  ) {}

  /** The clean written form of the original article's span [start, end). */
  form(start: number, end: number): string {
    const { text } = this.cleaned;
    // The cleaned characters that come wholly from inside the span (origins never go back).
    const from = this.cleaned.firstStartingAtOrAfter(start);
    const to = Math.max(from, this.cleaned.firstEndingAfter(end));
    // Most articles have no spun words: no parts to gather.
    if (this.repairs.length === 0) return tidy(text.slice(from, to));
    const parts: string[] = [];
    let at = from;
    for (const repair of this.repairs) {
      if (repair.start < start || repair.end > end) continue;
      const a = Math.max(at, this.cleaned.firstStartingAtOrAfter(repair.start));
      const b = Math.max(a, this.cleaned.firstEndingAfter(repair.end));
      // Only where the written characters are the spun word (a Traditional line whose
      // conversion changed length maps clause-wide, and is left as written).
      if (a >= to || simplifiedString(text.slice(a, b)) !== repair.spun) continue;
      parts.push(text.slice(at, a), this.script === 'traditional' ? traditional(repair.original) : repair.original);
      at = b;
    }
    parts.push(text.slice(at, to));
    return tidy(parts.length === 1 ? parts[0]! : parts.join(''));
  }
}
