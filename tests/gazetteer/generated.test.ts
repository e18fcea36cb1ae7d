import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { readDivisions } from '../../src/extract/gazetteer.ts';
import { divisionTables } from '../../src/gazetteer/tools/generate-divisions.ts';
import { dictionaryWords, rewriteSynonyms, tableForms } from '../../src/gazetteer/tools/generate-rewrite-synonyms.ts';
import { JIEBA_DICT, shortFormWords } from '../../src/gazetteer/tools/generate-short-form-words.ts';
import { nameAnchors, rewriteAnchors } from '../../src/ingest/rewrite-anchors.ts';

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

describe('rewriteSynonyms', () => {
  it('makes exactly rewrite-synonyms.tsv from the thesaurus, the known names and jieba’s dictionary', () => {
    const made = rewriteSynonyms(
      read('sources/cilin-ex.txt'),
      nameAnchors(),
      new Set(rewriteAnchors()),
      tableForms(),
      dictionaryWords(readFileSync(JIEBA_DICT, 'utf8')),
    );
    expect(read('rewrite-synonyms.tsv')).toBe(made);
  });

  it('keeps synonyms of a line’s first word, of its length, that stand inside a known name', () => {
    const cilin = [
      'Hg01A01= 教育 教导 教化 施教 诲',
      'Di10A01= 团体 组织 集团 团队',
      'Hg07B01# 试验 实验',
      'De04B07= 技术 技能 招术',
      'Hc10A01= 控制 操纵 宰制',
    ].join('\n');
    const made = rewriteSynonyms(cilin, ['教育局', '医疗集团', '职业技术学院'], new Set(['施教']), new Set(['宰制']), new Set(['职业技能', '教化']));
    expect(made.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual([
      // 诲 is one character; 施教 a known word, 宰制 a form of the table; 控制 in no known name;
      // 集团 does not head its line; '#' marks related words, not synonyms.
      '技能\t技术\t职业技能',
      '招术\t技术',
      '教化\t教育',
      '教导\t教育',
    ]);
  });
});
