import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { articleFromBytes } from '../../src/ingest/read-articles.ts';
import { metaDate, normaliseDate, parseDateline } from '../../src/ingest/parse-dateline.ts';

describe('parseDateline', () => {
  // Page heads as news sites print them, with the dateline they must give.
  const CASES: Array<{ text: string; want: ReturnType<typeof parseDateline> }> = [
    {
      text: '首页 > 新闻中心 > 援疆\n\n山海情深共筑梦\n\n2024-09-03 08:15:20  来源:大众日报\n\n  正文第一段。',
      want: { date: '2024-09-03', source: '大众日报' },
    },
    { text: '援疆动态\n2024-12-19 16:42\n  正文。', want: { date: '2024-12-19' } },
    { text: '标题\n2025年7月7日 10:57 来源：新疆日报\n正文。', want: { date: '2025-07-07', source: '新疆日报' } },
    { text: '标题\n发布时间：2023年11月2日\n正文，2019年的事。', want: { date: '2023-11-02' } },
    { text: '标题\n發佈時間：2023/11/02  來源：天山網\n正文。', want: { date: '2023-11-02', source: '天山網' } },
    { text: '标题\n日期: 2022.06.15\n正文。', want: { date: '2022-06-15' } },
    { text: '标题\n2024年3月8日 星期五\n正文。', want: { date: '2024-03-08' } },
    { text: '某某信息平台 2024-03-15 09:41 官方网站\n分享到：\n  正文。', want: { date: '2024-03-15' } },
    // Pinyin glosses in the head (來源(yuán)) do not hide the source.
    { text: '標題\n2024-05-16 09:31:05    來源(yuán): 石榴雲(yún)\n正文。', want: { date: '2024-05-16', source: '石榴雲' } },
    // Agency datelines: with a year, or with the year read from the story.
    { text: '新华社北京2024年9月3日电（记者 某某）援疆工作会议召开。', want: { date: '2024-09-03' } },
    {
      text: '标题\n\n正文说2023年以来如何如何，截至2024年底培训人才9500人。\n\n（新华社乌鲁木齐7月6日电）',
      want: { date: '2025-07-06', dateInferred: true },
    },
    { text: '本报和田5月20日讯 2023年，天津援建的学校开学。', want: { date: '2023-05-20', dateInferred: true } },
  ];
  for (const { text, want } of CASES) {
    it(`reads ${JSON.stringify(text.slice(0, 30))}`, () => expect(parseDateline(text)).toEqual(want));
  }

  it('does not take a date in a story sentence for the dateline', () => {
    expect(parseDateline('标题\n2023年4月，第十一批援疆干部人才抵达喀什，开始为期三年的援疆工作。')).toEqual({});
    expect(parseDateline('标题\n（2019年6月21日摄）图片由援疆前方指挥部提供，疏附县广州新城一角。')).toEqual({});
  });

  it('refuses dates that do not exist', () => {
    expect(parseDateline('标题\n2025-02-30 10:00 来源：某报\n正文。')).toEqual({ source: '某报' });
  });
});

describe('metaDate', () => {
  it('reads the publication date a page declares', () => {
    expect(metaDate('<head><meta property="article:published_time" content="2025-07-07T10:58:27+08:00"></head>')).toBe('2025-07-07');
    expect(metaDate('<meta name="PubDate" content="2024-09-03 08:15">')).toBe('2024-09-03');
    expect(metaDate('<meta content="2024/9/3" name="publishdate" />')).toBe('2024-09-03');
    expect(metaDate('<meta name="keywords" content="2024-09-03">')).toBeUndefined();
  });
});

describe('normaliseDate', () => {
  it('reads the forms users and pages give', () => {
    expect(normaliseDate('2025-07-07')).toBe('2025-07-07');
    expect(normaliseDate('2025-07-07T10:58:27+08:00')).toBe('2025-07-07');
    expect(normaliseDate('2025/7/7')).toBe('2025-07-07');
    expect(normaliseDate('2025年7月7日')).toBe('2025-07-07');
  });
  it('refuses what is not a date', () => {
    for (const text of ['yesterday', '2025-13-01', '2025-02-29', '7月7日', '']) expect(normaliseDate(text)).toBeUndefined();
  });
});

describe('seed articles', () => {
  // Every seed with a dateline has its date; 004 is a set of editorials with none.
  const WANT: Record<string, string | undefined> = {
    '000_386c6d3f6793f036': '2025-10-11',
    '001_8096ed5fa1050b32': '2025-11-28',
    '002_3189ede4f95b37c8': '2025-07-07',
    '003_ea277452b1a26da8': '2025-07-06',
    '004_bc355209b628d6c9': undefined,
  };
  const dir = join(import.meta.dirname, '../../seeds');
  it('have the date of their dateline', () => {
    const dates: Record<string, string | undefined> = {};
    for (const file of readdirSync(dir).sort()) {
      const article = articleFromBytes(file, readFileSync(join(dir, file)));
      if (typeof article === 'string') throw new Error(`${file}: ${article}`);
      dates[article.id] = article.date;
    }
    expect(dates).toEqual(WANT);
  });

  it('say when the year of an agency dateline was read from the story', () => {
    const article = articleFromBytes('003_ea277452b1a26da8.txt', readFileSync(join(dir, '003_ea277452b1a26da8.txt')));
    expect(typeof article !== 'string' && article.dateInferred).toBe(true);
  });
});
