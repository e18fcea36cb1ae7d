// partners_with: a two-way pairing (结对, 共建) between two named parties.

import { PLACE_TYPES, sideOf } from './donors.ts';
import { PARTNER_CUES } from './lexicon.ts';
import type { SentenceContext } from './sentence-context.ts';

export function readPartners({ text, mentions: ms, add }: SentenceContext): void {

  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    let b = ms[i + 1]!;
    if (!/^[与和、同]$/u.test(text.slice(a.end, b.start))) continue;
    // 广东省佛山市: the pair is with the end of a place chain.
    for (let j = i + 2; j < ms.length && ms[j]!.start === b.end && PLACE_TYPES.includes(b.type); j++) b = ms[j]!;
    const after = text.slice(b.end, b.end + 12);
    if (PARTNER_CUES.some((cue) => after.includes(cue)) && a.type !== 'program' && b.type !== 'program') {
      if (sideOf(a) !== sideOf(b) || a.type === b.type) add(a.name, 'partners_with', b.name);
    }
  }
}

