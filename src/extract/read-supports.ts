// supports: who gives aid to whom. A sentence with an aid cue gives each
// recipient-side target to the nearest donor in it, else to the article's donor;
// institutions of a donor pair with institutions of a recipient.

import { sideOf } from './donors.ts';
import { SUPPORT_CUES } from './lexicon.ts';
import { investmentPairs } from './read-investments.ts';
import { actingDonor, isLocator, nearestDonors, unique, type SentenceContext } from './sentence-context.ts';
import type { NodeType } from '../types.ts';

const STRONG_AID = /援疆|援建|对口支援|对口援助|对口帮扶|帮扶|援助|支援|包建|受援|结对/u;
const SUPPORT_CUE = new RegExp(SUPPORT_CUES.join('|'), 'u');
const AID_TARGET_TYPES: NodeType[] = ['hospital', 'school', 'facility', 'village'];

export function readSupports({ text, body, mentions: ms, articleDonor, add }: SentenceContext): void {

  const hasCue = SUPPORT_CUE.test(body);
  const strongCue = STRONG_AID.test(body);
  const donorMentions = ms.filter((m) => actingDonor(text, m) && (m.donor || hasCue));
  const explicitDonors = unique(donorMentions.map((m) => actingDonor(text, m)!));
  const fallback = hasCue && articleDonor && strongCue ? [articleDonor] : [];
  const invested = new Set(ms.some((m) => m.type === 'company') ? investmentPairs(ms, text).map(([, t]) => t) : []);
  const targets = ms.filter((m, i) => sideOf(m) === 'recipient' && m.type !== 'agency' && m.type !== 'program' && !isLocator(m, ms[i + 1]) && !invested.has(m));
  if (hasCue) {
    for (const t of targets) {
      const donors = donorMentions.length > 0 ? nearestDonors(text, donorMentions, t) : fallback;
      for (const donor of donors) {
        if (t.type === 'company' && !/援建|帮扶|援助/u.test(body)) continue;
        if (t.type === 'province' && !/对口支援|援助/u.test(text.slice(Math.max(0, t.start - 8), t.start))) continue;
        add(donor, 'supports', t.name);
      }
    }
  }
  // In an article about one donor, its institutions and works in Xinjiang are its aid.
  if (articleDonor && explicitDonors.every((d) => d === articleDonor)) {
    for (const t of targets) if (AID_TARGET_TYPES.includes(t.type)) add(articleDonor, 'supports', t.name);
  }
  // Institution-to-institution aid: 南昌大学第一附属医院 … 对口帮扶 … 阿克陶县人民医院.
  if (strongCue) {
    for (const source of ms) {
      if ((source.type !== 'hospital' && source.type !== 'school') || sideOf(source) !== 'donor') continue;
      for (const t of targets) {
        if (t.type === source.type && t.start > source.start) add(source.name, 'supports', t.name);
      }
    }
  }
}

