// One scan of an article as it arrives that tells the first clean-up steps whether they have
// work: most articles are clean Simplified text, where mojibake repair, invisible characters,
// glosses and script detection would each scan the whole text to find nothing.
import { hasChar } from './char-set.js';
import { mojibakeSuspects } from './repair-mojibake.js';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY, scriptTable } from './script-table.js';
import { INVISIBLE_STARTS } from './strip-invisible.js';
import { GLOSS_OPENERS, mayOpenGloss } from './strip-pinyin-glosses.js';

const SUSPECT = 1;
const INVISIBLE = 2;
const OPENER = 4;
const TRADITIONAL = 8;
const SIMPLIFIED = 16;
const RARE = SUSPECT | INVISIBLE | OPENER;

let kinds: Uint8Array | undefined;

/** kinds[code]: the flags above that a character has; most Chinese characters have none. */
function kindTable(): Uint8Array {
  if (kinds) return kinds;
  const suspects = mojibakeSuspects();
  const script = scriptTable();
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    let k = 0;
    if (hasChar(suspects, c)) k |= SUSPECT;
    if (hasChar(INVISIBLE_STARTS, c)) k |= INVISIBLE;
    if (hasChar(GLOSS_OPENERS, c)) k |= OPENER;
    if (script[c] === TRADITIONAL_ONLY) k |= TRADITIONAL;
    else if (script[c] === SIMPLIFIED_ONLY) k |= SIMPLIFIED;
    table[c] = k;
  }
  kinds = table;
  return table;
}

export interface Survey {
  /** The text surveyed: what follows holds for it alone. */
  text: string;
  /** suspectPositions(text), for repairMojibake. */
  suspects: Int32Array;
  /** Some character that stripInvisible removes may stand in it. */
  invisible: boolean;
  /** Some bracket may open a gloss that stripPinyinGlosses removes (mayOpenGloss). */
  gloss: boolean;
  /** detectScript's counts: Traditional-only and Simplified-only characters. */
  traditional: number;
  simplified: number;
}

// Suspect positions are gathered here, then copied out at their count.
let positions = new Int32Array(1024);

export function survey(text: string): Survey {
  const table = kindTable();
  let suspects = 0;
  let flags = 0;
  let gloss = false;
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const k = table[text.charCodeAt(i)]!;
    // Counted without a branch: one character in four is of one script only, at random.
    traditional += (k >>> 3) & 1;
    simplified += (k >>> 4) & 1;
    if ((k & RARE) === 0) continue;
    flags |= k;
    if ((k & SUSPECT) !== 0) {
      if (suspects === positions.length) {
        const larger = new Int32Array(2 * positions.length);
        larger.set(positions);
        positions = larger;
      }
      positions[suspects++] = i;
    }
    if ((k & OPENER) !== 0 && !gloss) gloss = mayOpenGloss(text, i);
  }
  return { text, suspects: positions.slice(0, suspects), invisible: (flags & INVISIBLE) !== 0, gloss, traditional, simplified };
}
