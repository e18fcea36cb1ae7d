// Lookups that keep merging linear. A hub such as 新疆维吾尔自治区 is named by thousands of
// articles, and an edge such as 阿克苏地区 → 新疆 has evidence from as many: checking each
// merge against the whole list made a 10,000-article build spend most of its graph stage
// in `includes`. The lookups are kept beside the arrays they index (by identity) and only
// for long ones. Other code may append to an array (its length no longer matches, so it is
// indexed again) or replace it (the new one has no lookup yet), as the graph's code does;
// an edit in place that keeps the length would go unseen.
import type { Evidence } from '../types.ts';

// Below this length a scan is as quick as a lookup and costs no memory.
const MIN_LENGTH = 16;

interface ArticleSet {
  length: number;
  ids: Set<string>;
}

const articleSets = new WeakMap<string[], ArticleSet>();

/** Whether `articles` holds `id`. */
export function hasArticle(articles: string[], id: string): boolean {
  if (articles.length < MIN_LENGTH) return articles.includes(id);
  let set = articleSets.get(articles);
  if (!set || set.length !== articles.length) articleSets.set(articles, (set = { length: articles.length, ids: new Set(articles) }));
  return set.ids.has(id);
}

/** Appends `id` to `articles`, keeping its lookup current. */
export function pushArticle(articles: string[], id: string): void {
  const set = articleSets.get(articles);
  articles.push(id);
  if (set && set.length === articles.length - 1) {
    set.ids.add(id);
    set.length++;
  }
}

/** Per article, its sentences in an edge's evidence and how many items it has there. */
export interface EvidenceByArticle {
  sentences: Map<string, Set<string>>;
  items: Map<string, number>;
}

interface EvidenceLookup extends EvidenceByArticle {
  length: number;
}

const evidenceLookups = new WeakMap<Evidence[], EvidenceLookup>();

/** What `evidence` holds for each of `articles` (those of a merge), maybe for others too. */
export function evidenceOfArticles(evidence: Evidence[], articles: ReadonlySet<string>): EvidenceByArticle {
  if (evidence.length < MIN_LENGTH) {
    const found: EvidenceByArticle = { sentences: new Map(), items: new Map() };
    for (const e of evidence) if (articles.has(e.article)) addTo(found, e);
    return found;
  }
  let lookup = evidenceLookups.get(evidence);
  if (!lookup || lookup.length !== evidence.length) {
    lookup = { length: evidence.length, sentences: new Map(), items: new Map() };
    for (const e of evidence) addTo(lookup, e);
    evidenceLookups.set(evidence, lookup);
  }
  return lookup;
}

/** Appends `item` to `evidence`, keeping its lookup current. */
export function pushEvidence(evidence: Evidence[], item: Evidence): void {
  const lookup = evidenceLookups.get(evidence);
  evidence.push(item);
  if (lookup && lookup.length === evidence.length - 1) {
    addTo(lookup, item);
    lookup.length++;
  }
}

function addTo(found: EvidenceByArticle, e: Evidence): void {
  const sentences = found.sentences.get(e.article);
  if (sentences) sentences.add(e.sentence);
  else found.sentences.set(e.article, new Set([e.sentence]));
  found.items.set(e.article, (found.items.get(e.article) ?? 0) + 1);
}

/**
 * Evidence items as sets know them: one sentence of one article is one item, wherever it
 * stands (a caption a page repeats, 图片由江西援疆前方指挥部提供, counts once). Kept by article
 * and sentence, without joining the two into a new string per item.
 */
export class EvidenceSet {
  private readonly byArticle = new Map<string, Set<string>>();
  size = 0;

  has(e: Evidence): boolean {
    return this.byArticle.get(e.article)?.has(e.sentence) ?? false;
  }

  /** Adds `e`; false when it was there. */
  add(e: Evidence): boolean {
    let sentences = this.byArticle.get(e.article);
    if (!sentences) this.byArticle.set(e.article, (sentences = new Set()));
    if (sentences.has(e.sentence)) return false;
    sentences.add(e.sentence);
    this.size++;
    return true;
  }
}
