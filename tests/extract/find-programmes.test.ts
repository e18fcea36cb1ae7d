import { describe, expect, it } from 'vitest';

import { findProgrammes } from '../../src/extract/find-programmes.ts';
import { named, sorted } from './snippets.ts';

const programmes = (text: string) => named(findProgrammes(text));
const withAliases = (text: string) => sorted(findProgrammes(text).map((m) => [m.name, m.type, m.aliases.join('|')] as const));

describe('findProgrammes', () => {
  it('reads a titled plan (《…实施方案》) as a programme, not a newspaper', () => {
    expect(programmes('印发《江西省援疆干部人才管理实施方案》，《新疆日报》予以报道。')).toEqual([['江西省援疆干部人才管理实施方案', 'program']]);
  });

  it('reads no programme in what someone said, an honour or a slogan', () => {
    expect(programmes('他说：“援疆是一份责任。”学校荣获“全国文明校园”称号，坚持以“江苏所能”服务“克州所需”。')).toEqual([]);
  });

  it('makes a programme word after a quote part of the name (“格桑花”计划 → 格桑花计划)', () => {
    expect(withAliases('实施“格桑花”计划。')).toEqual([['格桑花计划', 'program', '格桑花']]);
  });

  it('reads a quote as a programme when a programme word follows, near or after a qualifier', () => {
    expect(withAliases('打造“红石榴”育人品牌，开展“雪莲花”青少年夏令营。')).toEqual([
      ['红石榴', 'program', '红石榴育人品牌'],
      ['雪莲花', 'program', '雪莲花青少年夏令营'],
    ]);
  });

  it('reads a quote headed by a programme word (“暖阳计划”) or after a verb of running (创立“…”)', () => {
    expect(programmes('启动“暖阳计划”，创立“石榴花开”。')).toEqual([
      ['暖阳计划', 'program'],
      ['石榴花开', 'program'],
    ]);
  });

  it('reads a quote with nothing of a programme around it as no programme', () => {
    expect(programmes('“石榴花开”走进校园，一支“扎下根”的队伍。')).toEqual([]);
  });

  it('reads a quote again as the programme it was read as elsewhere in the text', () => {
    expect(programmes('学校创立“石榴花开”。如今，“石榴花开”走进校园。')).toEqual([['石榴花开', 'program']]);
  });

  it('reads each item of a quoted list before a count of programmes (“A、B”2项工程)', () => {
    expect(withAliases('实施“产业就业带动、文化交流浸润”2项工程。')).toEqual([
      ['产业就业带动工程', 'program', '产业就业带动'],
      ['文化交流浸润工程', 'program', '文化交流浸润'],
    ]);
  });

  it('names a coded scheme with the words after the code (“1+X”组团式教育援疆模式)', () => {
    expect(programmes('推行“1+X”组团式教育援疆模式。')).toEqual([
      ['1+X组团式教育援疆模式', 'program'],
      ['组团式', 'program'],
    ]);
  });

  it('reads a person\'s studio as a facility, not a programme', () => {
    expect(programmes('成立“陈志强名医工作室”。')).toEqual([['陈志强名医工作室', 'facility']]);
  });

  it('reads an unquoted name after a verb of running, and a second one joined to it', () => {
    expect(programmes('实施县域医共体提质工程和村医能力培训工程。')).toEqual([
      ['县域医共体提质工程', 'program'],
      ['村医能力培训工程', 'program'],
    ]);
  });

  it('reads no unquoted name that only describes (各类帮扶工程)', () => {
    expect(programmes('实施各类帮扶工程。')).toEqual([]);
  });

  it('reads trains and routes named as aid brands', () => {
    expect(programmes('好客山东——喀什号援疆旅游专列发车，青喀班列开行。')).toEqual([
      ['好客山东——喀什号', 'program'],
      ['青喀班列', 'program'],
    ]);
  });

  it('reads a fund, and a platform only with its place (not 人才交流平台)', () => {
    expect(programmes('设立南疆振兴产业基金，搭建人才交流平台，成立福州援疆远程会诊协作平台。')).toEqual([
      ['南疆振兴产业基金', 'program'],
      ['福州援疆远程会诊协作平台', 'program'],
    ]);
  });

  it('reads the unquoted items of a list that holds a quoted programme', () => {
    expect(programmes('开展巾帼湖南行、湘吐一家亲、“小小石榴籽”研学夏令营等活动。')).toEqual([
      ['小小石榴籽', 'program'],
      ['巾帼湖南行', 'program'],
      ['湘吐一家亲', 'program'],
    ]);
  });

  it('names nationwide schemes known by name, whatever form the article writes', () => {
    expect(withAliases('推广组团式帮扶和院包科模式。')).toEqual([
      ['组团式', 'program', '组团式帮扶'],
      ['院包科', 'program', ''],
    ]);
  });

  // A verb before an event's name is no part of it.
  it('names an event without the verb before it (举办…交易会)', () => {
    expect(programmes('举办中国新疆喀什·中亚南亚商品交易会。')).toEqual([['中国新疆喀什·中亚南亚商品交易会', 'program']]);
  });

  // Two quoted characters name a programme only with the programme word right after them.
  it('makes a two-character quote before a programme word a programme (“春蕾”计划), and no other', () => {
    expect(withAliases('实施“春蕾”计划。')).toEqual([['春蕾计划', 'program', '春蕾']]);
    expect(withAliases('实施“春蕾”工程以来，“扎根”二字写在墙上。')).toEqual([['春蕾工程', 'program', '春蕾']]);
  });
});
