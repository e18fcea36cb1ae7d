import { describe, expect, it } from 'vitest';

import { findTotals } from '../../src/query/totals.ts';
import { errorOf } from './error-of.ts';
import { timedGraph } from './timed-graph.ts';

// [role, relation, kind, asWritten, period, donors, recipients, articles]
const factRows = (of: string, window?: { since?: string; until?: string }) =>
  findTotals(timedGraph(), { of, window }).facts.map((f) => [
    f.role,
    f.relation,
    f.kind,
    f.asWritten,
    f.period?.asWritten ?? '',
    f.donors.join(','),
    f.recipients.join(','),
    f.evidence.map((e) => e.article).join(','),
  ]);

describe('findTotals', () => {
  it('lists each stated figure once, with every article that states it', () => {
    expect(factRows('天津')).toEqual([
      ['donor', 'supports', 'money', '20亿元', '', '天津市', '和田地区', 'e2025'],
      ['donor', 'supports', 'money', '12.6亿元', '“十四五”以来', '天津市', '于田县', 'c2025,d2025'],
      ['donor', 'supports', 'money', '8800万元', '2023年以来', '天津市', '策勒县', 'b2024'],
      ['donor', 'supports', 'money', '5000万元', '2019年', '天津市', '于田县', 'a2019'],
      ['donor', 'supports', 'projects', '86个', '“十四五”以来', '天津市', '于田县', 'c2025'],
    ]);
  });

  it('does not add figures that may overlap, and says which and why', () => {
    expect(findTotals(timedGraph(), { of: '天津市' }).summary).toEqual([
      {
        role: 'donor',
        relation: 'supports',
        kind: 'money',
        unit: '元',
        count: 4,
        approx: false,
        note: 'not added: 20亿元 and 12.6亿元 may overlap (same or nested recipients, a period not stated)',
      },
      { role: 'donor', relation: 'supports', kind: 'projects', unit: '个', count: 1, total: 86, approx: false, note: 'one figure' },
    ]);
  });

  it('adds figures for separate recipients or periods that do not meet', () => {
    const { summary } = findTotals(timedGraph(), { of: '天津市', window: { until: '2024' } });
    expect(summary.find((s) => s.kind === 'money')).toEqual({
      role: 'donor',
      relation: 'supports',
      kind: 'money',
      unit: '元',
      count: 3,
      total: 1_260_000_000 + 88_000_000 + 50_000_000,
      approx: false,
      note: 'sum of 3 figures for separate recipients or periods',
    });
  });

  it('keeps to the window', () => {
    expect(factRows('天津市', { until: '2020' })).toEqual([['donor', 'supports', 'money', '5000万元', '2019年', '天津市', '于田县', 'a2019']]);
  });

  it('lists what a recipient received, including what lies in it', () => {
    expect(factRows('和田地区', { since: '2024' })).toEqual([
      ['recipient', 'supports', 'money', '20亿元', '', '天津市', '和田地区', 'e2025'],
      ['recipient', 'supports', 'money', '12.6亿元', '“十四五”以来', '天津市', '于田县', 'c2025,d2025'],
      ['recipient', 'supports', 'money', '8800万元', '2023年以来', '天津市', '策勒县', 'b2024'],
      ['recipient', 'supports', 'projects', '86个', '“十四五”以来', '天津市', '于田县', 'c2025'],
    ]);
  });

  it('answers an empty list for an entity with no figures, and an error for an unknown one', () => {
    expect(findTotals(timedGraph(), { of: '北京市' })).toEqual({ of: '北京市', facts: [], summary: [] });
    expect(errorOf(() => findTotals(timedGraph(), { of: '火星县' })).code).toBe('NOT_FOUND');
  });
});
