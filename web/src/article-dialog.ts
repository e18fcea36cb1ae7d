// Shows an article with the evidence sentence marked, or the evidence cards of a relation.
// Article text goes in as text nodes only.
import { cachedArticle } from './article-cache.ts';
import { highlightSentence } from './article-text.ts';
import { append, byId, clear, h } from './dom.ts';
import type { EvidenceCard } from './evidence-cards.ts';
import { renderEvidenceCards } from './evidence-view.ts';

function open(titleText: string): { title: HTMLElement; meta: HTMLElement; body: HTMLElement } {
  const dialog = byId<HTMLDialogElement>('article');
  const title = byId('article-title');
  const meta = byId('article-meta');
  const body = byId('article-text');
  title.textContent = titleText;
  meta.textContent = '加载中…';
  clear(body);
  if (!dialog.open) dialog.showModal();
  body.scrollTop = 0;
  return { title, meta, body };
}

export async function showArticle(evidence: Pick<EvidenceCard, 'article' | 'sentence' | 'start' | 'end'>): Promise<void> {
  const { title, meta, body } = open(`文章 ${evidence.article}`);
  body.classList.add('article');
  try {
    const article = await cachedArticle(evidence.article);
    if (article.title) title.textContent = article.title;
    meta.textContent = [article.id, article.date, article.source].filter(Boolean).join(' · ');
    const { before, match, after } = highlightSentence(article.text, evidence.sentence, evidence.start, evidence.end);
    const mark = h('mark', { id: 'article-highlight' }, match);
    append(body, before, match ? mark : null, after);
    if (match) mark.scrollIntoView({ block: 'center' });
  } catch (error) {
    meta.textContent = `无法加载文章：${error instanceof Error ? error.message : String(error)}`;
    body.append(h('p', {}, '证据句：'), h('mark', {}, evidence.sentence));
  }
}

/** The evidence of one relation (a path's edge): its cards, each opening its article. */
export function showEvidence(titleText: string, cards: EvidenceCard[]): void {
  const { meta, body } = open(titleText);
  body.classList.remove('article');
  meta.textContent = cards.length ? `${cards.length} 条证据句` : '无文本证据（来自行政区划表）';
  body.append(renderEvidenceCards(cards, (card) => void showArticle(card), 'dialog-evidence'));
}
