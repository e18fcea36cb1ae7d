// Text that remembers where each of its characters came from in an original string.
// Every edit returns a new value. The map is kept as runs, not per character: each
// step of the clean-up costs what its edits cost, not the length of the text.

export type Replacer = string | ((match: RegExpExecArray) => string);

/** Replace text[start, end) by `replacement`. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

// A private global copy of each pattern replaceAll is given: compiled once, and the
// caller's own lastIndex is never touched.
const globalCopies = new WeakMap<RegExp, RegExp>();
function globalCopy(pattern: RegExp): RegExp {
  let copy = globalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.global ? pattern.flags : pattern.flags + 'g');
    globalCopies.set(pattern, copy);
  }
  return copy;
}

/** originEnd of a run whose characters map one to one, each to its own character. */
const ONE_TO_ONE = -1;

/**
 * The map from text positions to the original, as runs in text order. Run k covers the
 * text from starts[k] to the next run's start. A one-to-one run (ends[k] = ONE_TO_ONE)
 * maps its character i to [origins[k] + (i - starts[k]), that + 1); any other run maps
 * every character to [origins[k], ends[k]) (a replacement that stands for a whole span).
 */
interface Runs {
  starts: number[];
  origins: number[];
  ends: number[];
}

export class TrackedText {
  private constructor(
    readonly text: string,
    private readonly runs: Runs,
    readonly originalLength: number,
  ) {}

  static from(original: string): TrackedText {
    const runs: Runs = { starts: [], origins: [], ends: [] };
    if (original.length > 0) pushRun(runs, 0, 0, ONE_TO_ONE);
    return new TrackedText(original, runs, original.length);
  }

  /**
   * Replace every match of `pattern` (always treated as global). A replacement of the
   * same length as its match keeps the character-to-character map; any other
   * replacement stands, as a whole, for the whole matched span.
   */
  replaceAll(pattern: RegExp, replacer: Replacer): TrackedText {
    const regex = globalCopy(pattern);
    regex.lastIndex = 0;
    const edits: Edit[] = [];
    let m: RegExpExecArray | null;
    while ((m = regex.exec(this.text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) regex.lastIndex++;
      const replacement = typeof replacer === 'string' ? replacer : replacer(m);
      if (replacement === m[0]) continue;
      edits.push({ start, end, replacement });
    }
    return this.applyEdits(edits);
  }

  /** Apply edits given in order, without overlaps (as a scanner finds them). */
  edit(edits: readonly Edit[]): TrackedText {
    let last = 0;
    let empty = 0;
    for (const { start, end, replacement } of edits) {
      if (start < last || end < start || end > this.text.length) throw new RangeError(`edit ${start}-${end} out of order or range`);
      last = end;
      if (start === end && replacement === '') empty++;
    }
    // An edit that inserts nothing in place of nothing changes neither the text nor the map.
    return this.applyEdits(empty === 0 ? edits : edits.filter((e) => e.start !== e.end || e.replacement !== ''));
  }

  /**
   * The same text with characters replaced one for one (`text` has this text's length):
   * every character keeps its place in the original, so the map is shared.
   */
  replaceInPlace(text: string): TrackedText {
    if (text.length !== this.text.length) throw new RangeError(`in-place replacement of ${this.text.length} characters by ${text.length}`);
    return text === this.text ? this : new TrackedText(text, this.runs, this.originalLength);
  }

  /** Map the span [start, end) of this text back to the original string. */
  toOriginal(start: number, end: number): { start: number; end: number } {
    const n = this.text.length;
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    if (e === s) {
      const at = this.originAt(s);
      return { start: at, end: at };
    }
    return { start: this.originOf(s), end: this.originEndOf(e - 1) };
  }

  /** Where an empty span at `index` sits in the original. */
  private originAt(index: number): number {
    return index < this.text.length ? this.originOf(index) : this.originalLength;
  }

  private originOf(i: number): number {
    const { starts, origins, ends } = this.runs;
    const k = runAt(starts, i);
    return ends[k] === ONE_TO_ONE ? origins[k]! + (i - starts[k]!) : origins[k]!;
  }

  private originEndOf(i: number): number {
    const { starts, origins, ends } = this.runs;
    const k = runAt(starts, i);
    return ends[k] === ONE_TO_ONE ? origins[k]! + (i - starts[k]!) + 1 : ends[k]!;
  }

  /**
   * The first character whose span in the original starts at or after `at` (the text's
   * length if none). Spans never go back: each character's starts where the one before
   * it ends or later, so the runs can be searched.
   */
  firstStartingAtOrAfter(at: number): number {
    return this.firstRunAfter(at, false);
  }

  /** The first character whose span in the original ends after `at` (the text's length if none). */
  firstEndingAfter(at: number): number {
    return this.firstRunAfter(at, true);
  }

  private firstRunAfter(at: number, byEnd: boolean): number {
    const { starts, origins, ends } = this.runs;
    // The first run whose last start (or end) passes `at`: they grow run by run.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const last = lastOfRun(this.runs, this.text.length, mid, byEnd);
      if (byEnd ? last > at : last >= at) hi = mid;
      else lo = mid + 1;
    }
    if (lo === starts.length) return this.text.length;
    // In a one-to-one run, character i starts at origin + i and ends one later.
    return ends[lo] === ONE_TO_ONE ? starts[lo]! + Math.max(0, at - origins[lo]!) : starts[lo]!;
  }

  private applyEdits(edits: readonly Edit[]): TrackedText {
    if (edits.length === 0) return this;
    const { text } = this;
    const runs: Runs = { starts: [], origins: [], ends: [] };
    const parts: string[] = [];
    let from = 0;
    let out = 0;
    // Edits come in order: the run to copy from only moves forward.
    let k = 0;
    for (const { start, end, replacement } of edits) {
      k = this.copyRuns(runs, from, start, out, k);
      parts.push(text.slice(from, start), replacement);
      out += start - from;
      const len = replacement.length;
      if (len === end - start) {
        k = this.copyRuns(runs, start, end, out, k);
      } else if (len > 0) {
        const spanStart = start < end ? this.originOf(start) : this.originAt(start);
        const spanEnd = start < end ? this.originEndOf(end - 1) : spanStart;
        pushRun(runs, out, spanStart, spanEnd);
      }
      out += len;
      from = end;
    }
    this.copyRuns(runs, from, text.length, out, k);
    parts.push(text.slice(from));
    return new TrackedText(parts.join(''), runs, this.originalLength);
  }

  /**
   * The map of text[from, to) appended to `into`, as if that stretch began at `at`. The run
   * that holds `from` is run `k` or a later one; returns the last run copied from.
   */
  private copyRuns(into: Runs, from: number, to: number, at: number, k: number): number {
    if (from >= to) return k;
    const { starts, origins, ends } = this.runs;
    while (k + 1 < starts.length && starts[k + 1]! <= from) k++;
    for (; ; k++) {
      const first = Math.max(from, starts[k]!);
      const origin = ends[k] === ONE_TO_ONE ? origins[k]! + (first - starts[k]!) : origins[k]!;
      pushRun(into, at + (first - from), origin, ends[k]!);
      if (k + 1 >= starts.length || starts[k + 1]! >= to) return k;
    }
  }
}

/** The run that holds text position i: the last one that starts at or before it. */
function runAt(starts: readonly number[], i: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where the last character of run k starts (or, byEnd, ends) in the original. */
function lastOfRun(runs: Runs, textLength: number, k: number, byEnd: boolean): number {
  const { starts, origins, ends } = runs;
  if (ends[k] !== ONE_TO_ONE) return byEnd ? ends[k]! : origins[k]!;
  const length = (k + 1 < starts.length ? starts[k + 1]! : textLength) - starts[k]!;
  return origins[k]! + length - (byEnd ? 0 : 1);
}

/** Append a run, merged into the last one when it only continues it. */
function pushRun(runs: Runs, start: number, origin: number, end: number): void {
  const k = runs.starts.length - 1;
  if (k >= 0 && runs.ends[k] === end) {
    const continues = end === ONE_TO_ONE ? runs.origins[k]! + (start - runs.starts[k]!) === origin : runs.origins[k] === origin;
    if (continues) return;
  }
  runs.starts.push(start);
  runs.origins.push(origin);
  runs.ends.push(end);
}
