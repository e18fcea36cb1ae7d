// The one normal form that names, aliases and typed queries are compared in.
import { Converter } from 'opencc-js/t2cn';

let converter: ((text: string) => string) | undefined;

/** NFKC (full-width letters), Traditional → Simplified, lower case, no whitespace. */
export function normaliseQuery(text: string): string {
  // Built on first use: the converter loads its dictionaries.
  const toSimplified = (converter ??= Converter({ from: 'tw', to: 'cn' }));
  return toSimplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/gu, '');
}

const CJK = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return CJK.test(text);
}
