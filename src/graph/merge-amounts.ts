// Figures on edges, deduplicated across articles: the same kind, value and unit is
// one fact with several evidence items (12.6亿元 in two articles is not 25.2亿元).
import type { AmountFact, Evidence } from '../types.ts';

/** Merges `incoming` into `facts` in place and returns it. */
export function mergeAmounts(facts: AmountFact[], incoming: readonly AmountFact[]): AmountFact[] {
  for (const fact of incoming) {
    const same = facts.find((f) => sameFigure(f, fact));
    if (!same) {
      facts.push({ ...fact, evidence: [...fact.evidence] });
      continue;
    }
    for (const e of fact.evidence) if (!same.evidence.some((s) => sameEvidence(s, e))) same.evidence.push(e);
    // A period one article gives and another leaves out is kept.
    if (!same.period && fact.period) same.period = fact.period;
    same.approx &&= fact.approx;
  }
  return facts;
}

/** The facts left once one article's evidence is taken out; facts with no evidence left go. */
export function withoutArticle(facts: readonly AmountFact[], article: string): AmountFact[] {
  const kept: AmountFact[] = [];
  for (const fact of facts) {
    const evidence = fact.evidence.filter((e) => e.article !== article);
    if (evidence.length > 0) kept.push({ ...fact, evidence });
  }
  return kept;
}

export function sameFigure(a: AmountFact, b: AmountFact): boolean {
  return a.kind === b.kind && a.value === b.value && a.unit === b.unit;
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.article === b.article && a.start === b.start && a.end === b.end;
}
