// Relations found in the normalised text, keyed source|type|target, each with
// its evidence: the sentence as written in the article. One sentence is one
// evidence item on an edge, however many rules read it.

import type { NormalisedText } from '../ingest/normalise.ts';
import type { Article, Evidence, Relation } from '../types.ts';
import type { FoundRelation } from './find-relations.ts';

/** `relationOf`, when given, gets each found relation's Relation, in the order of `found`. */
export function collectRelations(article: Article, doc: NormalisedText, found: FoundRelation[], relationOf?: Relation[]): Map<string, Relation> {
  const relations = new Map<string, Relation>();
  // One evidence object per sentence: a sentence often gives several relations.
  const evidenceAt = new Map<number, Evidence>();
  for (const r of found) {
    let evidence = evidenceAt.get(r.sentence.start);
    if (!evidence) {
      const span = doc.toOriginal(r.sentence.start, r.sentence.end);
      evidence = { article: article.id, sentence: article.text.slice(span.start, span.end).trim(), start: span.start, end: span.end };
      evidenceAt.set(r.sentence.start, evidence);
    }
    const key = `${r.source}|${r.type}|${r.target}`;
    let relation = relations.get(key);
    if (!relation) {
      relation = { source: r.source, target: r.target, type: r.type, evidence: [] };
      relations.set(key, relation);
    }
    // Found relations come sentence by sentence: this sentence's evidence, if in, is the last.
    if (relation.evidence.at(-1) !== evidence) relation.evidence.push(evidence);
    relationOf?.push(relation);
  }
  return relations;
}
