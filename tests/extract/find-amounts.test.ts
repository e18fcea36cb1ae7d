import { describe, expect, it } from 'vitest';

import { findAmounts } from '../../src/extract/find-amounts.ts';
import { normalise } from '../../src/ingest/normalise.ts';

// [asWritten, kind, value, unit, approx]
type Row = [string, string, number, string, boolean];
const amounts = (text: string): Row[] => findAmounts(text).map((a) => [a.asWritten, a.kind, a.value, a.unit, a.approx]);

describe('findAmounts', () => {
  // Snippets in the language of 援疆 reporting, with every figure they must give.
  const CASES: Array<{ text: string; want: Row[] }> = [
    {
      text: '“十四五”以来，浙江累计投入援疆资金38.5亿元，实施援疆项目412个，选派援疆干部人才1500余名。',
      want: [
        ['38.5亿元', 'money', 3_850_000_000, '元', false],
        ['412个', 'projects', 412, '个', false],
        ['1500余名', 'people', 1500, '名', true],
      ],
    },
    { text: '今年计划安排援疆资金6500万元，重点用于教育和医疗。', want: [['6500万元', 'money', 65_000_000, '元', false]] },
    { text: '项目总投资超过5亿元，由辽宁援疆前指统筹。', want: [['超过5亿元', 'money', 500_000_000, '元', true]] },
    { text: '省财政拨付专项资金近2000万元。', want: [['近2000万元', 'money', 20_000_000, '元', true]] },
    { text: '福建企业捐赠价值300余万元的医疗设备。', want: [['300余万元', 'money', 3_000_000, '元', true]] },
    { text: '援建的26个民生项目全部投用。', want: [['26个', 'projects', 26, '个', false]] },
    { text: '援建项目120余项，惠及群众10万人。', want: [['120余项', 'projects', 120, '项', true]] },
    { text: '江苏选派支教教师三百余名，援疆医生五十名。', want: [['三百余名', 'people', 300, '名', true], ['五十名', 'people', 50, '名', false]] },
    { text: '湖南72名援疆干部人才与吐鲁番干部群众一道奋战。', want: [['72名', 'people', 72, '名', false]] },
    { text: '新建住院楼，新增床位400张。', want: [['400张', 'beds', 400, '张', false]] },
    { text: '医院开放病床600余张。', want: [['600余张', 'beds', 600, '张', true]] },
    { text: '伽师县36名医护人员到佛山进修。', want: [] },
    { text: '改造后医院有床位数达800张。', want: [['800张', 'beds', 800, '张', false]] },
    { text: '新建学校可容纳学生3000名，资助在校生1.2万名。', want: [['3000名', 'students', 3000, '名', false], ['1.2万名', 'students', 12_000, '名', false]] },
    { text: '惠及近万名学生。', want: [['近万名', 'students', 10_000, '名', true]] },
    { text: '医疗队累计完成白内障手术3000余例，义诊群众2.5万人次。', want: [['3000余例', 'patients', 3000, '例', true], ['2.5万人次', 'patients', 25_000, '人次', false]] },
    { text: '救治危重患者200多名。', want: [['200多名', 'patients', 200, '名', true]] },
    { text: '产业园提供就业岗位1200个，带动当地5000余人就业。', want: [['1200个', 'jobs', 1200, '个', false], ['5000余人', 'jobs', 5000, '人', true]] },
    { text: '吸纳就业800人左右。', want: [['800人左右', 'jobs', 800, '人', true]] },
    { text: '上千名援疆医护人员扎根南疆。', want: [['上千名', 'people', 1000, '名', true]] },
    // Money that is not aid, and numbers that are not amounts.
    { text: '她每月工资有4200元左右，家庭年收入超过6万元。', want: [] },
    { text: '实现产值12亿元，销售额8000万元。', want: [] },
    { text: '棉花收购价7元/公斤。', want: [] },
    { text: '第十批干部坚守1000多个日夜，19个援疆省市协同，建设30万吨级饲料厂。', want: [] },
    { text: '培训本地干部3000人次。', want: [] },
  ];
  for (const { text, want } of CASES) {
    it(`reads ${text.slice(0, 22)}…`, () => {
      expect(amounts(text)).toEqual(want);
    });
  }

  it('reads Traditional text as written and after normalisation', () => {
    const text = '江蘇累計投入援疆資金十二億元，選派幹部人才三百餘名，援建項目120餘項，新增床位500張。';
    const want: Row[] = [
      ['十二億元', 'money', 1_200_000_000, '元', false],
      ['三百餘名', 'people', 300, '名', true],
      ['120餘項', 'projects', 120, '项', true],
      ['500張', 'beds', 500, '张', false],
    ];
    expect(amounts(text)).toEqual(want);
    const simplified = normalise({ id: 't', text }).text;
    expect(amounts(simplified)).toEqual(want.map(([w, ...rest]) => [w.replace('億', '亿').replace('餘', '余').replace('項', '项').replace('張', '张'), ...rest]));
  });

  it('reads machine-rewritten text once repaired', () => {
    // The spinner writes 扶植 for 建设 and 打制 for 打造; the figures survive.
    const text = '上海援疆前指投入援疆资金6500万元，高标准扶植干部教育培训基地，打制产业园区，在莎车县人平易近病院完成手术30余例。';
    expect(amounts(normalise({ id: 'r', text }).text)).toEqual([
      ['6500万元', 'money', 65_000_000, '元', false],
      ['30余例', 'patients', 30, '例', true],
    ]);
  });

  it('gives offsets into the text searched', () => {
    const text = '截至目前，累计投入援疆资金9.8亿元。';
    const [a] = findAmounts(text);
    expect(text.slice(a!.start, a!.end)).toBe('9.8亿元');
  });
});
