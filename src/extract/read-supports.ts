// supports: who gives aid to whom. A sentence with an aid cue gives each
// recipient-side target to the nearest donor in it, else to the article's donor;
// institutions of a donor pair with institutions of a recipient.

import { PLACE_TYPES, donorOf, sideOf } from './donors.ts';
import { PROJECT_WORDS, RESPECTIVELY, SUPPORT_CUES } from './lexicon.ts';
import type { Mention } from './mention.ts';
import { investmentPairs } from './read-investments.ts';
import { actingDonor, isLocator, isPersonModifier, nearestDonors, unique, type SentenceContext } from './sentence-context.ts';
import type { NodeType } from '../types.ts';

const STRONG_AID = /援疆|援建|对口支援|对口援助|对口帮扶|帮扶|援助|支援|包建|受援|结对/u;
const SUPPORT_CUE = new RegExp(SUPPORT_CUES.join('|'), 'u');
const PROJECT = new RegExp(PROJECT_WORDS.join('|'), 'u');
const AID_TARGET_TYPES: NodeType[] = ['hospital', 'school', 'facility', 'village'];

export function readSupports({ text, body, mentions: ms, articleDonor, add }: SentenceContext): void {

  const hasCue = SUPPORT_CUE.test(body);
  const strongCue = STRONG_AID.test(body);
  const donorMentions = ms.filter((m) => actingDonor(text, m, ms) && (m.donor || hasCue));
  const explicitDonors = unique(donorMentions.map((m) => actingDonor(text, m, ms)!));
  // Without a donor in the sentence, an aid sentence (or one about building a project) is the article donor's.
  const fallback = hasCue && articleDonor && (strongCue || PROJECT.test(body)) ? [articleDonor] : [];
  const invested = new Set(ms.some((m) => m.type === 'company') ? investmentPairs(ms, text).map(([, t]) => t) : []);
  // Two lists paired item by item (A、B与C、D分别结对; X1、X2负责支援的是Y1、Y2): each target has its own donor.
  const paired = strongCue ? pairedLists(text, ms) : [];
  for (const [donor, target] of paired) add(donor.name === target.name ? '' : donorOf(donor) ?? donor.name, 'supports', target.name);
  const pairedTargets = new Set(paired.map(([, t]) => t));
  const targets = ms.filter(
    (m, i) =>
      sideOf(m) === 'recipient' && m.type !== 'agency' && m.type !== 'program' && !isLocator(m, ms[i + 1]) && !invested.has(m) && !(PLACE_TYPES.includes(m.type) && isPersonModifier(text, m)) && !pairedTargets.has(m),
  );
  if (paired.length > 0) return;
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
  // Schools and hospitals are, whatever the sentence; villages and sites when it speaks of aid or projects.
  if (articleDonor && explicitDonors.every((d) => d === articleDonor)) {
    const aidSentence = hasCue || PROJECT.test(body);
    for (const t of targets) if (AID_TARGET_TYPES.includes(t.type) && (aidSentence || t.type === 'school' || t.type === 'hospital')) add(articleDonor, 'supports', t.name);
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


/**
 * Lists of donors and recipients of one length in an aid sentence, paired item by
 * item when the sentence says so (分别) or gives each list its own clause.
 */
function pairedLists(text: string, ms: Mention[]): Array<[Mention, Mention]> {
  const lists = listsOf(text, ms);
  const donors = lists.filter((l) => l.every((m) => sideOf(m) === 'donor'));
  const recipients = lists.filter((l) => l.every((m) => sideOf(m) === 'recipient'));
  for (const d of donors) {
    for (const r of recipients) {
      if (d.length !== r.length || d.length < 2 || d[0]!.type !== d[d.length - 1]!.type || r[0]!.type !== r[r.length - 1]!.type) continue;
      const from = Math.min(d[0]!.start, r[0]!.start);
      const to = Math.max(d[d.length - 1]!.end, r[r.length - 1]!.end);
      const between = text.slice(Math.min(d[d.length - 1]!.end, r[r.length - 1]!.end), Math.max(d[0]!.start, r[0]!.start));
      const said = RESPECTIVELY.some((w) => text.slice(from - 10, to + 20).includes(w)) || /[，,；;]|的是|与|和/u.test(between);
      if (said) return d.map((donor, i) => [donor, r[i]!]);
    }
  }
  return [];
}

/** Runs of two or more mentions joined by 、和及与 (an alternative name in brackets stays with its item). */
function listsOf(text: string, ms: Mention[]): Mention[][] {
  const lists: Mention[][] = [];
  let current: Mention[] = [];
  for (const m of ms) {
    const last = current[current.length - 1];
    const between = last ? text.slice(last.end, m.start) : '';
    if (last && m.name === last.name && /^[（(]$/u.test(between)) continue;
    if (last && (/^[、和及与]$/u.test(between) || /^[)）][、和及与]$/u.test(between)) && m.type === last.type) current.push(m);
    else {
      if (current.length >= 2) lists.push(current);
      current = [m];
    }
  }
  if (current.length >= 2) lists.push(current);
  return lists;
}
