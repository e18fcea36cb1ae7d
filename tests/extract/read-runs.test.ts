import { describe, expect, it } from 'vitest';

import { readRuns } from '../../src/extract/read-runs.ts';
import { relationsRead } from './snippets.ts';

const runs = (text: string) => relationsRead(text, [readRuns]);

describe('readRuns', () => {
  it('gives a programme to the subject of its verb, an aid body acting for its donor', () => {
    expect(runs('北京援疆指挥部组织专家开展“送教下乡”活动。')).toEqual([['北京市', 'runs', '送教下乡']]);
  });

  it('gives a class or brand to the school written right before it', () => {
    expect(runs('和田地区第二中学2024年“津和班”开班。')).toEqual([['和田地区第二中学', 'runs', '津和班']]);
  });

  it('gives a programme to every one of coordinated subjects, a department being its own runner', () => {
    expect(runs('江西省委组织部、省人社厅、省卫健委、江西援疆前方指挥部联合印发《江西省“1+N”组团式医疗援疆实施方案》。')).toEqual([
      ['中共江西省委组织部', 'runs', '江西省1+N组团式医疗援疆实施方案'],
      ['江西省', 'runs', '江西省1+N组团式医疗援疆实施方案'],
      ['江西省人力资源和社会保障厅', 'runs', '江西省1+N组团式医疗援疆实施方案'],
      ['江西省卫生健康委员会', 'runs', '江西省1+N组团式医疗援疆实施方案'],
    ]);
  });

  it('reads a place after 在 as where the programme runs, not who runs it', () => {
    expect(runs('湖南省援疆前方指挥部在吐鲁番市高昌区实施“湘吐同心”工程。')).toEqual([['湖南省', 'runs', '湘吐同心工程']]);
    expect(runs('深圳市在喀什市开展“百企帮百村”行动。')).toEqual([['深圳市', 'runs', '百企帮百村行动']]);
  });

  it('reads a recipient place as the runner when it is the subject, not a donor only named as support', () => {
    expect(runs('在天津的支持下，和田地区实施“津和同心”计划。')).toEqual([['和田地区', 'runs', '津和同心计划']]);
  });

  it('gives a programme without a runner in its sentence to the article\'s donor', () => {
    expect(runs('江西省对口支援阿克陶县。当地群众参与“红石榴”计划。')).toEqual([['江西省', 'runs', '红石榴计划']]);
  });

  it('gives a programme taken as the way of aid (以…方式) to the donor institutions that open its clause', () => {
    expect(runs('湘雅医院牵头，湖南省人民医院、中南大学湘雅二医院等医院选派专家，以“院包科”方式对口帮扶吐鲁番市人民医院。')).toEqual([
      ['中南大学湘雅二医院', 'runs', '院包科'],
      ['湖南省人民医院', 'runs', '院包科'],
      ['湘雅医院', 'runs', '院包科'],
    ]);
  });

  it('does not give a programme to an institution of an earlier clause', () => {
    expect(runs('湖南省人民医院牵头组建专家团——湖南省援疆医生以“院包科”形式驻点帮扶。')).toEqual([['湖南省', 'runs', '院包科']]);
  });

  // Cases the extractor gets wrong today (the lead fixes the rules):
  // A company is never read as a runner, even as the subject of 启动.
  it.fails('gives a programme to the company that starts it', () => {
    expect(runs('华为公司启动“数字新疆”计划。')).toEqual([['华为技术有限公司', 'runs', '数字新疆计划']]);
  });
});
