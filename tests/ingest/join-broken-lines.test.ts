import { describe, expect, it } from 'vitest';

import { joinBrokenLines } from '../../src/ingest/join-broken-lines.js';
import { TrackedText } from '../../src/ingest/tracked-text.js';

const join = (s: string) => joinBrokenLines(TrackedText.from(s)).text;

describe('joinBrokenLines', () => {
  it.each([
    ['深圳市第十一批援疆干部、塔\n什库尔干县教育局副局长周立新说', '深圳市第十一批援疆干部、塔什库尔干县教育局副局长周立新说'],
    ['山海不为远，援疆情谊长。近年\n来，各援疆省市与受援地', '山海不为远，援疆情谊长。近年来，各援疆省市与受援地'],
    ['不到两年就成了伽师县小有名气的直播带货达\n人。\n下一段。', '不到两年就成了伽师县小有名气的直播带货达人。\n下一段。'],
  ])('mends a paragraph broken mid-word: %s', (broken, mended) => {
    expect(join(broken)).toBe(mended);
  });

  it.each([
    '医疗援疆 “石榴花”开满病房\n“手术台上的师带徒”',
    '疏附县广州新城一角(2019年6月21日摄)。图片由广东援疆前方指挥部提供\n伽师县的孩子们在新建的足球场上训练。',
    '江海情深润边疆\n——深化对口支援新疆工作纪实',
    '莎车县妇幼保健院新楼启用。\n援疆护士走进牧区开展健康宣讲。',
  ])('leaves headings, captions and whole paragraphs alone: %s', (text) => {
    expect(join(text)).toBe(text);
  });

  it('joins every break inside a sentence of a text its page wrapped, and only of such a text', () => {
    const wrapped = '今年5月，昌吉市派出昌吉市人民\n医院、中\n医院第一批援疆\n医务人员赴\n伊犁州\n开展工作。随后走访了\n霍城县\n人民医院。';
    expect(join(wrapped)).toBe('今年5月，昌吉市派出昌吉市人民医院、中医院第一批援疆医务人员赴伊犁州开展工作。随后走访了霍城县人民医院。');
    // Two headings and paragraphs that end their sentences: the page did not wrap this one.
    const paragraphs = '援疆教师扎根课堂\n名师送课暖人心\n莎车县妇幼保健院新楼启用。\n援疆护士走进牧区开展健康宣讲。\n牧民在家门口做上了体检。';
    expect(join(paragraphs)).toBe(paragraphs);
  });

  it('keeps offsets across the join', () => {
    const original = '援疆干部、喀\n什地区工信局';
    const t = joinBrokenLines(TrackedText.from(original));
    const at = t.text.indexOf('喀什地区');
    const span = t.toOriginal(at, at + 4);
    expect(original.slice(span.start, span.end)).toBe('喀\n什地区');
  });
});
