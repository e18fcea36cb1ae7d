// The extraction step that says when and how much: every evidence item gets the
// article's date and the time its sentence names for the relation, and aid and
// investment relations get the figures stated next to them.
import type { NormalisedText } from '../ingest/normalise.ts';
import { normaliseDate } from '../ingest/parse-dateline.ts';
import type { Article, Evidence, Relation, SentenceTime } from '../types.ts';
import type { FoundRelation } from './find-relations.ts';
import type { Mention } from './mention.ts';
import { relationFacts } from './relation-facts.ts';

/**
 * Adds dates, times and figures to `relations` in place; returns the article's date (YYYY-MM-DD) if it has one.
 * `relationOf` (from collectRelations) gives each found relation's Relation, in the order of `found`.
 */
export function addTimeAndAmounts(
  article: Article,
  doc: NormalisedText,
  found: FoundRelation[],
  mentions: Mention[],
  relations: Map<string, Relation>,
  relationOf: readonly Relation[],
): string | undefined {
  const date = article.date === undefined ? undefined : normaliseDate(article.date);
  const facts = relationFacts(doc.text, found, mentions, {
    articleDate: date,
    written: (start, end) => writtenSpan(article.text, doc.toOriginal(start, end)),
  });
  if (date) for (const relation of relations.values()) for (const e of relation.evidence) e.date = date;

  // Relations of one sentence share its evidence object; one with a time of its own gets a copy.
  // Evidence is found by its start through an index per relation: a relation read in thousands of
  // sentences of one long text would make a search of its list quadratic.
  const timed = new Map<string, Evidence>();
  const evidenceIndex: EvidenceIndex = new Map();
  for (let i = 0; i < found.length; i++) {
    const r = found[i]!;
    const { time, amounts } = facts[i]!;
    // Most relations have neither: no evidence to find.
    if (!time && amounts.length === 0) continue;
    const relation = relationOf[i]!;
    const { start } = doc.toOriginal(r.sentence.start, r.sentence.end);
    const at = evidenceAt(evidenceIndex, relation, start);
    if (at < 0) continue;
    let evidence = relation.evidence[at]!;
    if (time) {
      const id = `${start}|${time.asWritten}`;
      evidence = timed.get(id) ?? withTime(evidence, time);
      timed.set(id, evidence);
      relation.evidence[at] = evidence;
    }
    for (const amount of amounts) {
      relation.amounts ??= [];
      const same = relation.amounts.find((a) => a.kind === amount.kind && a.value === amount.value && a.unit === amount.unit);
      if (!same) relation.amounts.push({ ...amount, evidence: [evidence] });
      else if (same.evidence.at(-1)?.start !== evidence.start && !same.evidence.some((e) => e.start === evidence.start)) same.evidence.push(evidence);
    }
  }
  return date;
}

/**
 * `{ ...evidence, time }` written out (a spread of objects is a slow generic copy): evidence is
 * made with these fields in this order, the date added before any time.
 */
function withTime(e: Evidence, time: SentenceTime): Evidence {
  return e.date === undefined
    ? { article: e.article, sentence: e.sentence, start: e.start, end: e.end, time }
    : { article: e.article, sentence: e.sentence, start: e.start, end: e.end, date: e.date, time };
}

type EvidenceIndex = Map<Relation, Map<number, number>>;

/** The place of the relation's evidence that starts at `start`, or -1 (its index is built on first use). */
function evidenceAt(evidenceIndex: EvidenceIndex, relation: Relation, start: number): number {
  let index = evidenceIndex.get(relation);
  if (!index) {
    index = new Map(relation.evidence.map((e, k) => [e.start, k]));
    evidenceIndex.set(relation, index);
  }
  return index.get(start) ?? -1;
}

// As written, less spaces and pinyin glosses (億(yì)元 → 億元).
function writtenSpan(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end).replace(/\s+|[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/gu, '');
}
