import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { decodeBuffer } from '../../src/ingest/decode.js';
import { KgError } from '../../src/errors.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);

function decodeError(bytes: Uint8Array, name = 'bad.txt'): KgError {
  try {
    decodeBuffer(bytes, name);
  } catch (error) {
    if (error instanceof KgError) return error;
    throw error;
  }
  throw new Error('expected decodeBuffer to throw');
}

describe('decodeBuffer', () => {
  it('reads UTF-8', () => {
    expect(decodeBuffer(utf8('叶城县人民医院住院楼'), 'a.txt')).toBe('叶城县人民医院住院楼');
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('和田地区')]);
    expect(decodeBuffer(bytes, 'a.txt')).toBe('和田地区');
  });

  it('reads UTF-16 little- and big-endian with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('鄯善縣人民醫院', 'utf16le')]);
    expect(decodeBuffer(new Uint8Array(le), 'le.txt')).toBe('鄯善縣人民醫院');
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeBuffer(new Uint8Array(be), 'be.txt')).toBe('鄯善縣人民醫院');
  });

  it('reads a GBK file (made with iconv -t GBK)', () => {
    const text = decodeBuffer(fixture('article-gbk.txt'), 'article-gbk.txt');
    expect(text).toContain('湖南与新疆吐鲁番相隔万里');
    expect(text).toContain('鄯善县人民医院');
  });

  it('reads a Big5 file (made with iconv -t BIG5) as Traditional, not as GBK mojibake', () => {
    const text = decodeBuffer(fixture('article-big5.txt'), 'article-big5.txt');
    expect(text).toContain('湖南與新疆吐魯番相隔萬里');
    expect(text).toContain('鄯善縣人民醫院');
  });

  it('rejects an empty file and a whitespace-only file, naming the file', () => {
    const empty = decodeError(new Uint8Array(0), 'empty.txt');
    expect(empty.code).toBe('DECODE_FAILED');
    expect(empty.message).toBe('empty.txt: file is empty');
    expect(decodeError(utf8(' \n\u3000\n'), 'blank.txt').message).toMatch(/^blank\.txt: .*empty/);
  });

  it('rejects a binary file with NUL bytes', () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const error = decodeError(bytes, 'image.txt');
    expect(error.code).toBe('DECODE_FAILED');
    expect(error.message).toMatch(/^image\.txt: binary/);
  });

  it('rejects bytes that no supported encoding reads, even without NULs', () => {
    const bytes = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = 1 + (x % 255);
    }
    expect(decodeError(bytes, 'noise.txt').code).toBe('DECODE_FAILED');
  });
});
