import { describe, expect, it } from 'vitest';

import { TrackedText } from '../../src/ingest/tracked-text.js';

describe('TrackedText', () => {
  it('starts as the original with an identity map', () => {
    const t = TrackedText.from('和田地区');
    expect(t.text).toBe('和田地区');
    expect(t.toOriginal(1, 3)).toEqual({ start: 1, end: 3 });
  });

  it('is immutable: replaceAll returns a new value and leaves the old one as it was', () => {
    const t = TrackedText.from('产(chǎn)业');
    const u = t.replaceAll(/\(chǎn\)/g, '');
    expect(u.text).toBe('产业');
    expect(t.text).toBe('产(chǎn)业');
  });

  it('maps characters after a deletion to their place in the original', () => {
    const original = '產(chǎn)業(yè)轉(zhuǎn)移';
    const t = TrackedText.from(original).replaceAll(/\([a-zǎèé]+\)/g, '');
    expect(t.text).toBe('產業轉移');
    const span = t.toOriginal(1, 3); // 業轉
    expect(original.slice(span.start, span.end)).toBe('業(yè)轉');
  });

  it('keeps a per-character map for same-length replacements', () => {
    const original = '山东援疆前指总批示王海';
    const t = TrackedText.from(original).replaceAll(/批示/g, '指挥');
    expect(t.text).toBe('山东援疆前指总指挥王海');
    expect(t.toOriginal(7, 8)).toEqual({ start: 7, end: 8 });
  });

  it('maps a shorter replacement, as a whole, to the whole spun form', () => {
    const original = '和地步区人平易近病院';
    const t = TrackedText.from(original).replaceAll(/平易近/g, '民');
    expect(t.text).toBe('和地步区人民病院');
    const span = t.toOriginal(4, 6); // 人民
    expect(original.slice(span.start, span.end)).toBe('人平易近');
    const inner = t.toOriginal(5, 6); // 民
    expect(original.slice(inner.start, inner.end)).toBe('平易近');
  });

  it('maps a longer replacement to the span it replaced', () => {
    const original = '2024岁首年月开展';
    const t = TrackedText.from(original).replaceAll(/岁首年月/g, '年初');
    expect(t.text).toBe('2024年初开展');
    const span = t.toOriginal(4, 6);
    expect(original.slice(span.start, span.end)).toBe('岁首年月');
  });

  it('composes edits: offsets survive several steps', () => {
    const original = '  正在和地步区(chǎn)\n\n東三縣';
    const t = TrackedText.from(original)
      .replaceAll(/\(chǎn\)/g, '')
      .replaceAll(/正在/g, '在')
      .replaceAll(/地步区/g, '田地区')
      .replaceAll(/^ +|\n+/g, (m) => (m[0].startsWith('\n') ? '\n' : ''));
    expect(t.text).toBe('在和田地区\n東三縣');
    const span = t.toOriginal(0, 5);
    expect(original.slice(span.start, span.end)).toBe('正在和地步区');
    const last = t.toOriginal(6, 9);
    expect(original.slice(last.start, last.end)).toBe('東三縣');
  });

  it('treats a non-global pattern as global', () => {
    expect(TrackedText.from('取取取').replaceAll(/取/, '与').text).toBe('与与与');
  });

  it('clamps spans and maps an empty span at the end to the original length', () => {
    const t = TrackedText.from('abc(de)').replaceAll(/\(de\)$/g, '');
    expect(t.toOriginal(3, 3)).toEqual({ start: 7, end: 7 });
    expect(t.toOriginal(-5, 99)).toEqual({ start: 0, end: 3 });
  });

  it('handles a million characters in linear time', () => {
    const original = '产(chǎn)业援疆。'.repeat(100_000);
    const started = performance.now();
    const t = TrackedText.from(original).replaceAll(/\(chǎn\)/g, '');
    expect(t.text.length).toBe(5 * 100_000);
    // Quadratic work on a million characters takes hours; linear work well under a second on an
    // idle machine. The guard is wide so that a loaded one does not fail it.
    expect(performance.now() - started).toBeLessThan(20_000);
    const span = t.toOriginal(t.text.length - 5, t.text.length);
    expect(original.slice(span.start, span.end)).toBe('产(chǎn)业援疆。');
  });

  it('replaces characters one for one in place, each keeping its place in the original', () => {
    const original = '產(chǎn)業協作';
    const t = TrackedText.from(original).replaceAll(/\(chǎn\)/g, '').replaceInPlace('产业协作');
    expect(t.text).toBe('产业协作');
    expect(t.toOriginal(1, 3)).toEqual({ start: 7, end: 9 });
    expect(() => t.replaceInPlace('产业')).toThrow(RangeError);
  });

  it('takes an edit that inserts nothing in place of nothing as no edit', () => {
    const t = TrackedText.from('援疆干部');
    expect(t.edit([{ start: 0, end: 0, replacement: '' }, { start: 4, end: 4, replacement: '' }])).toBe(t);
    const u = t.edit([{ start: 0, end: 0, replacement: '' }, { start: 2, end: 4, replacement: '' }]);
    expect(u.text).toBe('援疆');
    expect(u.toOriginal(0, 2)).toEqual({ start: 0, end: 2 });
  });

  it('finds the first character that starts at or after, or ends after, a place in the original', () => {
    const original = '  产(chǎn)业\r\n和地步区人平易近';
    const t = TrackedText.from(original)
      .replaceAll(/\(chǎn\)/g, '')
      .replaceAll(/\r\n/g, '\n')
      .replaceAll(/地步区/g, '田地区')
      .replaceAll(/平易近/g, '民')
      .edit([{ start: 0, end: 2, replacement: '' }]);
    expect(t.text).toBe('产业\n和田地区人民');
    // Each character's span in the original, read one by one.
    const spans = [...t.text].map((_, i) => t.toOriginal(i, i + 1));
    expect(spans.map((s) => [s.start, s.end])).toEqual([[2, 3], [9, 10], [10, 12], [12, 13], [13, 14], [14, 15], [15, 16], [16, 17], [17, 20]]);
    const firstWhere = (ok: (s: { start: number; end: number }) => boolean) => {
      const i = spans.findIndex(ok);
      return i === -1 ? t.text.length : i;
    };
    for (let at = -1; at <= original.length + 1; at++) {
      expect(t.firstStartingAtOrAfter(at), `start ${at}`).toBe(firstWhere((s) => s.start >= at));
      expect(t.firstEndingAfter(at), `end ${at}`).toBe(firstWhere((s) => s.end > at));
    }
  });

  it('maps the characters of a long text (past 65,536) to their own places', () => {
    const t = TrackedText.from('援'.repeat(70_000) + '疆');
    expect(t.toOriginal(70_000, 70_001)).toEqual({ start: 70_000, end: 70_001 });
  });
});
