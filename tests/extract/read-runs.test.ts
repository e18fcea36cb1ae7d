import { describe, expect, it } from 'vitest';

import { readRuns } from '../../src/extract/read-runs.ts';
import { relationsRead } from './snippets.ts';

const runs = (text: string) => relationsRead(text, [readRuns]);

describe('readRuns', () => {
  it('gives a programme to the subject of its verb, an aid body acting for its donor', () => {
    expect(runs('上海援疆指挥部组织专家开展“名师送课”活动。')).toEqual([['上海市', 'runs', '名师送课']]);
  });

  it('gives a programme that 双方 start to both parties the sentence joined before it', () => {
    expect(runs('江苏农垦集团与兵团第四师签署合作协议，双方共同启动“苏垦兴疆”计划。')).toEqual([
      ['新疆生产建设兵团第四师', 'runs', '苏垦兴疆计划'],
      ['江苏农垦集团', 'runs', '苏垦兴疆计划'],
    ]);
    expect(runs('博州与宁波舟山港集团签约，双方将联合实施“甬博同行”工程。')).toEqual([
      ['博尔塔拉蒙古自治州', 'runs', '甬博同行'],
      ['宁波舟山港集团', 'runs', '甬博同行'],
    ]);
    // A semicolon ends the sentence part that joined them.
    expect(runs('江苏农垦集团与兵团第四师签署合作协议；双方还将共同启动“苏垦兴疆”计划。')).toEqual([]);
  });

  it('gives a class or brand to the school written right before it', () => {
    expect(runs('喀什地区第六中学2024年“沪喀班”开班。')).toEqual([['喀什地区第六中学', 'runs', '沪喀班']]);
  });

  it('gives a programme to every one of coordinated subjects, a department being its own runner', () => {
    expect(runs('浙江省委组织部、省人社厅、省教育厅、浙江援疆前方指挥部联合印发《浙江省“1+X”组团式教育援疆实施方案》。')).toEqual([
      ['中共浙江省委组织部', 'runs', '浙江省1+X组团式教育援疆实施方案'],
      ['浙江省', 'runs', '浙江省1+X组团式教育援疆实施方案'],
      ['浙江省人力资源和社会保障厅', 'runs', '浙江省1+X组团式教育援疆实施方案'],
      ['浙江省教育厅', 'runs', '浙江省1+X组团式教育援疆实施方案'],
    ]);
  });

  it('reads a place after 在 as where the programme runs, not who runs it', () => {
    expect(runs('福建省援疆前方指挥部在昌吉市实施“闽昌同心”工程。')).toEqual([['福建省', 'runs', '闽昌同心工程']]);
    expect(runs('深圳市在喀什市开展“百企帮百村”行动。')).toEqual([['深圳市', 'runs', '百企帮百村行动']]);
  });

  it('reads a recipient place as the runner when it is the subject, not a donor only named as support', () => {
    expect(runs('在天津的支持下，和田地区实施“津和同心”计划。')).toEqual([['和田地区', 'runs', '津和同心计划']]);
  });

  it('gives a programme without a runner in its sentence to the article\'s donor', () => {
    expect(runs('江西省对口支援阿克陶县。当地群众参与“红石榴”计划。')).toEqual([['江西省', 'runs', '红石榴计划']]);
  });

  it('gives a programme taken as the way of aid (以…方式) to the donor institutions that open its clause', () => {
    expect(runs('华山医院牵头，上海市第六人民医院、复旦大学附属中山医院等医院选派专家，以“院包科”方式对口帮扶莎车县人民医院。')).toEqual([
      ['上海市第六人民医院', 'runs', '院包科'],
      ['华山医院', 'runs', '院包科'],
      ['复旦大学附属中山医院', 'runs', '院包科'],
    ]);
  });

  it('does not give a programme to an institution of an earlier clause', () => {
    expect(runs('江苏省人民医院牵头组建专家团——江苏省援疆医生以“院包科”形式驻点帮扶。')).toEqual([['江苏省', 'runs', '院包科']]);
  });

  // A company runs what it starts, its kind noun (公司, 集团) between it and the verb.
  it('gives a programme to the company that starts it', () => {
    expect(runs('华为公司启动“数字新疆”计划。')).toEqual([['华为技术有限公司', 'runs', '数字新疆计划']]);
  });
});
