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
  const relations: FoundRelation[] = [];
  const articleDonor = mainDonor(text, mentions);
  const articleRecipient = mainRecipient(mentions);
  const own = mentions.filter((m) => !m.nested);
  const nested = mentions.filter((m) => m.nested);
  let cursor = 0;
  let nestedCursor = 0;
  for (const span of sentences) {
    const inSentence: Mention[] = [];
    while (cursor < own.length && own[cursor]!.start < span.start) cursor++;
    for (let i = cursor; i < own.length && own[i]!.start < span.end; i++) inSentence.push(own[i]!);
    const nestedInSentence: Mention[] = [];
    while (nestedCursor < nested.length && nested[nestedCursor]!.start < span.start) nestedCursor++;
    for (let i = nestedCursor; i < nested.length && nested[i]!.start < span.end; i++) nestedInSentence.push(nested[i]!);
    // Every reader reads relations between the sentence's mentions: a quarter of sentences name none.
    if (inSentence.length === 0 && nestedInSentence.length === 0) continue;
    const body = text.slice(span.start, span.end);
    const context: SentenceContext = {
      text,
      span,
      body,
      cues: blankMentions(body, span.start, inSentence),
      mentions: inSentence,
      nested: nestedInSentence,
      articleDonor,
      articleRecipient,
      add: (source, type, target) => {
        if (source && target && source !== target) relations.push({ source, target, type, sentence: span });
      },
    };
    for (const read of readers) read(context);
  }
  return relations;
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
    out += body.slice(at, start) + '□'.repeat(end - start);
    at = end;
  }
  return out + body.slice(at);
}
