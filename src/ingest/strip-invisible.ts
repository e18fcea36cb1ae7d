// Drop characters that print as nothing but split words for every matcher: private-use
// code points (spinners and mojibake leave them: 岁首\ue291年月), zero-width and format
// characters, soft hyphens and stray control characters.
import type { TrackedText } from './tracked-text.js';

const INVISIBLE = /[\ue000-\uf8ff\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]+/g;

export function stripInvisible(tracked: TrackedText): TrackedText {
  return tracked.replaceAll(INVISIBLE, '');
}
