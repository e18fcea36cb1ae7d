// A totals answer as console rows (one per stated figure) and notes (what adds up, and why not).
import { formatAmount } from '../format-amount.ts';
import { windowLabel } from '../time-window.ts';
import type { TimeWindow } from '../time-window.ts';
import type { TotalsResult } from '../totals.ts';

export function totalsRows(totals: TotalsResult, window?: TimeWindow): { rows: Array<Record<string, string | number | boolean>>; notes: string[] } {
  const rows = totals.facts.map((f) => ({
    role: f.role,
    relation: f.relation,
    kind: f.kind,
    amount: f.asWritten,
    value: f.value,
    unit: f.unit,
    approx: f.approx,
    period: f.period?.asWritten ?? '',
    donors: f.donors.join('、'),
    recipients: f.recipients.join('、'),
    evidence: f.evidence.length,
    articles: [...new Set(f.evidence.map((e) => e.article))].join(' '),
  }));
  const notes = totals.summary.map((s) => {
    const amount = s.total === undefined ? '' : `${s.approx ? 'about ' : ''}${formatAmount(s.total, s.unit)}: `;
    const what = `${s.role === 'donor' ? 'given' : 'received'} as ${s.relation === 'supports' ? 'aid' : 'investment'}`;
    return `${s.kind} ${what} (${s.count} figure${s.count === 1 ? '' : 's'}) — ${amount}${s.note}`;
  });
  if (rows.length === 0) notes.push(`No figures stated for ${totals.of}${window ? ` ${windowLabel(window)}` : ''}`);
  return { rows, notes };
}
