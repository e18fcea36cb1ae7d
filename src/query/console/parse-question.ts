// Questions in Chinese, read into the same commands as the English console language:
//   谁支援阿克陶县人民医院          → who supports 阿克陶县人民医院
//   哪些省支援和田地区的医院        → who supports hospitals in 和田地区 type province
//   唐山支援了哪些 / 唐山支援了哪些学校 → what does 唐山 support [type school]
//   天津到策勒县第一小学的路径      → path 天津 -> 策勒县第一小学
//   和田地区的医院 / 和田地区有哪些医院 → find hospital in 和田地区
//   天津投入了多少 / 天津的援助金额  → totals 天津
//   江西省的邻居                    → neighbors 江西省
// with a time anywhere in it (2020年以来谁支援和田地区, 天津2019年至2023年支援了哪些).
// Names keep their offsets in the line, so errors point at the word that is wrong.
import type { NodeType } from '../../types.ts';
import { nodeTypeOf } from '../node-types.ts';
import type { TimeWindow } from '../time-window.ts';
import { errorAt } from './console-error.ts';
import type { Command } from './parse-command.ts';
import { chineseWindow } from './parse-window.ts';
import type { Token } from './tokenize.ts';

const AID = '(?:对口支援|對口支援|支援|援助|帮扶|幫扶|援建|支持|对口援助)';
const ASK = '(?:哪些|哪个|哪個|什么|什麼|谁|誰|哪里|哪裡|哪儿)';
const TAIL = '[？?。！!\\s]*$';
const PATH_WORDS = '(?:之间|之間)?的?(?:路径|路徑|路线|路線|关系|關係|联系|聯繫|连接|連接)(?:是什么|有哪些)?';

interface Form {
  regex: RegExp;
  read: (m: RegExpExecArray, at: (group: number) => Token | undefined, line: string) => Command;
}

// Group indices come from the `d` flag, so each name is a token with its place in the line.
const FORMS: Form[] = [
  {
    // 谁支援X, 哪些省支援了X, 谁在对口支援X
    regex: new RegExp(`^\\s*(?:谁|誰|哪些|哪个|哪個)([\\p{Script=Han}]{0,3}?)\\s*(?:在|曾|有)?\\s*${AID}(?:了|过|過)?\\s*(\\S*?)${TAIL}`, 'du'),
    read: (_m, at, line) => supporters(line, at(2), at(1)),
  },
  {
    // X由谁支援, X被哪些省援助, X的支援方(是谁)
    regex: new RegExp(`^\\s*(\\S+?)\\s*(?:(?:由|被|受)(?:谁|誰|哪些|哪个)([\\p{Script=Han}]{0,3}?)${AID}|的(?:支援方|援助方|帮扶方|对口支援方)(?:是谁|有哪些|是哪些)?)${TAIL}`, 'du'),
    read: (_m, at, line) => supporters(line, at(1), at(2)),
  },
  {
    // (从)A到B的路径, A和B之间的关系 (A is not empty, so 和田地区到天津 splits at 到, not at 和)
    regex: new RegExp(`^\\s*(?:从|從)?\\s*(\\S+?)\\s*(?:到|至|和|与|與|跟)\\s*(\\S*?)\\s*${PATH_WORDS}${TAIL}`, 'du'),
    read: (_m, at, line) => ({ kind: 'path', from: named(line, at(1), 'the first name'), to: named(line, at(2), 'the second name') }),
  },
  {
    // 到B的路径: the first name is missing.
    regex: new RegExp(`^\\s*(?:从|從)?\\s*()(?:到|至)\\s*(\\S*?)\\s*${PATH_WORDS}${TAIL}`, 'du'),
    read: (_m, at, line) => ({ kind: 'path', from: named(line, at(1), 'the first name'), to: named(line, at(2), 'the second name') }),
  },
  {
    // X支援了哪些(学校), X援助了什么, X支援的医院(有哪些)
    regex: new RegExp(`^\\s*(\\S+?)\\s*${AID}(?:了|过|過)?(?:${ASK}|的)([\\p{Script=Han}]{0,4}?)(?:有哪些|是哪些)?${TAIL}`, 'du'),
    read: (_m, at, line) => {
      const command: Command = { kind: 'supported', by: named(line, at(1), 'a name') };
      const type = typeWord(line, at(2));
      if (type) command.type = type;
      return command;
    },
  },
  {
    // X投入了多少, X援助了多少资金, X的援助金额, X的援疆数字
    regex: new RegExp(`^\\s*(\\S+?)\\s*(?:(?:投入|投资|投資|${AID}|援疆)(?:了|过|過)?多少[\\p{Script=Han}]{0,3}|的(?:援助|援疆|投入)?(?:金额|金額|资金|資金|数字|數字|总计|總計|统计|統計))${TAIL}`, 'du'),
    read: (_m, at, line) => ({ kind: 'totals', of: named(line, at(1), 'a name') }),
  },
  {
    // X的邻居, 与X相连的
    regex: new RegExp(`^\\s*(?:(\\S+?)\\s*的(?:邻居|鄰居|关联|關聯|相关实体)|(?:与|與|和)(\\S+?)(?:相连|相連|相关|相關)的?(?:实体)?)${TAIL}`, 'du'),
    read: (_m, at, line) => ({ kind: 'neighbors', of: named(line, at(1) ?? at(2), 'a name') }),
  },
  {
    // 和田地区的医院, 和田地区有哪些医院, 和田地区内的学校
    regex: new RegExp(`^\\s*(\\S+?)\\s*(?:的|内的|內的|里的|裡的|境内的|有哪些|有什么|有什麼)\\s*([\\p{Script=Han}\\w]+?)(?:有哪些|有什么|有什麼)?${TAIL}`, 'du'),
    read: (_m, at, line) => {
      const area = named(line, at(1), 'an area');
      const word = at(2)!;
      const type = nodeTypeOf(word.text);
      if (!type) throw errorAt(line, word, `"${word.text}" is not a type of entity`, { hint: TYPE_HINT });
      return { kind: 'find', type, within: area };
    },
  },
];

const TYPE_HINT = 'Types: 省 地区 县 乡镇 村 医院 学校 企业 项目 机构 设施 (or province, county, hospital…)';

export const QUESTION_EXAMPLES = ['谁支援阿克陶县人民医院', '唐山支援了哪些', '天津到策勒县第一小学的路径', '和田地区的医院', '2020年以来谁支援和田地区', '天津投入了多少'];

/** Whether a line is a Chinese question rather than an English command. */
export function isQuestion(line: string): boolean {
  return /^\s*[\p{Script=Han}“"「]/u.test(line) || (/^\s*\d{4}/u.test(line) && /\p{Script=Han}/u.test(line));
}

export function parseQuestion(line: string): Command {
  // The time phrase is blanked out (same length), so names keep their offsets.
  const time = chineseWindow(line);
  let masked = time ? line.slice(0, time.start) + ' '.repeat(time.end - time.start) + line.slice(time.end) : line;
  // Brackets the time stood in: 谁支援和田地区（2020年以来）.
  masked = masked.replace(/[（(]\s*[）)]/gu, (m) => ' '.repeat(m.length));
  if (masked.trim() === '') throw errorAt(line, undefined, 'Expected a question after the time', { hint: `For example: ${QUESTION_EXAMPLES[4]}` });
  for (const form of FORMS) {
    const m = form.regex.exec(masked);
    if (!m) continue;
    const at = (group: number): Token | undefined => {
      const span = m.indices?.[group];
      const text = m[group];
      return span && text !== undefined ? { text, start: span[0], end: span[1] } : undefined;
    };
    const command = form.read(m, at, line);
    return time ? withWindow(command, time.window) : command;
  }
  throw errorAt(line, { text: masked.trim(), start: masked.search(/\S/u), end: masked.trimEnd().length }, 'Not a question the console knows', {
    hint: `Ask like: ${QUESTION_EXAMPLES.join(' · ')}`,
  });
}

function supporters(line: string, nameToken: Token | undefined, typeToken: Token | undefined): Command {
  const name = named(line, nameToken, 'a name after 支援');
  const type = typeWord(line, typeToken);
  // 谁支援和田地区的医院: the hospitals in 和田地区.
  const within = /^(.+?)(?:的|内的|里的)([\p{Script=Han}]+)$/u.exec(name.text);
  const ofType = within ? nodeTypeOf(within[2]!) : undefined;
  const command: Command =
    within && ofType ? { kind: 'supporters', of: { text: within[1]!, start: name.start, end: name.start + within[1]!.length }, ofType } : { kind: 'supporters', of: name };
  if (type) command.type = type;
  return command;
}

function named(line: string, token: Token | undefined, what: string): Token {
  if (!token || token.text.trim() === '') throw errorAt(line, token && { ...token, end: token.start }, `Expected ${what}`);
  return token;
}

/** 哪些省 → province; 哪些 or 哪些地方 → no filter; an unknown word is an error. */
function typeWord(line: string, token: Token | undefined): NodeType | undefined {
  if (!token || token.text === '' || /^(?:地方|单位|單位|人|东西|東西|地区们)$/u.test(token.text)) return undefined;
  const type = nodeTypeOf(token.text.replace(/^(?:的|些|个|個)/u, ''));
  if (!type) throw errorAt(line, token, `"${token.text}" is not a type of entity`, { hint: TYPE_HINT });
  return type;
}

function withWindow(command: Command, window: TimeWindow): Command {
  return command.kind === 'help' ? command : { ...command, window };
}
