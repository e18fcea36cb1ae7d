// Evidence cards: the sentence as written, its clean reading beside it when they differ (fetched
// with the article), and the relations it gives. A click opens the article at the sentence.
import { cachedArticle } from './article-cache.ts';
import { edgeLabel } from './console-text.ts';
import { h } from './dom.ts';
import { readingOf } from './evidence-cards.ts';
import type { EvidenceCard } from './evidence-cards.ts';

export function renderEvidenceCards(cards: readonly EvidenceCard[], onOpen: (card: EvidenceCard) => void, id: string): HTMLElement {
  const list = h('div', { id, className: 'evidence-list' });
  for (const card of cards) {
    const clean = h('span', { className: 'clean', hidden: true });
    list.append(
      h(
        'button',
        { type: 'button', className: 'evidence', 'data-article': card.article, onclick: () => onOpen(card) },
        h('span', { className: 'written' }, h('span', { className: 'tag' }, '原文'), card.sentence),
        clean,
        h(
          'span',
          { className: 'muted' },
          card.relations.map((r) => `${r.source} ${edgeLabel(r.kind)} ${r.target}`).join('；'),
          ` · 文章 ${card.article}`,
        ),
      ),
    );
    void addReading(card, clean);
  }
  return list;
}

async function addReading(card: EvidenceCard, into: HTMLElement): Promise<void> {
  try {
    const article = await cachedArticle(card.article);
    const reading = readingOf(article.readings, card.start, card.end);
    if (!reading || reading === card.sentence.trim()) return;
    into.append(h('span', { className: 'tag' }, '规范'), reading);
    into.hidden = false;
  } catch {
    // The card still shows the sentence as written; the article dialog says what failed.
  }
}
