import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { readDivisions } from '../../src/extract/gazetteer.ts';
import { divisionTables } from '../../src/gazetteer/tools/generate-divisions.ts';
import { JIEBA_DICT, shortFormWords } from '../../src/gazetteer/tools/generate-short-form-words.ts';

const DATA = new URL('../../src/gazetteer/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, DATA), 'utf8');

describe('divisionTables', () => {
  const tables = divisionTables(read('sources/mca-2024.txt'));

  it('makes exactly the division TSVs in src/gazetteer (edit the generator, not the TSVs)', () => {
    for (const [file, content] of tables) expect(read(file), file).toBe(content);
    expect(tables.size).toBe(2 + 31);
  });

  it('keeps every county-level unit of the code list', () => {
    const codes = read('sources/mca-2024.txt').split('\n').filter((line) => /^\d{4}(?!00)\d{2} /.test(line));
    const rows = [...tables].filter(([file]) => file.startsWith('counties/')).flatMap(([, content]) => content.trim().split('\n').slice(1));
    expect(rows).toHaveLength(codes.length);
    expect(codes.length).toBe(2846);
  });
});

describe('shortFormWords', () => {
  it('makes exactly short-form-words.tsv from jieba’s dictionary and the divisions', () => {
    const made = shortFormWords(readFileSync(JIEBA_DICT, 'utf8'), readDivisions(DATA.pathname));
    expect(read('short-form-words.tsv')).toBe(made);
  });
});
