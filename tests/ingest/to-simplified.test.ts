import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { detectScript, toSimplified } from '../../src/ingest/to-simplified.js';
import { TrackedText } from '../../src/ingest/tracked-text.js';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const convert = (s: string) => toSimplified(TrackedText.from(s)).text;

describe('detectScript', () => {
  it('calls the Traditional seeds Traditional', () => {
    expect(detectScript(seed('002_3189ede4f95b37c8.txt')).script).toBe('traditional');
    expect(detectScript(seed('004_bc355209b628d6c9.txt')).traditionalRatio).toBeGreaterThan(0.9);
  });

  it('calls the Simplified seeds Simplified', () => {
    expect(detectScript(seed('000_386c6d3f6793f036.txt')).script).toBe('simplified');
    expect(detectScript(seed('003_ea277452b1a26da8.txt')).traditionalRatio).toBeLessThan(0.05);
  });

  it('calls text without script-specific characters Simplified with ratio 0', () => {
    expect(detectScript('2025 ABC')).toEqual({ script: 'simplified', traditionalRatio: 0 });
  });
});

describe('toSimplified', () => {
  it.each([
    ['疏附縣廣州實驗中學(疏附縣第二中學)', '疏附县广州实验中学(疏附县第二中学)'],
    ['中山大學附屬第一醫院牽頭組建', '中山大学附属第一医院牵头组建'],
    ['阿拉爾新農棉漿有限責任公司', '阿拉尔新农棉浆有限责任公司'],
    ['塔什庫爾干塔吉克自治縣達布達爾鄉熱斯喀木村', '塔什库尔干塔吉克自治县达布达尔乡热斯喀木村'],
    ['湖北“組團式”教育援疆碩果纍纍', '湖北“组团式”教育援疆硕果累累'],
    ['裡面的著名', '里面的著名'],
  ])('%s → %s', (input, expected) => {
    expect(convert(input)).toBe(expected);
  });

  it('leaves a Simplified seed exactly as it is', () => {
    const text = seed('003_ea277452b1a26da8.txt');
    expect(convert(text)).toBe(text);
  });

  it('keeps offsets character by character', () => {
    const original = '吉林省對口支援新疆工作紀實';
    const t = toSimplified(TrackedText.from(original));
    const start = t.text.indexOf('对口支援');
    const span = t.toOriginal(start, start + 4);
    expect(original.slice(span.start, span.end)).toBe('對口支援');
  });
});
