// Splits a console line into words with their offsets, so errors can point at one.
// Comma lists stay one word ("supports, part_of"), and arrows are words of their own.

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /->|→|(?:(?!->)[^\s,，、→])+(?:\s*[,，、]\s*(?:(?!->)[^\s,，、→])+)*/gu;

export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  for (const match of line.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({ text: match[0].replace(/\s+/gu, ''), start, end: start + match[0].length });
  }
  return tokens;
}

/** Items of a comma list word: "supports,part_of" → ["supports", "part_of"]. */
export function listItems(token: Token): string[] {
  return token.text.split(/[,，、]/u).filter((item) => item !== '');
}
