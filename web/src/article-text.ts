// Splits an article around an evidence sentence so the page can mark it (rendered with textContent).

export interface HighlightedText {
  before: string;
  match: string;
  after: string;
}

/**
 * Evidence offsets index the article as written, and the stored sentence may be normalised
 * (Simplified, glosses removed), so valid offsets win; without them the sentence is looked up
 * verbatim; if it is nowhere, nothing is marked.
 */
export function highlightSentence(text: string, sentence: string, start: number, end: number): HighlightedText {
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)
    return { before: text.slice(0, start), match: text.slice(start, end), after: text.slice(end) };
  const found = sentence ? text.indexOf(sentence) : -1;
  if (found >= 0) return { before: text.slice(0, found), match: sentence, after: text.slice(found + sentence.length) };
  return { before: text, match: '', after: '' };
}
