// Helpers for the extraction tests: whole results as sorted lists, so that a wrong
// extra entity or relation fails a test as surely as a missing one.
import { boundSentences } from '../../src/extract/bound-sentences.ts';
import { findAgencies } from '../../src/extract/find-agencies.ts';
import { findInstitutions } from '../../src/extract/find-institutions.ts';
import { findMentions } from '../../src/extract/find-mentions.ts';
import { findPlaces } from '../../src/extract/find-places.ts';
import { findProgrammes } from '../../src/extract/find-programmes.ts';
import { findRelations, type RelationReader } from '../../src/extract/find-relations.ts';
import type { Mention } from '../../src/extract/mention.ts';
import { resolveReferences } from '../../src/extract/resolve-references.ts';
import { normalise } from '../../src/ingest/normalise.ts';
import { splitSentences } from '../../src/ingest/sentences.ts';

const byText = (a: readonly string[], b: readonly string[]) => (a.join('\u0001') < b.join('\u0001') ? -1 : a.join('\u0001') > b.join('\u0001') ? 1 : 0);

/** Sorted, without repeats. */
export function sorted<T extends readonly string[]>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.join('\u0001')) && seen.add(r.join('\u0001'))).sort(byText);
}

/** [name, type] of each mention, sorted. */
export function named(ms: Array<{ name: string; type: string }>): Array<[string, string]> {
  return sorted(ms.map((m) => [m.name, m.type] as [string, string]));
}

/** [source, type, target] of each relation, sorted. */
export function triples(rs: Array<{ source: string; type: string; target: string }>): Array<[string, string, string]> {
  return sorted(rs.map((r) => [r.source, r.type, r.target] as [string, string, string]));
}

/** What findMentions passes to findCompanies: the places, and the institutions, agencies and programmes found first. */
export function beforeCompanies(text: string): { places: Mention[]; taken: Mention[] } {
  const places = findPlaces(text);
  return { places, taken: [...findInstitutions(text, places), ...findAgencies(text, places), ...findProgrammes(text)] };
}

/** The mentions of a text as extractArticle resolves them, and its sentences. */
export function resolvedMentions(text: string): { text: string; mentions: Mention[] } {
  const doc = normalise({ id: 'snippet', text });
  return { text: doc.text, mentions: resolveReferences(doc.text, findMentions(doc.text)) };
}

/** The relations `readers` read in a text, as extractArticle reads them. */
export function relationsRead(text: string, readers: RelationReader[]): Array<[string, string, string]> {
  const { text: normal, mentions } = resolvedMentions(text);
  return triples(findRelations(normal, boundSentences(normal, splitSentences(normal)), mentions, readers));
}
