import { describe, expect, it } from 'vitest';

import { findMentions } from '../../src/extract/find-mentions.ts';
import { mainDonor, mainRecipient } from '../../src/extract/donors.ts';
import { resolveArticle, resolveReferences } from '../../src/extract/resolve-references.ts';
import { sorted } from './snippets.ts';

/** [name, type, what it aids, deictic] of each mention once references are resolved. */
const resolved = (text: string) =>
  sorted(resolveReferences(text, findMentions(text)).map((m) => [m.name, m.type, (m.aids ?? []).join('|'), m.deictic ? 'deictic' : ''] as const));

describe('resolveReferences', () => {
  it('names a bare command and 我省 after the article\'s donor', () => {
    expect(resolved('江西省对口支援阿克陶县。江西援疆干部表示，援疆前指将继续努力，我省将加大投入。')).toEqual([
      ['江西省', 'province', '', ''],
      ['江西省', 'province', '', 'deictic'],
      ['江西省对口支援新疆工作前方指挥部', 'agency', '', ''],
      ['阿克陶县', 'county', '', ''],
    ]);
  });

  it('names 我市 after a donor city, and drops it when the donor is a province', () => {
    expect(resolved('天津市对口支援和田地区。天津援疆干部表示，我市将加大投入。')).toEqual([
      ['和田地区', 'prefecture', '', ''],
      ['天津市', 'province', '', ''],
      ['天津市', 'province', '', 'deictic'],
    ]);
    expect(resolved('江西省对口支援阿克陶县。江西援疆干部表示，我市将加大投入。')).toEqual([
      ['江西省', 'province', '', ''],
      ['阿克陶县', 'county', '', ''],
    ]);
  });

  it('drops a bare command when the article has no donor', () => {
    expect(resolved('援疆前指召开会议。')).toEqual([]);
  });

  it('reads an abbreviated recipient (援巩) as the article\'s recipient place that starts with it', () => {
    expect(resolved('苏州市援巩工作组来到巩留县。')).toEqual([
      ['巩留县', 'county', '', ''],
      ['苏州市援巩工作组', 'agency', '巩留县', ''],
    ]);
  });

  it('places a bare body at the article\'s donor', () => {
    expect(resolved('广东省对口支援疏附县，广东援疆干部走访。省卫健委派出专家。')).toEqual([
      ['广东省', 'province', '', ''],
      ['广东省卫生健康委员会', 'agency', '', ''],
      ['疏附县', 'county', '', ''],
    ]);
  });

  it('names an institution of "the county" after the county the article is about', () => {
    expect(resolved('苏州市对口支援巩留县。巩留县…苏州援疆投入资金建设县党群活动中心。').filter(([, type]) => type === 'facility')).toEqual([
      ['巩留县党群活动中心', 'facility', '', ''],
    ]);
  });

  it.each(['U+0080', 'U+0085', 'U+009B', 'U+0007', 'U+001B'])('drops a quoted name holding the control character %s, which would reach a CSV or a terminal', (code) => {
    const control = String.fromCharCode(parseInt(code.slice(2), 16));
    const text = `天津市在策勒县实施“春晖${control}计划”，帮助当地学生。`;
    expect(resolved(text)).toEqual([
      ['天津市', 'province', '', ''],
      ['策勒县', 'county', '', ''],
    ]);
    expect(resolved('天津市在策勒县实施“春晖计划”，帮助当地学生。')).toContainEqual(['春晖计划', 'program', '', '']);
  });

  it('gives the main donor and recipient of the resolved mentions, counted before resolving', () => {
    for (const text of [
      '江西省对口支援阿克陶县。江西援疆干部表示，援疆前指将继续努力，我省将加大投入。阿克陶县人民医院',
      '天津市对口支援和田地区。天津援疆干部表示，我市将加大投入，和田地区发展。',
      '苏州市援巩工作组来到巩留县。巩留县人民医院',
      '江西援疆干部来到阿克陶县。\u0007“江西\u0001援疆队”',
    ]) {
      const { mentions, donor, recipient } = resolveArticle(text, findMentions(text));
      expect(mentions).toEqual(resolveReferences(text, findMentions(text)));
      expect([donor, recipient]).toEqual([mainDonor(text, mentions), mainRecipient(mentions)]);
    }
  });
});
