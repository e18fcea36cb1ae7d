// GEXF and GraphML have no object type, so evidence travels as a JSON string.
import type { Evidence } from '../types.ts';

export function evidenceJson(evidence: Evidence[]): string {
  return JSON.stringify(evidence.map(({ article, sentence, start, end }) => ({ article, sentence, start, end })));
}
