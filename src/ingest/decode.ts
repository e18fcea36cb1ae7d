// Bytes → text for the encodings Chinese news files come in: UTF-8 (with or without a
// BOM), UTF-16 with a BOM, GB18030/GBK and Big5.
import { isUtf8, transcode } from 'node:buffer';

import { KgError } from '../errors.js';
import { COMMON_CHARS } from './common-chars.js';

let common: Set<number> | undefined;

function commonChars(): Set<number> {
  common ??= new Set([...COMMON_CHARS].map((c) => c.charCodeAt(0)));
  return common;
}

interface Scored {
  text: string;
  score: number;
  replacements: number;
}

/** A guess is good when it is made of frequent characters and needs no replacements. */
function score(text: string): Scored {
  const set = commonChars();
  let hits = 0;
  let replacements = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replacements++;
    else if (set.has(c)) hits++;
  }
  return { text, score: hits - 10 * replacements, replacements };
}

// Control characters other than tab, newline, form feed and carriage return.
function controlShare(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) n++;
  }
  return text.length === 0 ? 0 : n / text.length;
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

/**
 * The text of bytes that are valid UTF-8 (null if they are not), a leading BOM dropped: what
 * TextDecoder('utf-8', { fatal: true }) gives. Checked by simdutf and converted by ICU into
 * UTF-16, whose bytes become the string as they are: about 5× faster than that decoder on
 * Chinese text, whose UTF-8 it turns into UTF-16 character by character.
 */
function validUtf8(buf: Uint8Array): string | null {
  if (!isUtf8(buf)) return null;
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  return transcode(buf.subarray(start), 'utf8', 'ucs2').toString('ucs2');
}

function fail(fileName: string, reason: string): never {
  throw new KgError('DECODE_FAILED', `${fileName}: ${reason}`);
}

function checked(text: string, fileName: string): string {
  if (text.trim() === '') fail(fileName, 'file is empty (only whitespace)');
  if (controlShare(text) > 0.01) fail(fileName, 'binary file (control characters in the text)');
  return text;
}

function decodeLegacy(buf: Uint8Array): Scored {
  const gb = score(decodeWith('gb18030', buf));
  const big5 = score(decodeWith('big5', buf));
  return big5.score > gb.score ? big5 : gb;
}

/**
 * Decode a text file. Throws KgError('DECODE_FAILED') for an empty file, a binary file
 * (NUL bytes, control characters) or bytes that no supported encoding reads.
 */
export function decodeBuffer(buf: Uint8Array, fileName: string): string {
  if (buf.length === 0) fail(fileName, 'file is empty');
  if (buf[0] === 0xff && buf[1] === 0xfe) return checked(decodeWith('utf-16le', buf), fileName);
  if (buf[0] === 0xfe && buf[1] === 0xff) return checked(decodeWith('utf-16be', buf), fileName);
  if (buf.indexOf(0) !== -1) fail(fileName, 'binary file (contains NUL bytes)');
  const utf8 = validUtf8(buf);
  if (utf8 !== null) return checked(utf8, fileName);
  const best = decodeLegacy(buf);
  if (best.replacements > best.text.length * 0.02) {
    fail(fileName, 'not readable as UTF-8, UTF-16, GB18030 or Big5 (binary or unknown encoding)');
  }
  return checked(best.text, fileName);
}
