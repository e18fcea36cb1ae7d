// Relations read sentence by sentence from the mentions in it, the cue words
// between them, and the article's donor (an article about 江西 aid to 阿克陶县
// makes 江西省 the donor of a sentence whose subject is "援疆医生"). Each kind of
// relation has its reader.

import { mainDonor, mainRecipient } from './donors.ts';
import type { Mention, Span } from './mention.ts';
import { readInvestments } from './read-investments.ts';
import { readPartners } from './read-partners.ts';
import { readRuns } from './read-runs.ts';
import { readSetUps, readStructure, readSubsidiaries } from './read-structure.ts';
import { readSupports } from './read-supports.ts';
import type { ArticleSides } from './resolve-references.ts';
import type { SentenceContext } from './sentence-context.ts';
import type { EdgeType } from '../types.ts';

export interface FoundRelation {
  source: string;
  target: string;
  type: EdgeType;
  sentence: Span;
}

export type RelationReader = (context: SentenceContext) => void;

/** Every relation reader, in the order they read a sentence. */
export const READERS: RelationReader[] = [readSupports, readRuns, readInvestments, readPartners, readStructure, readSetUps, readSubsidiaries];

/** The relations `readers` (all of them by default) find in each sentence. */
export function findRelations(text: string, sentences: Span[], mentions: Mention[], readers: RelationReader[] = READERS): FoundRelation[] {
  return findRelationsAll([{ text, sentences, mentions }], readers)[0]!;
}

export interface RelationInput {
  text: string;
  sentences: Span[];
  mentions: Mention[];
  /** The mentions' main donor and recipient, when known (resolveArticle gives them); else counted here. */
  sides?: ArticleSides;
}

/**
 * `findRelations` of each text, each reader run over every sentence of all of them before the
 * next (see extractArticles). Each sentence keeps what its readers find, in reader order, so the
 * relations come out in the order a sentence-by-sentence reading gives.
 */
export function findRelationsAll(inputs: readonly RelationInput[], readers: RelationReader[] = READERS): FoundRelation[][] {
  const sentencesOf = inputs.map(sentenceContexts);
  const all: SentenceReading[] = [];
  for (const sentences of sentencesOf) for (const sentence of sentences) all.push(sentence);
  for (const read of readers) for (const sentence of all) read(sentence);
  return sentencesOf.map(foundIn);
}

function foundIn(sentences: SentenceReading[]): FoundRelation[] {
  const found: FoundRelation[] = [];
  for (const sentence of sentences) for (const relation of sentence.found) found.push(relation);
  return found;
}

function sentenceContexts({ text, sentences, mentions, sides }: RelationInput): SentenceReading[] {
  const contexts: SentenceReading[] = [];
  const articleDonor = sides ? sides.donor : mainDonor(text, mentions);
  const articleRecipient = sides ? sides.recipient : mainRecipient(mentions);
  const own = mentions.filter((m) => !m.nested);
  const nested = mentions.filter((m) => m.nested);
  let cursor = 0;
  let nestedCursor = 0;
  for (const span of sentences) {
    while (cursor < own.length && own[cursor]!.start < span.start) cursor++;
    let end = cursor;
    while (end < own.length && own[end]!.start < span.end) end++;
    while (nestedCursor < nested.length && nested[nestedCursor]!.start < span.start) nestedCursor++;
    let nestedEnd = nestedCursor;
    while (nestedEnd < nested.length && nested[nestedEnd]!.start < span.end) nestedEnd++;
    // Every reader reads relations between the sentence's mentions: a quarter of sentences name none.
    if (end === cursor && nestedEnd === nestedCursor) continue;
    // Each list made at its size in one go; most sentences have no nested mention and share one empty list.
    const nestedInSentence = nestedEnd === nestedCursor ? NO_MENTIONS : nested.slice(nestedCursor, nestedEnd);
    contexts.push(new SentenceReading(text, span, own.slice(cursor, end), nestedInSentence, articleDonor, articleRecipient));
  }
  return contexts;
}

// Never added to: readers only read a sentence's mentions.
const NO_MENTIONS: Mention[] = [];

// A class, not an object with a closure: tsx names each closure it creates, per call.
class SentenceReading implements SentenceContext {
  readonly body: string;
  private blanked: string | undefined;
  readonly found: FoundRelation[] = [];
  readonly add: SentenceContext['add'];

  constructor(
    readonly text: string,
    readonly span: Span,
    readonly mentions: Mention[],
    readonly nested: Mention[],
    readonly articleDonor: string | undefined,
    readonly articleRecipient: string | undefined,
  ) {
    this.body = text.slice(span.start, span.end);
    // Assigned to a property, so not named: tsx names each closure declared by name, per call.
    this.add = (source: string, type: EdgeType, target: string): void => {
      if (source && target && source !== target) this.found.push({ source, target, type, sentence: span });
    };
  }

  // Made on first read: most sentences' cue tests need no blanked copy (WordSet.outside).
  get cues(): string {
    return (this.blanked ??= blankMentions(this.body, this.span.start, this.mentions));
  }
}

// Runs of □ by length, made once: a mention's length repeats from sentence to sentence.
const BLANKS: string[] = [];
function blank(length: number): string {
  if (length > 64) return '□'.repeat(length);
  return (BLANKS[length] ??= '□'.repeat(length));
}

/** The sentence with its mentions replaced by □, one per character, so offsets stay. */
function blankMentions(body: string, offset: number, mentions: Mention[]): string {
  if (mentions.length === 0) return body;
  let out = '';
  let at = 0;
  for (const m of mentions) {
    const start = Math.max(m.start - offset, at);
    const end = Math.min(m.end - offset, body.length);
    if (end <= start) continue;
    out += body.slice(at, start) + blank(end - start);
    at = end;
  }
  return out + body.slice(at);
}
