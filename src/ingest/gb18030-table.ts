// Two-byte GB18030 (GBK) codes both ways. Node has no GBK encoder, so the tables are
// read once from TextDecoder: every lead/trail pair decoded in a single call.

export interface Gb18030Table {
  /** decode[lead << 8 | trail]: the character code, or 0 when the pair is not a character. */
  decode: Uint16Array;
  /** encode[charCode]: lead << 8 | trail, or 0 when the character has no two-byte code. */
  encode: Uint16Array;
}

export function isLeadByte(b: number): boolean {
  return b >= 0x81 && b <= 0xfe;
}

export function isTrailByte(b: number): boolean {
  return b >= 0x40 && b <= 0xfe && b !== 0x7f;
}

function buildTable(): Gb18030Table {
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (isTrailByte(trail)) pairs.push(lead << 8 | trail);
  }
  // A newline after each pair keeps an unmapped pair from shifting the ones after it.
  const bytes = new Uint8Array(pairs.length * 3);
  pairs.forEach((code, i) => {
    bytes[i * 3] = code >> 8;
    bytes[i * 3 + 1] = code & 0xff;
    bytes[i * 3 + 2] = 0x0a;
  });
  const chars = new TextDecoder('gb18030').decode(bytes).split('\n');
  const decode = new Uint16Array(0x10000);
  const encode = new Uint16Array(0x10000);
  pairs.forEach((code, i) => {
    const ch = chars[i] ?? '';
    if (ch.length !== 1 || ch === '\ufffd') return;
    const c = ch.charCodeAt(0);
    decode[code] = c;
    // Keep the first code of a character that two codes decode to.
    if (encode[c] === 0) encode[c] = code;
  });
  return { decode, encode };
}

let table: Gb18030Table | undefined;

/** Built on first use (about 24,000 pairs, a few milliseconds). */
export function gb18030Table(): Gb18030Table {
  table ??= buildTable();
  return table;
}
