// Article → Extraction: normalise, find and resolve mentions, read relations
// sentence by sentence, and keep every relation's evidence as the sentence as
// written in the article.

import { InvalidInputError } from '../errors.ts';
import { normalise } from '../ingest/normalise.ts';
import { splitSentences } from '../ingest/sentences.ts';
import type { Article, Extraction } from '../types.ts';
import { addAdministrativeTree } from './administrative-tree.ts';
import { addTimeAndAmounts } from './add-time-and-amounts.ts';
import { boundSentences } from './bound-sentences.ts';
import { collectEntities, entitySet } from './collect-entities.ts';
import { collectRelations } from './collect-relations.ts';
import { findMentions } from './find-mentions.ts';
import { findRelations } from './find-relations.ts';
import { uniformMention } from './mention.ts';
import { resolveReferences } from './resolve-references.ts';

export function extractArticle(article: Article): Extraction {
  if (!article || typeof article.text !== 'string' || !article.id) {
    throw new InvalidInputError('an article needs an id and a text');
  }
  const doc = normalise(article);
  const mentions = resolveReferences(doc.text, findMentions(doc.text)).map(uniformMention);
  const sentences = boundSentences(doc.text, splitSentences(doc.text));
  const found = findRelations(doc.text, sentences, mentions);
  const relations = collectRelations(article, doc, found);
  const date = addTimeAndAmounts(article, doc, found, mentions, relations);
  const entities = entitySet();
  collectEntities(doc, mentions, entities);
  addAdministrativeTree(entities, relations);
  return { article: article.id, ...(date ? { date } : {}), entities: entities.values(), relations: [...relations.values()] };
}

