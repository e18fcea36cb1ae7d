import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { normalise } from '../../src/ingest/normalise.js';
import { writtenForm } from '../../src/ingest/written-form.js';
import type { Article } from '../../src/types.js';

const seed = (name: string): Article => ({
  id: name.slice(0, 3),
  text: readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8'),
});
const article = (text: string): Article => ({ id: 't', text });

/** The written form of the first place where the normalised article reads `passage`. */
function formOf(a: Article, passage: string): string {
  const n = normalise(a);
  const at = n.text.indexOf(passage);
  expect(at, `"${passage}" in the normalised text`).toBeGreaterThanOrEqual(0);
  const span = n.toOriginal(at, at + passage.length);
  return n.writtenForm(span.start, span.end);
}

/** What a page shows when its UTF-8 bytes are read as GBK. */
const utf8ReadAsGbk = (text: string): string => new TextDecoder('gbk').decode(new TextEncoder().encode(text));

describe('writtenForm', () => {
  it.each([
    ['a Traditional glossed name (seed 002)', seed('002_3189ede4f95b37c8.txt'), '阿克陶县人民医院', '阿克陶縣人民醫院'],
    ['a glossed phrase (seed 002)', seed('002_3189ede4f95b37c8.txt'), '产业协作', '產業協作'],
    ['a spun name, put back (seed 001)', seed('001_8096ed5fa1050b32.txt'), '和田地区人民医院', '和田地区人民医院'],
    ['a spun place inside a name (seed 001)', seed('001_8096ed5fa1050b32.txt'), '民丰县人才公寓', '民丰县人才公寓'],
    ['a quoted programme (seed 001)', seed('001_8096ed5fa1050b32.txt'), '“蕙心计划”', '蕙心计划'],
    [
      'a title in 《》 with spun words (seed 001)',
      seed('001_8096ed5fa1050b32.txt'),
      '《天津市第十一批援疆干部人才队伍建设三年行动方案》',
      '天津市第十一批援疆干部人才队伍建设三年行动方案',
    ],
    [
      'a Traditional name spun by another tool, put back in Traditional',
      article('浙江省援疆批示部聯合阿克蘇地區國民醫院舉辦培訓班，並與溫宿縣任務隊停止對接。'),
      '阿克苏地区人民医院',
      '阿克蘇地區人民醫院',
    ],
    [
      'two spun words in one Traditional name',
      article('浙江省援疆批示部與溫宿縣任務隊停止對接，參與新疆消費建立兵團第一師的項目。'),
      '新疆生产建设兵团第一师',
      '新疆生產建設兵團第一師',
    ],
    ['a name split by bidi and zero-width marks', article('由「鄯善\u202b縣\u200b人民醫(yī)院」承辦。'), '鄯善县人民医院', '鄯善縣人民醫院'],
    ['a name broken over two lines', article('江門市派出江門市中心\n醫院的醫生。'), '江门市中心\n医院', '江門市中心醫院'],
    ['a name in full-width quotes with spaces', article('签约“ 新疆中泰集团 ”项目'), '新疆中泰集团', '新疆中泰集团'],
  ])('gives %s', (_, a, passage, expected) => {
    expect(formOf(a, passage)).toBe(expected);
  });

  it('repairs mojibake as normalise does', () => {
    // 10 characters, 30 bytes: the name ends on a GBK pair boundary.
    const a = article(`新闻：${utf8ReadAsGbk('塔什庫爾干縣人民醫院新添了兩台設備')}\n下一段。`);
    expect(formOf(a, '塔什库尔干县人民医院')).toBe('塔什庫爾干縣人民醫院');
    // GBK read one byte out of step, with a gloss on a stray character (seed 002).
    expect(formOf(seed('002_3189ede4f95b37c8.txt'), '当地群众广泛')).toBe('當地群眾廣泛');
  });

  // Known failure: in a mojibake run, a name that starts or ends inside a GBK pair (在 = E5 9C A8,
  // 伽 = E4 BC BD: "ㄤ" is A8 E4; 7 characters are 21 bytes) is given with the character that
  // shares the pair: 在伽師縣人民醫院, 伽師縣人民醫院新.
  it.fails.each([
    ['廣東援疆醫生在伽師縣人民醫院完成首例手術'],
    ['伽師縣人民醫院新添了兩台設備'],
  ])('gives a name that shares a GBK pair with its neighbour without that neighbour: %s', (text) => {
    const a = article(`新闻：${utf8ReadAsGbk(text)}\n下一段。`);
    expect(formOf(a, '伽师县人民医院')).toBe('伽師縣人民醫院');
  });

  it('keeps one space between Latin words and trims the ends', () => {
    expect(writtenForm(article('  Xinjiang  Tianhe\u00a0 Co., Ltd  '), 0, 30)).toBe('Xinjiang Tianhe Co., Ltd');
  });

  it('is the normalised article’s writtenForm, for callers that hold only the article', () => {
    const a = seed('002_3189ede4f95b37c8.txt');
    const n = normalise(a);
    const at = n.text.indexOf('南昌大学第一附属医院');
    const span = n.toOriginal(at, at + '南昌大学第一附属医院'.length);
    expect(writtenForm(a, span.start, span.end)).toBe(n.writtenForm(span.start, span.end));
    expect(writtenForm(a, span.start, span.end)).toBe('南昌大學第一附屬醫院');
  });

  it('gives an empty string for an empty or out-of-range span', () => {
    const a = article('鄯善縣人民醫院');
    expect(writtenForm(a, 3, 3)).toBe('');
    expect(writtenForm(a, 50, 60)).toBe('');
  });
});
