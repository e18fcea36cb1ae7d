// Text that remembers where each of its characters came from in an original string.
// Every edit returns a new value; offsets live in typed arrays so that tens of
// megabytes go through without per-character objects.

export type Replacer = string | ((match: RegExpExecArray) => string);

/** Replace text[start, end) by `replacement`. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** Texts shorter than this share one identity map (longer ones get their own). */
const IDENTITY_LIMIT = 1 << 16;
let identity: Int32Array = new Int32Array(0);

function identityMap(n: number): Int32Array {
  const map = new Int32Array(n);
  for (let i = 0; i < n; i++) map[i] = i;
  return map;
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

export class TrackedText {
  /**
   * origin[i] and originEnd[i]: the span of the original string that text[i] stands
   * for. Untouched characters have originEnd[i] = origin[i] + 1.
   */
  private constructor(
    readonly text: string,
    readonly origin: Int32Array,
    readonly originEnd: Int32Array,
    readonly originalLength: number,
  ) {}

  static from(original: string): TrackedText {
    const n = original.length;
    if (n < IDENTITY_LIMIT) {
      // Copies of one shared identity map: a copy costs less than a loop.
      if (identity.length <= n) identity = identityMap(Math.min(IDENTITY_LIMIT, Math.max(n + 1, 2 * identity.length)));
      return new TrackedText(original, identity.slice(0, n), identity.slice(1, n + 1), n);
    }
    const map = identityMap(n + 1);
    return new TrackedText(original, map.slice(0, n), map.slice(1), n);
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
    let delta = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(this.text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) regex.lastIndex++;
      const replacement = typeof replacer === 'string' ? replacer : replacer(m);
      if (replacement === m[0]) continue;
      edits.push({ start, end, replacement });
      delta += replacement.length - (end - start);
    }
    return this.applyEdits(edits, delta);
  }

  /** Apply edits given in order, without overlaps (as a scanner finds them). */
  edit(edits: readonly Edit[]): TrackedText {
    let delta = 0;
    let last = 0;
    let empty = 0;
    for (const { start, end, replacement } of edits) {
      if (start < last || end < start || end > this.text.length) throw new RangeError(`edit ${start}-${end} out of order or range`);
      last = end;
      delta += replacement.length - (end - start);
      if (start === end && replacement === '') empty++;
    }
    // An edit that inserts nothing in place of nothing changes neither the text nor the map.
    return this.applyEdits(empty === 0 ? edits : edits.filter((e) => e.start !== e.end || e.replacement !== ''), delta);
  }

  /**
   * The same text with characters replaced one for one (`text` has this text's length):
   * every character keeps its place in the original, so the map is shared.
   */
  replaceInPlace(text: string): TrackedText {
    if (text.length !== this.text.length) throw new RangeError(`in-place replacement of ${this.text.length} characters by ${text.length}`);
    return text === this.text ? this : new TrackedText(text, this.origin, this.originEnd, this.originalLength);
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
    return { start: this.origin[s], end: this.originEnd[e - 1] };
  }

  /** Where an empty span at `index` sits in the original. */
  private originAt(index: number): number {
    return index < this.text.length ? this.origin[index] : this.originalLength;
  }

  private applyEdits(edits: readonly Edit[], delta: number): TrackedText {
    if (edits.length === 0) return this;
    const { text, origin, originEnd } = this;
    const n = text.length + delta;
    const newOrigin = new Int32Array(n);
    const newEnd = new Int32Array(n);
    const parts: string[] = [];
    let from = 0;
    let out = 0;
    for (const { start, end, replacement } of edits) {
      copy(origin, originEnd, from, start, newOrigin, newEnd, out);
      parts.push(text.slice(from, start), replacement);
      out += start - from;
      const len = replacement.length;
      if (len === end - start) {
        copy(origin, originEnd, start, end, newOrigin, newEnd, out);
      } else if (len > 0) {
        const spanStart = start < end ? origin[start] : this.originAt(start);
        const spanEnd = start < end ? originEnd[end - 1] : spanStart;
        newOrigin.fill(spanStart, out, out + len);
        newEnd.fill(spanEnd, out, out + len);
      }
      out += len;
      from = end;
    }
    copy(origin, originEnd, from, text.length, newOrigin, newEnd, out);
    parts.push(text.slice(from));
    return new TrackedText(parts.join(''), newOrigin, newEnd, this.originalLength);
  }
}

/** Both maps' entries [from, to) copied to `at` (a loop: no view object per edit). */
function copy(origin: Int32Array, originEnd: Int32Array, from: number, to: number, newOrigin: Int32Array, newEnd: Int32Array, at: number): void {
  for (let i = from, j = at; i < to; i++, j++) {
    newOrigin[j] = origin[i]!;
    newEnd[j] = originEnd[i]!;
  }
}
