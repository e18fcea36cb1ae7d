import { describe, expect, it } from 'vitest';

import { normalise } from '../../src/ingest/normalise.js';
import { removeInvisible, stripInvisible } from '../../src/ingest/strip-invisible.js';
import { TrackedText } from '../../src/ingest/tracked-text.js';

const strip = (s: string) => stripInvisible(TrackedText.from(s)).text;

describe('stripInvisible', () => {
  it.each([
    ['right-to-left and left-to-right marks', '疏附\u200f县\u200e人民医院', '疏附县人民医院'],
    ['the Arabic letter mark', '喀什\u061c地区', '喀什地区'],
    ['bidi embeddings, overrides and their pop', '\u202b塔城地区\u202c\u202a人民\u202d医院\u202e', '塔城地区人民医院'],
    ['bidi isolates', '\u2066克州\u2067人民\u2068医院\u2069', '克州人民医院'],
    ['zero-width space, joiners, word joiner and BOM', '\ufeff对口\u200b支\u200c援\u200d新\u2060疆', '对口支援新疆'],
    ['soft hyphens and the Mongolian vowel separator', '援\u00ad疆\u180e干部', '援疆干部'],
    ['variation selectors, ideographic ones too (surrogate pairs)', '葛\ufe00洲坝\udb40\udd00集团', '葛洲坝集团'],
    ['tag characters', '兵团\udb40\udc41\udb40\udc7f第十四师', '兵团第十四师'],
    ['private-use characters and C0 controls', '岁首\ue291年月\u0007开展\u001b', '岁首年月开展'],
  ])('removes %s', (_, input, expected) => {
    expect(strip(input)).toBe(expected);
    expect(removeInvisible(input)).toBe(expected);
  });

  it('keeps tabs, line breaks, spaces and every visible character', () => {
    const text = '广东援疆\t前方指挥部\n伽师县 人民医院（二期）“组团式”😀';
    expect(strip(text)).toBe(text);
  });

  it('maps the text back across the removed marks', () => {
    const original = '由\u202b塔什库尔干\u200f县\u202c人民医院承办';
    const t = stripInvisible(TrackedText.from(original));
    const at = t.text.indexOf('塔什库尔干县人民医院');
    const span = t.toOriginal(at, at + '塔什库尔干县人民医院'.length);
    expect(original.slice(span.start, span.end)).toBe('塔什库尔干\u200f县\u202c人民医院');
  });

  it('runs before matching: a name split by marks is whole in the normalised text', () => {
    const n = normalise({ id: 't', text: '广东省对口支援\u2067伽师\u200b县\u2069人民医院。' });
    expect(n.text).toBe('广东省对口支援伽师县人民医院。');
  });
});
