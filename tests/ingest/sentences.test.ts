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
    expect(texts('“不用转院去喀什了！”阿克陶县牧民说。（新华社乌鲁木齐7月6日电。）下一句。')).toEqual([
      '“不用转院去喀什了！”阿克陶县牧民说。',
      '（新华社乌鲁木齐7月6日电。）',
      '下一句。',
    ]);
  });

  it('does not split inside a short quotation', () => {
    expect(texts('江西援疆医生组建“江西红医生”志愿服务队，开展“江西红医生大讲堂！”及义诊活动200余场。下一句。')).toEqual([
      '江西援疆医生组建“江西红医生”志愿服务队，开展“江西红医生大讲堂！”及义诊活动200余场。',
      '下一句。',
    ]);
  });

  it('splits a long quotation at its sentence ends', () => {
    const long =
      '做好新疆工作事关大局，是全党全国的大事。全党都要站在战略和全局高度认识新疆工作的重要性，加大对口援疆工作力度，完善对口援疆工作机制，共同把新疆的工作做好，让新疆各族群众过上更加幸福美好的生活。';
    expect(long.length).toBeGreaterThan(80);
    const result = texts(`习近平总书记深刻指出：“${long}”`);
    expect(result).toHaveLength(2);
    expect(result[1]?.endsWith('生活。”')).toBe(true);
  });

  it('skips empty sentences and sentences of bare punctuation, and trims spaces', () => {
    expect(texts('\n\n  且末县人民医院门诊楼建成。 。\n...\n')).toEqual(['且末县人民医院门诊楼建成。']);
    expect(splitSentences('')).toEqual([]);
  });

  it('keeps the last sentence without a terminator', () => {
    expect(texts('援疆医生金景鹏的“镜”彩守护')).toEqual(['援疆医生金景鹏的“镜”彩守护']);
  });
});
