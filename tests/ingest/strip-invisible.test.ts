import { describe, expect, it } from 'vitest';

import { normalise } from '../../src/ingest/normalise.js';
import { removeInvisible, stripInvisible } from '../../src/ingest/strip-invisible.js';
import { TrackedText } from '../../src/ingest/tracked-text.js';

const strip = (s: string) => stripInvisible(TrackedText.from(s)).text;

describe('stripInvisible', () => {
  it.each([
    ['right-to-left and left-to-right marks', '阿克陶\u200f县\u200e人民医院', '阿克陶县人民医院'],
    ['the Arabic letter mark', '喀什\u061c地区', '喀什地区'],
    ['bidi embeddings, overrides and their pop', '\u202b和田地区\u202c\u202a人民\u202d医院\u202e', '和田地区人民医院'],
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
    const text = '江西援疆\t前方指挥部\n阿克陶县 人民医院（二期）“院包科”😀';
    expect(strip(text)).toBe(text);
  });

  it('maps the text back across the removed marks', () => {
    const original = '由\u202b阿克陶\u200f县\u202c人民医院承办';
    const t = stripInvisible(TrackedText.from(original));
    const at = t.text.indexOf('阿克陶县人民医院');
    const span = t.toOriginal(at, at + '阿克陶县人民医院'.length);
    expect(original.slice(span.start, span.end)).toBe('阿克陶\u200f县\u202c人民医院');
  });

  it('runs before matching: a name split by marks is whole in the normalised text', () => {
    const n = normalise({ id: 't', text: '江西省对口支援\u2067阿克陶\u200b县\u2069人民医院。' });
    expect(n.text).toBe('江西省对口支援阿克陶县人民医院。');
  });
});
