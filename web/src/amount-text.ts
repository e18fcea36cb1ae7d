// Figures as the node panel and the edge tooltip show them: 资金 12.6亿元 · “十四五”以来.
import { AMOUNT_KIND_LABELS } from '../../src/api/contract.ts';
import type { AmountFactBody, AmountKind } from '../../src/api/contract.ts';

/** 资金 12.6亿元（约） · “十四五”以来 · 2 篇文章 */
export function amountText(fact: AmountFactBody): string {
  const parts = [`${AMOUNT_KIND_LABELS[fact.kind as AmountKind] ?? fact.kind} ${fact.asWritten}`];
  if (fact.period) parts.push(fact.period.asWritten);
  const articles = new Set(fact.evidence.map((e) => e.article)).size;
  if (articles > 1) parts.push(`${articles} 篇文章`);
  return parts.join(' · ');
}

/** 2019–2025, 2024, or '' for an undated item. */
export function yearsText(a: { firstSeen?: string; lastSeen?: string }): string {
  if (!a.firstSeen || !a.lastSeen) return '';
  const first = a.firstSeen.slice(0, 4);
  const last = a.lastSeen.slice(0, 4);
  return first === last ? first : `${first}–${last}`;
}
