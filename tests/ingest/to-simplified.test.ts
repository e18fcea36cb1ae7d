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
    ['克州江西實驗中學(阿克陶縣雪松中學)', '克州江西实验中学(阿克陶县雪松中学)'],
    ['南昌大學第一附屬醫院牽頭負責', '南昌大学第一附属医院牵头负责'],
    ['新疆唐錦紡織有限公司', '新疆唐锦纺织有限公司'],
    ['阿克陶縣塔爾塔吉克族鄉阿克庫木村', '阿克陶县塔尔塔吉克族乡阿克库木村'],
    ['遼寧“組團式”醫療援疆成效卓著', '辽宁“组团式”医疗援疆成效卓著'],
    ['裡面的著名', '里面的著名'],
  ])('%s → %s', (input, expected) => {
    expect(convert(input)).toBe(expected);
  });

  it('leaves a Simplified seed exactly as it is', () => {
    const text = seed('003_ea277452b1a26da8.txt');
    expect(convert(text)).toBe(text);
  });

  it('keeps offsets character by character', () => {
    const original = '江西省對口支援新疆工作綜述';
    const t = toSimplified(TrackedText.from(original));
    const start = t.text.indexOf('对口支援');
    const span = t.toOriginal(start, start + 4);
    expect(original.slice(span.start, span.end)).toBe('對口支援');
  });
});
