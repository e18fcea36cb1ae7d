// When and how much, per relation: the time a relation's sentence names for it and the
// figures stated next to it. A time or a figure belongs to the relation whose clause
// (between ，/：) holds it, else to the nearest relation before it in the sentence.
import { charSet, hasChar } from '../ingest/char-set.ts';
import type { Amount, EdgeType, SentenceTime } from '../types.ts';
import { findAmounts, type FoundAmount } from './find-amounts.ts';
import { findTimes, type FoundTime } from './find-times.ts';
import type { Mention, Span } from './mention.ts';

export interface RelationFacts {
  time?: SentenceTime;
  amounts: Amount[];
}

interface RelationAt {
  source: string;
  target: string;
  type: EdgeType;
  sentence: Span;
}

/** Relation types that carry figures: aid and investment. */
export const AMOUNT_RELATIONS: ReadonlySet<EdgeType> = new Set(['supports', 'invests_in']);
const INVESTMENT_KINDS = new Set(['money', 'projects', 'jobs']);
const CLAUSE_BREAK = charSet('，,：:');

/**
 * Facts for each relation, in the order of `relations`. `written` maps a span of
 * `text` to the article as written, so `asWritten` keeps its script (十二億元).
 */
export function relationFacts(
  text: string,
  relations: RelationAt[],
  mentions: Mention[],
  options: { articleDate?: string; written?: (start: number, end: number) => string } = {},
): RelationFacts[] {
  const { articleDate } = options;
  const written = options.written ?? ((start: number, end: number) => text.slice(start, end));
  // Most relations have no facts: they share one empty entry, and those with facts get their own.
  const facts: RelationFacts[] = new Array<RelationFacts>(relations.length).fill(NO_FACTS);
  if (relations.length === 0) return facts;
  const bySentence = new Map<number, number[]>();
  for (let i = 0; i < relations.length; i++) {
    const start = relations[i]!.sentence.start;
    const list = bySentence.get(start);
    if (list) list.push(i);
    else bySentence.set(start, [i]);
  }
  // Times are read in the relations' sentences only: half the text, in the bench corpus.
  const sentences: Span[] = [];
  for (const indexes of bySentence.values()) sentences.push(relations[indexes[0]!]!.sentence);
  const times = findTimes(text, { articleDate, within: sentences });
  // Mentions and times by position, each sentence taking its slice: linear in a long text.
  const sortedMentions = sortedByStart(mentions);
  const sortedTimes = sortedByStart(times);
  // Where each relation sits: the clause of its target (else its source) mention; by relation, filled per sentence.
  const clauseOfRelation = new Int32Array(relations.length);
  for (const indexes of bySentence.values()) {
    const sentence = relations[indexes[0]!]!.sentence;
    const sentenceTimes = within(sortedTimes, sentence);
    const carriers = carriersOf(relations, indexes);
    // A sentence that names no time and carries no figures has no facts: most do neither.
    if (sentenceTimes.length === 0 && carriers.length === 0) continue;
    const clauses = clausesOf(text, sentence);
    const sentenceMentions = within(sortedMentions, sentence);
    for (const i of indexes) {
      const r = relations[i]!;
      const at = placeOf(sentenceMentions, r.target) ?? placeOf(sentenceMentions, r.source);
      clauseOfRelation[i] = at === undefined ? 0 : Math.max(0, clauseOf(clauses, at));
    }
    if (sentenceTimes.length > 0) {
      for (const i of indexes) {
        const time = timeFor(clauseOfRelation[i]!, sentenceTimes, clauses);
        if (time) ownFacts(facts, i).time = sentenceTime(time, written);
      }
    }

    if (carriers.length === 0) continue;
    for (const amount of findAmounts(text.slice(sentence.start, sentence.end))) {
      const at = { ...amount, start: amount.start + sentence.start, end: amount.end + sentence.start };
      const clause = Math.max(0, clauseOf(clauses, at.start));
      const eligible = carriers.filter((i) => relations[i]!.type === 'supports' || INVESTMENT_KINDS.has(at.kind));
      for (const i of ownersOf(clause, eligible, clauseOfRelation)) {
        const period = timeFor(clause, sentenceTimes, clauses, false);
        ownFacts(facts, i).amounts.push(amountOf(at, period, written));
      }
    }
  }
  return facts;
}

// Shared by relations without facts; never written to (ownFacts replaces it first).
const NO_FACTS: RelationFacts = Object.freeze({ amounts: Object.freeze([]) as unknown as Amount[] });

function ownFacts(facts: RelationFacts[], i: number): RelationFacts {
  let own = facts[i]!;
  if (own === NO_FACTS) facts[i] = own = { amounts: [] };
  return own;
}

/** The relations of a sentence that carry figures (aid, investment); most sentences have none, and share one empty list. */
function carriersOf(relations: RelationAt[], indexes: number[]): number[] {
  let carriers: number[] | undefined;
  for (const i of indexes) if (AMOUNT_RELATIONS.has(relations[i]!.type)) (carriers ??= []).push(i);
  return carriers ?? NO_INDEXES;
}
const NO_INDEXES: number[] = [];

/** The relations in the figure's clause, else in the nearest clause before it, else after it. */
function ownersOf(clause: number, carriers: number[], clauseOfRelation: Int32Array): number[] {
  if (carriers.length <= 1) return carriers;
  const before = carriers.filter((i) => clauseOfRelation[i]! <= clause);
  const pool = before.length > 0 ? before : carriers;
  const clauses = pool.map((i) => clauseOfRelation[i]!);
  const nearest = before.length > 0 ? Math.max(...clauses) : Math.min(...clauses);
  return pool.filter((_, k) => clauses[k] === nearest);
}

/** The time in the clause, else the nearest one before it in the sentence, else (for relations) the first after. */
function timeFor(clause: number, times: FoundTime[], clauses: Span[], orAfter = true): FoundTime | undefined {
  let best: FoundTime | undefined;
  for (const t of times) {
    const c = clauseOf(clauses, t.start);
    if (c === clause) return t;
    if (c < clause) best = t;
  }
  return best ?? (orAfter ? times[0] : undefined);
}

/** The index of the first item at or after `at` in a list sorted by start. */
function firstAtOrAfter(xs: Array<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function placeOf(mentions: Mention[], name: string): number | undefined {
  return mentions.find((m) => m.name === name || m.donor === name || m.namedPlaces?.includes(name))?.start;
}

// Helpers at module level, not closures per call: tsx names every closure it creates (keepNames).

function sortedByStart<T extends { start: number }>(xs: T[]): T[] {
  // Mentions and times mostly come sorted already: no copy to make.
  for (let i = 1; i < xs.length; i++) if (xs[i]!.start < xs[i - 1]!.start) return [...xs].sort(byStart);
  return xs;
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

/** The items of a list sorted by start that start inside `span`. */
function within<T extends { start: number }>(xs: T[], span: Span): T[] {
  return xs.slice(firstAtOrAfter(xs, span.start), firstAtOrAfter(xs, span.end));
}

function clausesOf(text: string, sentence: Span): Span[] {
  const clauses: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (!hasChar(CLAUSE_BREAK, text.charCodeAt(i))) continue;
    clauses.push({ start, end: i + 1 });
    start = i + 1;
  }
  clauses.push({ start, end: sentence.end });
  return clauses;
}

/** The index of the clause that holds `at`, or -1. */
function clauseOf(clauses: Span[], at: number): number {
  return clauses.findIndex((c) => at >= c.start && at < c.end);
}

type Written = (start: number, end: number) => string;

function sentenceTime(t: FoundTime, written: Written): SentenceTime {
  const asWritten = written(t.start, t.end);
  return t.to === undefined ? { from: t.from, asWritten } : { from: t.from, to: t.to, asWritten };
}

function amountOf(a: FoundAmount, period: FoundTime | undefined, written: Written): Amount {
  const amount: Amount = { kind: a.kind, value: a.value, unit: a.unit, asWritten: written(a.start, a.end), approx: a.approx };
  if (period) amount.period = sentenceTime(period, written);
  return amount;
}
