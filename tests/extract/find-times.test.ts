import { describe, expect, it } from 'vitest';

import { readFileSync, readdirSync } from 'node:fs';

import { findTimes } from '../../src/extract/find-times.ts';
import { normalise } from '../../src/ingest/normalise.ts';
import { splitSentences } from '../../src/ingest/sentences.ts';

const times = (text: string, articleDate?: string) =>
  findTimes(text, { articleDate }).map((t) => (t.to === undefined ? [t.asWritten, t.from] : [t.asWritten, t.from, t.to]));

describe('findTimes', () => {
  // Snippets in the language of 援疆 reporting, with every time they must give.
  const CASES: Array<{ text: string; date?: string; want: string[][] }> = [
    { text: '2023年4月，第十一批援疆干部人才抵达喀什。', want: [['2023年4月', '2023-04', '2023-04']] },
    { text: '2024年2月6日，援疆前方指挥部组织30名少年到南昌参加冬令营。', want: [['2024年2月6日', '2024-02-06', '2024-02-06']] },
    { text: '2021年，深圳在喀什新建学校12所。', want: [['2021年', '2021', '2021']] },
    { text: '2019年至2023年，山东累计投入援疆资金50亿元。', want: [['2019年至2023年', '2019', '2023']] },
    { text: '2019—2023年间，该院接诊患者2万人次。', want: [['2019—2023年', '2019', '2023']] },
    { text: '2022年6月至2024年5月，医疗队完成手术300例。', want: [['2022年6月至2024年5月', '2022-06', '2024-05']] },
    { text: '截至2024年底，累计培训电商人才9500多人。', want: [['截至2024年底', '2024', '2024']] },
    {
      text: '自2010年新一轮对口援疆工作启动以来，浙江省对口支援阿克苏地区。',
      date: '2024-09-01',
      want: [['自2010年新一轮对口援疆工作启动以来', '2010', '2024-09-01']],
    },
    { text: '2020年以来，广东援建项目陆续投用。', want: [['2020年以来', '2020']] },
    { text: '从2022年起，湖北省每年选派医生到博州。', date: '2025-03-02', want: [['从2022年起', '2022', '2025-03-02']] },
    { text: '“十四五”以来，江苏累计安排援疆资金98.5亿元。', date: '2025-07-07', want: [['“十四五”以来', '2021', '2025-07-07']] },
    { text: '“十三五”期间，北京共实施援疆项目800余个。', want: [['“十三五”期间', '2016', '2020']] },
    { text: '十四五时期，江苏援建学校20所。', want: [['十四五时期', '2021', '2025']] },
    { text: '今年以来，辽宁援疆前指新增就业岗位1200个。', date: '2025-06-30', want: [['今年以来', '2025', '2025-06-30']] },
    { text: '去年8月，上海援疆喀什指挥部促成这家企业落地莎车。', date: '2025-07-06', want: [['去年8月', '2024-08', '2024-08']] },
    { text: '今年6月，苏州评弹专场演出在阿图什市举办。', date: '2025-07-06', want: [['今年6月', '2025-06', '2025-06']] },
    { text: '近三年来，援疆医生带教本地医生200余名。', date: '2025-01-10', want: [['近三年来', '2023', '2025-01-10']] },
    { text: '15年来，天津将援助和田作为责任扛在肩上。', date: '2025-11-28', want: [['15年来', '2010', '2025-11-28']] },
    { text: '十年来，援疆医生接力坚守。', date: '2024-05-01', want: [['十年来', '2014', '2024-05-01']] },
    { text: '三年來，伽師縣人民醫院受捐了價值800余萬元的醫療設備。', date: '2025-07-07', want: [['三年來', '2022', '2025-07-07']] },
    { text: '多年来，两地交流不断。', date: '2024-05-01', want: [] },
    { text: '9月23日，唐山援疆工作队走访且末县。', date: '2025-10-11', want: [['9月23日', '2025-09-23', '2025-09-23']] },
    // A month after the article's own month is last year's.
    { text: '11月5日，援疆干部到村入户。', date: '2025-03-01', want: [['11月5日', '2024-11-05', '2024-11-05']] },
    { text: '二〇二三年，上海援建的医院开诊。', want: [['二〇二三年', '2023', '2023']] },
    // Words that only look like times.
    { text: '如今年轻人纷纷返乡创业，一年四季游客不断。', date: '2025-01-01', want: [] },
    { text: '第十批援疆干部在伽师坚守1000多个日夜。', date: '2025-10-11', want: [] },
    { text: '实施项目32024个，建成30万吨级饲料加工厂。', want: [] },
  ];
  for (const { text, date, want } of CASES) {
    it(`reads ${text.slice(0, 24)}…`, () => {
      expect(times(text, date)).toEqual(want);
    });
  }

  it('leaves 今年, 去年 and dates without a year out when the article has no date', () => {
    expect(times('今年以来，去年8月，9月23日，援疆工作队走访且末县。')).toEqual([]);
  });

  it('gives a batch the years of its term once the article says when it began', () => {
    const text = '福建省第十一批援疆干部自2023年3月入疆以来，扎实推进各项工作。第十一批援疆干部还结对帮扶困难家庭。第十批干部已返回。';
    expect(times(text, '2025-07-07')).toEqual([
      ['第十一批', '2023-03', '2025-07-07'],
      ['自2023年3月入疆以来', '2023-03', '2025-07-07'],
      ['第十一批', '2023-03', '2025-07-07'],
    ]);
    // Three years from its start when the article is later than that.
    expect(times('第十批援疆干部于2020年2月进疆以来成绩显著。第十批干部…', '2025-01-01')).toEqual([
      ['第十批', '2020-02', '2023'],
      ['2020年2月进疆以来', '2020-02', '2025-01-01'],
      ['第十批', '2020-02', '2023'],
    ]);
  });

  it('reads Traditional text as written and after normalisation', () => {
    const text = '“十四五”以來，江蘇省累計安排援疆資金；自2023年3月入疆以來，截至2024年底。';
    const want = [
      ['“十四五”以來', '2021', '2025-07-07'],
      ['自2023年3月入疆以來', '2023-03', '2025-07-07'],
      ['截至2024年底', '2024', '2024'],
    ];
    expect(times(text, '2025-07-07')).toEqual(want);
    const simplified = normalise({ id: 't', text }).text;
    expect(times(simplified, '2025-07-07')).toEqual(want.map(([w, f, t]) => [w!.replace('以來', '以来'), f, t]));
  });

  it('reads machine-rewritten text once repaired', () => {
    // 岁首年月 is the spinner's 年初; 平易近 its 民; 勾当 and 鞭策 its 活动 and 推动 (three tell-tales make a rewritten text).
    const text = '2024岁首年月，上海援疆前指在莎车县人平易近病院开展勾当，鞭策“组团式”帮扶，今年以来累计完成手术3000余例。';
    const clean = normalise({ id: 'r', text }).text;
    expect(times(clean, '2025-11-28')).toEqual([
      ['2024年', '2024', '2024'],
      ['今年以来', '2025', '2025-11-28'],
    ]);
  });

  it('gives offsets into the text searched', () => {
    const text = '据悉，2023年4月，援疆干部抵达。';
    const [t] = findTimes(text);
    expect(text.slice(t!.start, t!.end)).toBe('2023年4月');
  });

  describe('within spans', () => {
    const inside = (spans: Array<{ start: number; end: number }>) => (t: { start: number }) => spans.some((s) => t.start >= s.start && t.start < s.end);
    const written = (ts: Array<{ asWritten: string; start: number; from: string; to?: string }>) => ts.map((t) => [t.start, t.asWritten, t.from, t.to]);

    it('finds in the spans what a scan of the whole text finds there, on every other sentence of real articles', () => {
      const files = [
        ...readdirSync('seeds').map((n) => `seeds/${n}`),
        ...readdirSync('tests/extract/fixtures/heldout').map((n) => `tests/extract/fixtures/heldout/${n}`),
      ].filter((f) => f.endsWith('.txt'));
      let compared = 0;
      for (const file of files) {
        const text = normalise({ id: file, text: readFileSync(file, 'utf8') }).text;
        for (const parity of [0, 1]) {
          const spans = splitSentences(text).filter((_, i) => i % 2 === parity);
          const whole = findTimes(text, { articleDate: '2025-06-30' }).filter(inside(spans));
          expect(written(findTimes(text, { articleDate: '2025-06-30', within: spans }).filter(inside(spans)))).toEqual(written(whole));
          compared += whole.length;
        }
      }
      expect(compared).toBeGreaterThan(50);
    });

    it('does not start a time inside one that began before the span', () => {
      const text = '2019年至2023年，山东累计投入援疆资金50亿元。';
      const span = { start: text.indexOf('2023'), end: text.length };
      expect(written(findTimes(text, { within: [span] }).filter(inside([span])))).toEqual([]);
    });

    it('still reads a batch from its own sentence outside the spans', () => {
      const text = '江西省第十一批援疆干部人才自2023年4月入疆以来，走遍了全县。第十一批援疆干部在阿克陶县开展义诊。';
      const span = { start: text.indexOf('。') + 1, end: text.length };
      expect(written(findTimes(text, { articleDate: '2024-06-01', within: [span] }).filter(inside([span])))).toEqual([[span.start, '第十一批', '2023-04', '2024-06-01']]);
    });
  });
});
