import { describe, expect, it } from 'vitest';

import { highlightSentence } from '../../web/src/article-text.ts';

const text = '首页 新闻\n天津市对口支援和田地区。策勒县第一小学开学。';

describe('highlightSentence', () => {
  it('marks the span given by the evidence offsets', () => {
    const start = text.indexOf('天津市');
    const end = text.indexOf('。') + 1;
    expect(highlightSentence(text, '天津市对口支援和田地区。', start, end)).toEqual({
      before: '首页 新闻\n',
      match: '天津市对口支援和田地区。',
      after: '策勒县第一小学开学。',
    });
  });

  it('trusts offsets over a normalised sentence (the article may be in Traditional script)', () => {
    const traditional = '天津市對口支援和田地區。';
    expect(highlightSentence(traditional, '天津市对口支援和田地区。', 0, traditional.length).match).toBe(traditional);
  });

  it('looks the sentence up when the offsets are out of range', () => {
    expect(highlightSentence(text, '策勒县第一小学开学。', 500, 520).match).toBe('策勒县第一小学开学。');
  });

  it('marks nothing when the sentence is nowhere', () => {
    expect(highlightSentence(text, '不存在。', -1, -1)).toEqual({ before: text, match: '', after: '' });
  });
});
