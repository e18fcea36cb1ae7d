import { describe, expect, it } from 'vitest';

import { splitSentences } from '../../src/ingest/sentences.js';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits on 。！？; and newlines, with offsets into the text', () => {
    const text = '教育援疆是民生重点。医疗援疆守护健康！\n产业援疆是发展根基；文化润疆凝聚人心?';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['教育援疆是民生重点。', '医疗援疆守护健康！', '产业援疆是发展根基；', '文化润疆凝聚人心?']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(texts('“在家门口就能做手术了！”伽师县村民说。（新华社喀什5月18日电。）下一句。')).toEqual([
      '“在家门口就能做手术了！”伽师县村民说。',
      '（新华社喀什5月18日电。）',
      '下一句。',
    ]);
  });

  it('does not split inside a short quotation', () => {
    expect(texts('浙江援疆教师组建“之江园丁”讲师团，开展“名师进课堂！”及名师示范课50余场。下一句。')).toEqual([
      '浙江援疆教师组建“之江园丁”讲师团，开展“名师进课堂！”及名师示范课50余场。',
      '下一句。',
    ]);
  });

  it('splits a long quotation at its sentence ends', () => {
    const long =
      '援疆工作是一项长期的战略任务，需要一代又一代人接续奋斗。各援疆省市要立足受援地所需、发挥自身所长，把更多资金和项目投向基层、投向民生，让援疆成果更多更公平地惠及各族群众，共同建设团结和谐、繁荣富裕的美好家园。';
    expect(long.length).toBeGreaterThan(80);
    const result = texts(`自治区领导在座谈会上指出：“${long}”`);
    expect(result).toHaveLength(2);
    expect(result[1]?.endsWith('家园。”')).toBe(true);
    expect(result).toEqual([
      '自治区领导在座谈会上指出：“援疆工作是一项长期的战略任务，需要一代又一代人接续奋斗。',
      '各援疆省市要立足受援地所需、发挥自身所长，把更多资金和项目投向基层、投向民生，让援疆成果更多更公平地惠及各族群众，共同建设团结和谐、繁荣富裕的美好家园。”',
    ]);
  });

  it('skips empty sentences and sentences of bare punctuation, and trims spaces', () => {
    expect(texts('\n\n  叶城县人民医院住院楼建成。 。\n...\n')).toEqual(['叶城县人民医院住院楼建成。']);
    expect(splitSentences('')).toEqual([]);
  });

  it('keeps the last sentence without a terminator', () => {
    expect(texts('援疆教师李晓燕的“三尺讲台”')).toEqual(['援疆教师李晓燕的“三尺讲台”']);
  });
});
