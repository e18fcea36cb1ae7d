// GEXF and GraphML have no object type, so evidence and figures travel as JSON strings.
import type { AmountFact, Evidence } from '../types.ts';

export function evidenceJson(evidence: Evidence[]): string {
  return JSON.stringify(
    evidence.map(({ article, sentence, start, end, date, time }) => ({ article, sentence, start, end, ...(date ? { date } : {}), ...(time ? { time } : {}) })),
  );
}

/** Figures with where they were read (article and offsets; the sentence is in `evidence`). */
export function amountsJson(amounts: AmountFact[]): string {
  return JSON.stringify(amounts.map(({ evidence, ...figure }) => ({ ...figure, evidence: evidence.map(({ article, start, end }) => ({ article, start, end })) })));
}
