import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';

import { trieConverter } from '../../src/ingest/trie-converter.js';

const FIXES: Array<[string, string]> = [['卓着', '卓著'], ['着作', '著作']];
const groups = [...OpenCC.Locale.from.tw!, ...OpenCC.Locale.to.cn!, [FIXES]];
const opencc = OpenCC.ConverterFactory(OpenCC.Locale.from.tw!, OpenCC.Locale.to.cn!, [FIXES]);
const converter = trieConverter(groups);

/** Every key of the dictionaries, alone and run together with others. */
function dictionaryTexts(): string[] {
  const keys: string[] = [];
  for (const group of [...OpenCC.Locale.from.tw!, ...OpenCC.Locale.to.cn!]) {
    for (const dict of group) if (typeof dict === 'string') for (const entry of dict.split('|')) keys.push(entry.split(' ')[0]!);
  }
  const texts = [...keys];
  for (let i = 0; i < keys.length; i += 3) texts.push(keys[i]! + keys[(i * 7919) % keys.length]! + keys[(i * 104729) % keys.length]!);
  return texts;
}

describe('trieConverter', () => {
  it('converts every dictionary key, alone and run together, as OpenCC does', () => {
    const texts = dictionaryTexts();
    const different = texts.filter((t) => converter(t) !== opencc(t));
    expect(different).toEqual([]);
  });

  it.each([
    ['中山大學附屬第一醫院牽頭組建，對口支援疏附縣人民醫院。', '中山大学附属第一医院牵头组建，对口支援疏附县人民医院。'],
    ['這部著作卓着，臺灣', opencc('這部著作卓着，臺灣')],
    ['', ''],
    ['no Chinese at all', 'no Chinese at all'],
  ])('converts %s', (text, expected) => {
    expect(converter(text)).toBe(expected);
  });

  it('leaves astral characters and ideographic description sequences to OpenCC', () => {
    for (const text of ['𠀀臺灣𠀀', '⿰氵工說話', '說⿱艹⿰口口話']) expect(converter(text)).toBe(opencc(text));
  });
});
