import { describe, expect, it } from 'vitest';

import { joinBrokenLines } from '../../src/ingest/join-broken-lines.js';
import { TrackedText } from '../../src/ingest/tracked-text.js';

const join = (s: string) => joinBrokenLines(TrackedText.from(s)).text;

describe('joinBrokenLines', () => {
  it.each([
    ['上海市第十一批援疆干部、喀\n什地区工信局副局长任庚坡说', '上海市第十一批援疆干部、喀什地区工信局副局长任庚坡说'],
    ['山海不为远，援疆情谊长。近年\n来，各援疆省市与受援地', '山海不为远，援疆情谊长。近年来，各援疆省市与受援地'],
    ['1年时间就成为阿克苏地区有名的电商达\n人。\n下一段。', '1年时间就成为阿克苏地区有名的电商达人。\n下一段。'],
  ])('mends a paragraph broken mid-word: %s', (broken, mended) => {
    expect(join(broken)).toBe(mended);
  });

  it.each([
    '教育援疆 “红杜鹃”绽放课堂\n“剪纸里的井冈山”',
    '江西新村外景(2017年4月10日摄)。图片由江西援疆前方指挥部提供\n克州江西实验中学红杜鹃合唱团在排练。',
    '山海同心谱新篇\n——新时代高质量开展对口援疆工作巡礼',
    '且末县人民医院门诊楼建成。\n援疆医生深入边远乡镇义诊。',
  ])('leaves headings, captions and whole paragraphs alone: %s', (text) => {
    expect(join(text)).toBe(text);
  });

  it('joins every break inside a sentence of a text its page wrapped, and only of such a text', () => {
    const wrapped = '今年5月，昌吉市派出昌吉市人民\n医院、中\n医院第一批援疆\n医务人员赴\n伊犁州\n开展工作。随后走访了\n霍城县\n人民医院。';
    expect(join(wrapped)).toBe('今年5月，昌吉市派出昌吉市人民医院、中医院第一批援疆医务人员赴伊犁州开展工作。随后走访了霍城县人民医院。');
    // Two headings and paragraphs that end their sentences: the page did not wrap this one.
    const paragraphs = '援疆医生深入乡镇\n义诊服务群众\n且末县人民医院门诊楼建成。\n援疆医生深入边远乡镇义诊。\n群众在家门口看上了病。';
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
