// The whole clean-up of one article, with a map back to the text as written.
import type { Article } from '../types.js';
import { joinBrokenLines } from './join-broken-lines.js';
import { repairMojibake } from './repair-mojibake.js';
import { rewriteRepair } from './repair-rewritten.js';
import { stripChrome } from './strip-chrome.js';
import { stripInvisible } from './strip-invisible.js';
import { stripPinyinGlosses } from './strip-pinyin-glosses.js';
import { tidyWhitespace } from './tidy-whitespace.js';
import { survey } from './survey.js';
import { type Script, detectScript, scriptOf, toSimplified } from './to-simplified.js';
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
 * → whitespace → lines broken mid-word joined. One scan of the text as it arrives (survey.ts)
 * tells the first four whether they have work.
 * Chrome goes after conversion so its patterns need only one script and no glosses
 * (營業(yè)執(zhí)照 is a footer only once it reads 营业执照). Mojibake goes first: its
 * private-use characters are bytes of the text (\ue147 is AD CE, half of 江 and 西), and
 * a repaired run may bring back glosses ("蒯t(yī)" → 醫(yī)).
 */
export function normalise(article: Article): NormalisedText {
  return normaliseAll([article])[0]!;
}

/**
 * `normalise` of each article, each step run over all of them before the next: one step's
 * tables and compiled patterns then stay in the processor's caches from one article to the
 * next, rather than being evicted by the other steps' (see extractArticles).
 */
export function normaliseAll(articles: readonly Article[]): NormalisedText[] {
  const surveys = articles.map((article) => survey(article.text));
  let tracked = articles.map((article, i) => repairMojibake(TrackedText.from(article.text), surveys[i]!.suspects));
  // While the text is the one surveyed, a step the survey found no work for is skipped.
  const unchanged = (t: TrackedText, i: number) => t.text === surveys[i]!.text;
  tracked = tracked.map((t, i) => (unchanged(t, i) && !surveys[i]!.invisible ? t : stripInvisible(t)));
  tracked = tracked.map((t, i) => (unchanged(t, i) && !surveys[i]!.gloss ? t : stripPinyinGlosses(t)));
  const cleaned = tracked;
  const scripts = tracked.map((t, i) => (unchanged(t, i) ? scriptOf(surveys[i]!.traditional, surveys[i]!.simplified) : detectScript(t.text)));
  // No Traditional-only character at all: nothing to convert.
  tracked = tracked.map((t, i) => (scripts[i]!.traditionalRatio > 0 ? toSimplified(t) : t));
  tracked = tracked.map(stripChrome);
  const rewrites = tracked.map((t) => rewriteRepair(t.text));
  const repairs = tracked.map((t, i) =>
    rewrites[i]!.edits.map(({ start, end, replacement }): RepairAsWritten => ({ ...t.toOriginal(start, end), spun: t.text.slice(start, end), original: replacement })),
  );
  tracked = tracked.map((t, i) => t.edit(rewrites[i]!.edits));
  tracked = tracked.map(tidyWhitespace);
  tracked = tracked.map(joinBrokenLines);
  return tracked.map((t, i) => new NormalisedArticle(t, cleaned[i]!, scripts[i]!.script, rewrites[i]!.detection.rewritten, repairs[i]!));
}

/**
 * `text` in a string of its own. The steps' edits can leave the text a slice of a longer string,
 * and V8 reads every character of a slice through its parent: the recognisers' scans, which read
 * each character several times, ran about a quarter slower on slices (measured on the bench texts).
 */
export function flatString(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
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
    this.text = flatString(result.text);
  }

  toOriginal(start: number, end: number): { start: number; end: number } {
    return this.result.toOriginal(start, end);
  }

  writtenForm(start: number, end: number): string {
    this.written ??= new WrittenText(this.cleaned, this.script, this.repairs);
    return this.written.form(start, end);
  }
}
