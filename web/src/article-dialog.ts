// Shows an article with the evidence sentence marked. Article text goes in as text nodes only.
import { getArticle } from './api.ts';
import { highlightSentence } from './article-text.ts';
import { append, byId, clear, h } from './dom.ts';
import type { EvidenceItem } from './node-details.ts';

export async function showArticle(evidence: EvidenceItem): Promise<void> {
  const dialog = byId<HTMLDialogElement>('article');
  const title = byId('article-title');
  const meta = byId('article-meta');
  const body = byId('article-text');
  title.textContent = `文章 ${evidence.article}`;
  meta.textContent = '加载中…';
  clear(body);
  if (!dialog.open) dialog.showModal();

  try {
    const article = await getArticle(evidence.article);
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
