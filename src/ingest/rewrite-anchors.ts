// The known words that a reversed synonym must complete for the rewrite repair to accept
// it: places of the gazetteer, the extraction lexicon's suffixes and cue words, the
// agency table's names, and the genre words of src/gazetteer/rewrite-anchors.txt and
// rewrite-phrases.txt.
// nameAnchors() leaves out the places, cue words and the phrases of rewrite-phrases.txt:
// the thesaurus's synonyms may complete only these names and terms.
// Read through the extractor's exported lists so that each list is kept in one place.
import { readFileSync } from 'node:fs';

import { getGazetteer, readAgencyAbbreviations } from '../extract/gazetteer.js';
import {
  DONOR_MARKERS,
  INSTITUTION_SUFFIXES,
  INVEST_CUES,
  PARTNER_CUES,
  PROGRAMME_HEADS,
  SUPPORT_CUES,
} from '../extract/lexicon.js';

const ANCHOR_FILE = new URL('../gazetteer/rewrite-anchors.txt', import.meta.url);
const PHRASE_FILE = new URL('../gazetteer/rewrite-phrases.txt', import.meta.url);
const HAN = /[\u3400-\u9fff]/;

function readWordFile(file: URL): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

let anchors: string[] | undefined;
let names: string[] | undefined;

/** Every known word of two or more characters, each once. */
export function rewriteAnchors(): readonly string[] {
  if (anchors) return anchors;
  const words = new Set<string>([...nameAnchors(), ...readWordFile(PHRASE_FILE)]);
  for (const list of [DONOR_MARKERS, SUPPORT_CUES, INVEST_CUES, PARTNER_CUES, PROGRAMME_HEADS]) for (const w of list) words.add(w);
  for (const d of getGazetteer().all()) {
    words.add(d.name);
    for (const alias of d.aliases) if (!d.ambiguous?.includes(alias)) words.add(alias);
  }
  anchors = [...words].filter((w) => w.length >= 2 && HAN.test(w));
  return anchors;
}

/**
 * The known names and terms of the genre, without places, phrases or cue words: what a
 * thesaurus synonym may complete. Rewriting tools leave place names alone (安定区 is no
 * spun 长安区), and a phrase or cue has natural synonym variants (开展义诊 beside 进行义诊).
 */
export function nameAnchors(): readonly string[] {
  if (names) return names;
  const words = new Set<string>(readWordFile(ANCHOR_FILE));
  for (const { suffix } of INSTITUTION_SUFFIXES) words.add(suffix);
  for (const { short, full } of readAgencyAbbreviations()) {
    // 中共{X}委员会 gives 中共 and 委员会: the place in between is the gazetteer's.
    for (const w of [short, full]) for (const piece of w.split('{X}')) words.add(piece);
  }
  names = [...words].filter((w) => w.length >= 2 && HAN.test(w));
  return names;
}
