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
    ['南昌大學第一附屬醫院牽頭負責，對口支援阿克陶縣人民醫院。', '南昌大学第一附属医院牵头负责，对口支援阿克陶县人民医院。'],
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
