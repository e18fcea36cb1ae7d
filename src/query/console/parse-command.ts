// The console language: one command per line, keywords in English, names as typed.
// Grammar (see CONSOLE_HELP):
//   path A -> B [via T1,T2] [max N] [mode shortest|all|simple] [directed]
//   who supports (NAME | TYPE in AREA) [type T]
//   what does NAME support [type T]
//   neighbors NAME [type T] [via T1,T2] [in|out]
//   find (TEXT | TYPE) [in AREA] [type T]
//   totals NAME
//   help
// Every command but help takes a time window: since Y, until Y, in Y, between Y1 and Y2.
// A line in Chinese is a question (谁支援阿克陶县人民医院), read by parse-question.ts.
import { DEFAULT_SETTINGS } from '../../config.ts';
import type { QueryLimits } from '../../config.ts';
import type { EdgeType, NodeType } from '../../types.ts';
import { EDGE_TYPES, NODE_TYPES } from '../../types.ts';
import { checkHops } from '../check-hops.ts';
import { PATH_MODES } from '../find-paths.ts';
import type { PathMode } from '../find-paths.ts';
import { nodeTypeOf } from '../node-types.ts';
import { checkWindow } from '../time-window.ts';
import type { TimeWindow } from '../time-window.ts';
import { errorAt, pointAt } from './console-error.ts';
import { isQuestion, parseQuestion } from './parse-question.ts';
import { WINDOW_WORDS, windowOption } from './parse-window.ts';
import { listItems, tokenize } from './tokenize.ts';
import type { Token } from './tokenize.ts';

export type Command =
  | {
      kind: 'path';
      from: Token;
      to: Token;
      via?: EdgeType[];
      maxHops?: number;
      mode?: PathMode;
      directed?: boolean;
      window?: TimeWindow;
    }
  | { kind: 'supporters'; of: Token; ofType?: NodeType; type?: NodeType; window?: TimeWindow }
  | { kind: 'supported'; by: Token; type?: NodeType; window?: TimeWindow }
  | { kind: 'neighbors'; of: Token; type?: NodeType; via?: EdgeType[]; direction?: 'in' | 'out'; window?: TimeWindow }
  | { kind: 'find'; text?: string; type?: NodeType; within?: Token; window?: TimeWindow }
  | { kind: 'totals'; of: Token; window?: TimeWindow }
  | { kind: 'help' };

export const COMMANDS = ['path', 'who supports', 'what does … support', 'neighbors', 'find', 'totals', 'help'];

const MODE_WORDS: Record<string, PathMode> = { shortest: 'shortest', all: 'all-shortest', 'all-shortest': 'all-shortest', simple: 'simple' };

export function parseCommand(line: string, limits: Partial<Pick<QueryLimits, 'maxHops'>> = {}): Command {
  if (isQuestion(line)) return parseQuestion(line);
  const tokens = tokenize(line);
  const cursor = new Cursor(line, tokens, limits.maxHops ?? DEFAULT_SETTINGS.maxHops);
  const first = cursor.next('a command', COMMANDS);
  switch (first.text.toLowerCase()) {
    case 'path':
      return parsePath(cursor);
    case 'who':
      cursor.keyword('supports');
      return parseSupporters(cursor);
    case 'what': {
      cursor.keyword('does');
      const by = cursor.next('a name');
      const verb = cursor.next('"support"', ['support']);
      if (!['support', 'supports'].includes(verb.text.toLowerCase())) throw cursor.unexpected(verb, '"support"', ['support']);
      const command: Command = { kind: 'supported', by };
      cursor.options({ type: () => (command.type = cursor.nodeType()), ...cursor.windowOptions(command) });
      return command;
    }
    case 'neighbors':
    case 'neighbours':
    case 'neighbor':
    case 'neighbour': {
      const command: Command = { kind: 'neighbors', of: cursor.next('a name') };
      cursor.options({
        type: () => (command.type = cursor.nodeType()),
        via: () => (command.via = cursor.edgeTypes()),
        // `in` is a direction here; `in 2023` a year.
        ...cursor.windowOptions(command),
        in: () => (cursor.peekYear() ? cursor.windowOptions(command).in!() : (command.direction = 'in')),
        out: () => (command.direction = 'out'),
      });
      return command;
    }
    case 'find':
      return parseFind(cursor);
    case 'totals': {
      const command: Command = { kind: 'totals', of: cursor.next('a name') };
      cursor.options(cursor.windowOptions(command));
      return command;
    }
    case 'help':
    case '?':
      return { kind: 'help' };
    default:
      throw cursor.unexpected(first, 'a command', COMMANDS);
  }
}

function parsePath(cursor: Cursor): Command {
  const from = cursor.next('the first name');
  cursor.keyword('->');
  const to = cursor.next('the second name');
  const command: Command = { kind: 'path', from, to };
  cursor.options({
    via: () => (command.via = cursor.edgeTypes()),
    max: () => (command.maxHops = cursor.hops()),
    mode: () => {
      const word = cursor.next('a mode', Object.keys(MODE_WORDS));
      const mode = MODE_WORDS[word.text.toLowerCase()];
      if (!mode) throw cursor.unexpected(word, 'a path mode', [...Object.keys(MODE_WORDS), ...PATH_MODES.filter((m) => !(m in MODE_WORDS))]);
      command.mode = mode;
    },
    directed: () => (command.directed = true),
    undirected: () => (command.directed = false),
    ...cursor.windowOptions(command),
  });
  return command;
}

function parseSupporters(cursor: Cursor): Command {
  const target = cursor.next('a name, or a type and "in AREA"');
  const ofType = nodeTypeOf(target.text);
  let command: Command;
  if (ofType && cursor.peekIs('in')) {
    cursor.keyword('in');
    command = { kind: 'supporters', of: cursor.next('an area'), ofType };
  } else {
    command = { kind: 'supporters', of: target };
  }
  cursor.options({ type: () => (command.type = cursor.nodeType()), ...cursor.windowOptions(command) });
  return command;
}

function parseFind(cursor: Cursor): Command {
  const command: Command & { kind: 'find' } = { kind: 'find' };
  if (!cursor.peekIs('in') && !cursor.peekIs('type')) {
    const what = cursor.next('a name, part of a name, or a type');
    const type = nodeTypeOf(what.text);
    if (type) command.type = type;
    else command.text = what.text;
  }
  cursor.options({
    ...cursor.windowOptions(command),
    // `in 2023` is a year, `in 和田地区` an area.
    in: () => (cursor.peekYear() ? cursor.windowOptions(command).in!() : (command.within = cursor.next('an area'))),
    type: () => (command.type = cursor.nodeType()),
  });
  if (!command.text && !command.type && !command.within) throw cursor.unexpected(undefined, 'what to find');
  return command;
}

class Cursor {
  private at = 0;

  constructor(
    private readonly line: string,
    private readonly tokens: Token[],
    private readonly maxHops: number,
  ) {}

  next(what: string, expected?: string[]): Token {
    const token = this.tokens[this.at];
    if (!token) throw this.unexpected(undefined, what, expected);
    this.at++;
    return token;
  }

  peekIs(word: string): boolean {
    return this.tokens[this.at]?.text.toLowerCase() === word;
  }

  peekYear(): boolean {
    return /^\d{4}(?:-\d{2}){0,2}年?$/u.test(this.tokens[this.at]?.text ?? '');
  }

  /** Handlers for since / after / until / before / in / between / from, each setting `command.window`. */
  windowOptions(command: { window?: TimeWindow }): Record<string, () => void> {
    const handlers: Record<string, () => void> = {};
    for (const word of WINDOW_WORDS) {
      handlers[word] = () => {
        const keyword = this.tokens[this.at - 1]!;
        const window = { ...command.window, ...windowOption(this.line, keyword, (what) => this.next(what)) };
        pointAt(this.line, keyword, () => checkWindow(window));
        command.window = window;
      };
    }
    return handlers;
  }

  keyword(word: string): void {
    const token = this.next(`"${word}"`, [word]);
    const ok = token.text.toLowerCase() === word || (word === '->' && token.text === '→');
    if (!ok) throw this.unexpected(token, `"${word}"`, [word]);
  }

  /** Reads trailing options until the end of the line; each keyword at most once. */
  options(handlers: Record<string, () => void>): void {
    const seen = new Set<string>();
    while (this.at < this.tokens.length) {
      const token = this.next('an option');
      const keyword = token.text.toLowerCase();
      const handler = handlers[keyword];
      if (!handler) throw this.unexpected(token, 'an option', Object.keys(handlers));
      if (seen.has(keyword)) throw errorAt(this.line, token, `"${token.text}" is given twice`);
      seen.add(keyword);
      handler();
    }
  }

  nodeType(): NodeType {
    const token = this.next('a node type', [...NODE_TYPES]);
    const type = nodeTypeOf(token.text);
    if (!type) throw this.unexpected(token, 'a node type', [...NODE_TYPES]);
    return type;
  }

  edgeTypes(): EdgeType[] {
    const token = this.next('edge types', [...EDGE_TYPES]);
    const types: EdgeType[] = [];
    for (const item of listItems(token)) {
      const type = EDGE_TYPES.find((t) => t === item.toLowerCase());
      if (!type) throw errorAt(this.line, token, `Unknown edge type "${item}"`, { hint: `Edge types: ${EDGE_TYPES.join(', ')}` });
      types.push(type);
    }
    return types;
  }

  hops(): number {
    const token = this.next('a number of hops');
    return pointAt(this.line, token, () => checkHops(/^\d{1,3}$/.test(token.text) ? Number(token.text) : NaN, this.maxHops));
  }

  unexpected(token: Token | undefined, what: string, expected?: string[]) {
    const message = token ? `Unexpected "${token.text}" at column ${token.start + 1}: expected ${what}` : `Expected ${what} at the end`;
    return errorAt(this.line, token, message, { hint: expected?.length ? `Expected one of: ${expected.join(', ')}` : undefined });
  }
}
