// Undo mojibake: runs of rare characters that are really the bytes of other text read in
// the wrong way. Two kinds are repaired:
//  - UTF-8 bytes decoded as GBK/GB18030 (“江西 → 鈥滄睙瑗): re-encode as GBK, decode as UTF-8;
//  - GBK bytes decoded one byte out of step (號”為紐 → ┨枴睘榧): re-encode, drop the stray
//    byte, decode again. Such copies also glossed an out-of-step character ("?zhí)"); the
//    gloss tells which character it was, and so the byte that was lost (泰).
// A run is replaced only where the new reading is clearly better; bytes that were lost
// stay lost, and normal text, Simplified or Traditional, is never touched.
import OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

import { type CharSet, charSet, hasChar } from './char-set.js';
import { COMMON_CHARS } from './common-chars.js';
import { gb18030Table, isLeadByte, isTrailByte } from './gb18030-table.js';
import type { Edit, TrackedText } from './tracked-text.js';

const BREAK = 0;
const NEUTRAL = 1;
const ORDINARY = 2;
const GOOD = 3;
const BAD = 4;

let classes: Uint8Array | undefined;

/**
 * Per character code: GOOD (frequent), ORDINARY (GB2312 level 1, 3,755 characters, or the
 * Traditional form of one), BAD (any other GBK character, or a sign of lost bytes: ? and
 * U+FFFD), NEUTRAL (ASCII and punctuation) or BREAK (nothing GBK can encode in two bytes).
 */
function charClasses(): Uint8Array {
  if (classes) return classes;
  const { encode, decode } = gb18030Table();
  const table = new Uint8Array(0x10000);
  const encodable: string[] = [];
  for (let c = 0x80; c < 0x10000; c++) {
    if (encode[c] === 0) continue;
    table[c] = BAD;
    encodable.push(String.fromCharCode(c));
  }
  for (let c = 0x21; c < 0x7f; c++) table[c] = NEUTRAL;
  for (let c = 0x3000; c < 0x3040; c++) if (table[c] === BAD) table[c] = NEUTRAL;
  for (let c = 0xff01; c < 0xff5f; c++) if (table[c] === BAD) table[c] = NEUTRAL;
  for (const ch of '“”‘’…—·') table[ch.charCodeAt(0)] = NEUTRAL;
  table[0x3f] = BAD;
  table[0xfffd] = BAD;
  table[0x20ac] = BAD;
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const c = decode[(lead << 8) | trail] ?? 0;
      if (c !== 0) table[c] = ORDINARY;
    }
  }
  // One character per line, so that no phrase rule applies.
  const simplified = OpenCC.Converter({ from: 'tw', to: 'cn' })(encodable.join('\n')).split('\n');
  encodable.forEach((ch, i) => {
    const s = simplified[i] ?? '';
    if (s.length === 1 && table[s.charCodeAt(0)] === ORDINARY && table[ch.charCodeAt(0)] === BAD) table[ch.charCodeAt(0)] = ORDINARY;
  });
  for (const ch of COMMON_CHARS) table[ch.charCodeAt(0)] = GOOD;
  classes = table;
  return table;
}

function charScore(cls: number): number {
  return cls === GOOD ? 1 : cls === BAD ? -1 : 0;
}

function textScore(text: string, cls: Uint8Array): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) score += charScore(cls[text.charCodeAt(i)] ?? BREAK);
  return score;
}

/** The text of a window as bytes, with the index (in the window) of the character each byte came from. */
interface Bytes {
  bytes: Uint8Array;
  owner: Int32Array;
  /** charStart[i]: first byte of character i; charStart[n] = bytes.length. */
  charStart: Int32Array;
}

function toBytes(text: string): Bytes | null {
  const { encode } = gb18030Table();
  const bytes = new Uint8Array(text.length * 2);
  const owner = new Int32Array(text.length * 2);
  const charStart = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    charStart[i] = n;
    const c = text.charCodeAt(i);
    const code = encode[c] ?? 0;
    if (c < 0x80) {
      owner[n] = i;
      bytes[n++] = c;
    } else if (c === 0x20ac) {
      // The one single-byte GBK character above ASCII: 0x80.
      owner[n] = i;
      bytes[n++] = 0x80;
    } else if (c === 0xfffd) {
      // A byte the first decoder gave up on: unknown, and invalid in both decoders.
      owner[n] = i;
      bytes[n++] = 0xff;
    } else if (code !== 0) {
      owner[n] = i;
      bytes[n++] = code >> 8;
      owner[n] = i;
      bytes[n++] = code & 0xff;
    } else return null;
  }
  charStart[text.length] = n;
  return { bytes: bytes.subarray(0, n), owner: owner.subarray(0, n), charStart };
}

/** One character read from bytes [from, to); text null when the bytes are no character. */
interface Unit {
  text: string | null;
  from: number;
  to: number;
}

function utf8Units(bytes: Uint8Array, from: number, to: number): Unit[] {
  const units: Unit[] = [];
  const cont = (i: number) => i < to && ((bytes[i] ?? 0) & 0xc0) === 0x80;
  let i = from;
  while (i < to) {
    const b = bytes[i] ?? 0;
    let len = 0;
    let cp = 0;
    if (b < 0x80) {
      len = 1;
      cp = b;
    } else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) {
      len = 2;
      cp = ((b & 0x1f) << 6) | ((bytes[i + 1] ?? 0) & 0x3f);
    } else if (b >= 0xe0 && b <= 0xef && cont(i + 1) && cont(i + 2)) {
      cp = ((b & 0x0f) << 12) | (((bytes[i + 1] ?? 0) & 0x3f) << 6) | ((bytes[i + 2] ?? 0) & 0x3f);
      if (cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff)) len = 3;
    } else if (b >= 0xf0 && b <= 0xf4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
      cp = ((b & 0x07) << 18) | (((bytes[i + 1] ?? 0) & 0x3f) << 12) | (((bytes[i + 2] ?? 0) & 0x3f) << 6) | ((bytes[i + 3] ?? 0) & 0x3f);
      if (cp >= 0x10000 && cp <= 0x10ffff) len = 4;
    }
    if (len === 0) {
      units.push({ text: null, from: i, to: i + 1 });
      i++;
    } else {
      units.push({ text: String.fromCodePoint(cp), from: i, to: i + len });
      i += len;
    }
  }
  return units;
}

/** Some three-byte UTF-8 sequence: without one, no Chinese character can come back. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b >= 0xe0 && b <= 0xef && ((bytes[i + 1] ?? 0) & 0xc0) === 0x80 && ((bytes[i + 2] ?? 0) & 0xc0) === 0x80) return true;
  }
  return false;
}

/** GBK from `from`, going on past `minEnd` until a character ends where a source character ends. */
function gbkUnits(b: Bytes, from: number, minEnd: number): { units: Unit[]; synced: boolean } {
  const { decode } = gb18030Table();
  const { bytes, owner, charStart } = b;
  const units: Unit[] = [];
  let i = from;
  while (i < bytes.length) {
    if (i >= minEnd && charStart[owner[i] ?? 0] === i) return { units, synced: true };
    const lead = bytes[i] ?? 0;
    const trail = bytes[i + 1] ?? 0;
    if (lead < 0x80 && lead !== 0x3f) {
      units.push({ text: String.fromCharCode(lead), from: i, to: i + 1 });
      i++;
      continue;
    }
    const c = isLeadByte(lead) && isTrailByte(trail) && i + 1 < bytes.length ? (decode[(lead << 8) | trail] ?? 0) : 0;
    if (c !== 0) {
      units.push({ text: String.fromCharCode(c), from: i, to: i + 2 });
      i += 2;
    } else {
      units.push({ text: null, from: i, to: i + 1 });
      i++;
    }
  }
  // Ending with the window is in step too.
  return { units, synced: i >= minEnd && units.at(-1)?.text != null };
}

/** A reading of a window: edits in window offsets and how much better it scores. */
interface Reading {
  edits: Edit[];
  gain: number;
  good: number;
  bad: number;
}

/**
 * Turn decoded units into edits. A source character is replaced when any of its bytes
 * went into a decoded character, and kept as written when none did. Each edit covers the
 * fewest source characters (those that share bytes), so offsets stay fine-grained. A lost
 * byte in the middle of recovered text shows as U+FFFD.
 */
interface Group {
  start: number;
  end: number;
  text: string;
  loss: boolean;
}

function toEdits(units: readonly Unit[], owner: Int32Array): Edit[] {
  const groups: Group[] = [];
  let group: Group | null = null;
  for (const u of units) {
    const first = owner[u.from] ?? 0;
    const last = (owner[u.to - 1] ?? 0) + 1;
    if (u.text === null) {
      if (group && first < group.end) group.loss = true;
      else if (group) {
        groups.push(group);
        group = null;
      }
    } else if (group && first < group.end) {
      group.text += (group.loss ? '\ufffd' : '') + u.text;
      group.end = Math.max(group.end, last);
      group.loss = false;
    } else {
      if (group) groups.push(group);
      group = { start: first, end: last, text: u.text, loss: false };
    }
  }
  if (group) groups.push(group);
  return groups.map(({ start, end, text }) => ({ start, end, replacement: text }));
}

function judge(window: string, edits: Edit[], cls: Uint8Array): Reading {
  let gain = 0;
  let good = 0;
  let bad = 0;
  for (const e of edits) {
    gain += textScore(e.replacement, cls) - textScore(window.slice(Math.max(0, e.start), e.end), cls);
    for (let i = 0; i < e.replacement.length; i++) {
      const kind = cls[e.replacement.charCodeAt(i)] ?? BREAK;
      if (kind === GOOD) good++;
      else if (kind === BAD || kind === BREAK) bad++;
    }
  }
  return { edits, gain, good, bad };
}

const GLOSS_BEFORE = /\?([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)$/;

let pinyinCache: Map<number, string[]> | undefined;

/**
 * The byte lost before an out-of-step run, read from the glossed character in front of it
 * ("龍?zhí)┨…"): that character was the GBK pair (trail of 龍, lost byte) and reads zhí.
 * Null unless exactly one byte fits.
 */
function lostByteFromGloss(before: string, cls: Uint8Array): { byte: number; length: number } | null {
  const m = GLOSS_BEFORE.exec(before);
  if (!m) return null;
  const { encode, decode } = gb18030Table();
  const previous = before.charCodeAt(before.length - m[0].length - 1);
  const code = encode[previous] ?? 0;
  if (code === 0 || (cls[previous] ?? BREAK) === NEUTRAL) return null;
  const lead = code & 0xff;
  if (!isLeadByte(lead)) return null;
  pinyinCache ??= new Map();
  const fits: number[] = [];
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    const c = decode[(lead << 8) | trail] ?? 0;
    if (c === 0) continue;
    let readings = pinyinCache.get(c);
    if (!readings) {
      readings = pinyin(String.fromCharCode(c), { multiple: true, type: 'array' });
      pinyinCache.set(c, readings);
    }
    if (readings.includes(m[1] ?? '')) fits.push(trail);
  }
  return fits.length === 1 ? { byte: fits[0] ?? 0, length: m[0].length } : null;
}

function accepted(r: Reading): boolean {
  // Clearly better: a few points, and the recovered characters mostly frequent ones.
  return r.gain >= 2 && r.good >= 2 && r.good >= 2 * r.bad;
}

/**
 * UTF-8 read as GBK: every stretch of the window that reads as UTF-8 and is clearly
 * better is taken on its own, so lost bytes cost only their own character.
 */
function utf8Edits(text: string, start: number, end: number, cls: Uint8Array): Edit[] {
  const window = text.slice(start, end);
  const b = toBytes(window);
  if (!b || !hasUtf8Sequence(b.bytes)) return [];
  const edits = toEdits(utf8Units(b.bytes, 0, b.bytes.length), b.owner).filter(
    (e) => e.replacement !== window.slice(e.start, e.end),
  );
  const kept: Edit[] = [];
  for (let i = 0; i < edits.length; ) {
    // A stretch: edits that follow one another with nothing kept in between.
    let j = i + 1;
    while (j < edits.length && edits[j]!.start === edits[j - 1]!.end) j++;
    // Its ends may be bytes of normal text that happen to read as UTF-8 (闻： → ţ).
    let from = i;
    let to = j;
    while (from < to && judge(window, [edits[from]!], cls).good === 0) from++;
    while (to > from && judge(window, [edits[to - 1]!], cls).good === 0) to--;
    const stretch = edits.slice(from, to);
    if (stretch.length > 0 && accepted(judge(window, stretch, cls))) kept.push(...stretch);
    i = j;
  }
  return kept.map((e) => ({ ...e, start: e.start + start, end: e.end + start }));
}

/** GBK read one byte out of step, starting a little before the run: the best clearly better reading. */
function shiftedEdits(text: string, start: number, end: number, run: { start: number; end: number }, cls: Uint8Array): Edit[] {
  const window = text.slice(start, end);
  // It comes back in step only at a one-byte character: none after the run start, no reading.
  if (!/[\x00-\x7f\u20ac]/.test(window.slice(run.start - start))) return [];
  const b = toBytes(window);
  if (!b) return [];
  const runFrom = run.start - start;
  const runTo = run.end - start;
  const best: { reading: Reading | null } = { reading: null };
  const consider = (r: Reading) => {
    if (accepted(r) && (!best.reading || r.gain > best.reading.gain)) best.reading = r;
  };
  // Such text falls back in step at an ASCII character (號”為紐 ends at "~"); a reading
  // that never does so is not this kind of mojibake.
  for (let k = Math.max(0, runFrom - LEAD_IN); k < Math.min(runTo, runFrom + 3); k++) {
    const at = b.charStart[k] ?? 0;
    if ((b.charStart[k + 1] ?? 0) - at !== 2) continue;
    const { units, synced } = gbkUnits(b, at + 1, b.charStart[runTo] ?? 0);
    if (!synced) continue;
    const edits = toEdits(units, b.owner);
    consider(judge(window, edits, cls));
    const first = edits[0];
    const lost = first?.start === k ? lostByteFromGloss(text.slice(Math.max(0, start + k - 12), start + k), cls) : null;
    if (first && lost) {
      // The lost byte and the stray one make the character that the gloss stood in for.
      const c = gb18030Table().decode[(lost.byte << 8) | (b.bytes[at] ?? 0)] ?? 0;
      if (c !== 0) {
        const replacement = String.fromCharCode(c) + first.replacement;
        consider(judge(window, [{ ...first, start: k - lost.length, replacement }, ...edits.slice(1)], cls));
      }
    }
  }
  return (best.reading?.edits ?? []).map((e) => ({ ...e, start: e.start + start, end: e.end + start }));
}

/** How far before a run an out-of-step reading may start, and after it end. */
const LEAD_IN = 3;
const MAX_EXTRA = 4;

let badAndBreaks: { bad: CharSet; breaks: CharSet } | undefined;

/** The BAD and the BREAK characters as bitsets, for the scan of whole texts. */
function badAndBreakSets(cls: Uint8Array): { bad: CharSet; breaks: CharSet } {
  if (!badAndBreaks) {
    const codes = (kind: number) => [...cls.keys()].filter((code) => cls[code] === kind);
    badAndBreaks = { bad: charSet(codes(BAD)), breaks: charSet(codes(BREAK)) };
  }
  return badAndBreaks;
}

/** The rare characters that mojibake is made of (and ?, U+FFFD): where they stand in a text is all findRuns reads. */
export function mojibakeSuspects(): CharSet {
  return badAndBreakSets(charClasses()).bad;
}

/** Where the characters of mojibakeSuspects() stand in `text`, in order. */
export function suspectPositions(text: string): Int32Array {
  const bad = mojibakeSuspects();
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (hasChar(bad, text.charCodeAt(i))) at.push(i);
  return Int32Array.from(at);
}

/**
 * Runs of rare characters (two or more, at most one other character apart) on one line,
 * read from where the rare characters stand: one apart they go on, two apart unless a
 * BREAK character stands between them, further apart they end.
 */
function findRuns(text: string, bads: ArrayLike<number>, cls: Uint8Array, found: (start: number, end: number) => void): void {
  const { breaks } = badAndBreakSets(cls);
  let runStart = -1;
  let lastBad = -1;
  let count = 0;
  const close = () => {
    // Most runs are one rare character: the gloss pattern ends in ')', so look for it before slicing.
    if (runStart !== -1 && (count >= 2 || (text.charCodeAt(runStart - 1) === 0x29 && GLOSS_BEFORE.test(text.slice(Math.max(0, runStart - 12), runStart))))) {
      found(runStart, lastBad + 1);
    }
    runStart = -1;
    count = 0;
  };
  for (let k = 0; k < bads.length; k++) {
    const i = bads[k]!;
    if (runStart !== -1) {
      const gap = i - lastBad;
      if (gap > 2 || (gap === 2 && hasChar(breaks, text.charCodeAt(lastBad + 1)))) close();
    }
    if (runStart === -1) runStart = i;
    lastBad = i;
    count++;
  }
  close();
}

/** The run widened over the characters of its line, at most `reach` each side. */
function widen(text: string, from: number, to: number, reach: number, cls: Uint8Array): { start: number; end: number } {
  let start = from;
  while (start > 0 && from - start < reach && (cls[text.charCodeAt(start - 1)] ?? BREAK) !== BREAK) start--;
  let end = to;
  while (end < text.length && end - to < reach && (cls[text.charCodeAt(end)] ?? BREAK) !== BREAK) end++;
  return { start, end };
}

/** UTF-8 mojibake mixes rare and ordinary characters; its reading decides how far it goes. */
const UTF8_REACH = 40;

/** @param suspects suspectPositions(tracked.text), when a scan of the text has already found them */
export function repairMojibake(tracked: TrackedText, suspects?: ArrayLike<number>): TrackedText {
  const { text } = tracked;
  const cls = charClasses();
  const edits: Edit[] = [];
  let done = 0;
  findRuns(text, suspects ?? suspectPositions(text), cls, (runStart, runEnd) => {
    if (runEnd <= done) return;
    const wide = widen(text, Math.max(runStart, done), runEnd, UTF8_REACH, cls);
    let found = utf8Edits(text, Math.max(wide.start, done), wide.end, cls);
    if (found.length === 0) {
      // Room for the out-of-step reading: a stray byte a few characters before the run
      // and the characters it reads into after it.
      const near = widen(text, Math.max(runStart, done), runEnd, MAX_EXTRA, cls);
      const start = Math.max(near.start, runStart - LEAD_IN, done);
      found = shiftedEdits(text, start, near.end, { start: runStart, end: runEnd }, cls);
    }
    for (const e of found) {
      if (e.start < done) continue;
      edits.push(e);
      done = e.end;
    }
  });
  return tracked.edit(edits);
}
