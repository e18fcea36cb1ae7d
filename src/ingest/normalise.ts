// The whole clean-up of one article, with a map back to the text as written.
import type { Article } from '../types.js';
import { joinBrokenLines } from './join-broken-lines.js';
import { repairMojibake } from './repair-mojibake.js';
import { rewriteRepair } from './repair-rewritten.js';
import { stripChrome } from './strip-chrome.js';
import { stripInvisible } from './strip-invisible.js';
import { stripPinyinGlosses } from './strip-pinyin-glosses.js';
import { tidyWhitespace } from './tidy-whitespace.js';
import { type Script, detectScript, toSimplified } from './to-simplified.js';
import { TrackedText } from './tracked-text.js';
import { type RepairAsWritten, WrittenText } from './written-text.js';

export interface NormalisedText {
  /** Cleaned, Simplified, repaired text. */
  text: string;
  /** Map a span of `text` to the span of `article.text` it was read from. */
  toOriginal(start: number, end: number): { start: number; end: number };
  script: Script;
  rewritten: boolean;
  /**
   * The clean written form of the article's span [start, end) (offsets into `article.text`):
   * no glosses, invisible characters or quote marks at the ends, mojibake and spun words
   * repaired, the article's own script kept (阿克陶縣人民醫院).
   */
  writtenForm(start: number, end: number): string;
}

/**
 * mojibake → invisible characters → glosses → Simplified → page chrome → (if spun) rewrite repair
 * → whitespace → lines broken mid-word joined.
 * Chrome goes after conversion so its patterns need only one script and no glosses
 * (營業(yè)執(zhí)照 is a footer only once it reads 营业执照). Mojibake goes first: its
 * private-use characters are bytes of the text (\ue147 is AD CE, half of 江 and 西), and
 * a repaired run may bring back glosses ("蒯t(yī)" → 醫(yī)).
 */
export function normalise(article: Article): NormalisedText {
  let tracked = TrackedText.from(article.text);
  tracked = repairMojibake(tracked);
  tracked = stripInvisible(tracked);
  tracked = stripPinyinGlosses(tracked);
  const cleaned = tracked;
  const { script, traditionalRatio } = detectScript(tracked.text);
  // No Traditional-only character at all: nothing to convert.
  if (traditionalRatio > 0) tracked = toSimplified(tracked);
  tracked = stripChrome(tracked);
  const { detection, edits } = rewriteRepair(tracked.text);
  const repairs: RepairAsWritten[] = [];
  for (const { start, end, replacement } of edits) {
    repairs.push({ ...tracked.toOriginal(start, end), spun: tracked.text.slice(start, end), original: replacement });
  }
  tracked = tracked.edit(edits);
  tracked = joinBrokenLines(tidyWhitespace(tracked));
  return new NormalisedArticle(tracked, cleaned, script, detection.rewritten, repairs);
}

// A class, not an object of closures: tsx names each closure it creates, per call.
class NormalisedArticle implements NormalisedText {
  readonly text: string;
  private written: WrittenText | undefined;

  constructor(
    private readonly result: TrackedText,
    private readonly cleaned: TrackedText,
    readonly script: Script,
    readonly rewritten: boolean,
    private readonly repairs: RepairAsWritten[],
  ) {
    this.text = result.text;
  }

  toOriginal(start: number, end: number): { start: number; end: number } {
    return this.result.toOriginal(start, end);
  }

  writtenForm(start: number, end: number): string {
    this.written ??= new WrittenText(this.cleaned, this.script, this.repairs);
    return this.written.form(start, end);
  }
}
