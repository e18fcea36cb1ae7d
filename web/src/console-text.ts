// The console in Chinese. The API speaks English (messages, kinds, type names); the page words
// what it shows here: column headers, values, relation names in paths, help, and errors.
import { AMOUNT_KIND_LABELS } from '../../src/api/contract.ts';
import type { ErrorResponse, GraphPathBody, QueryKind, QueryResponse } from '../../src/api/contract.ts';
import { EDGE_TYPE_LABELS, NODE_TYPE_LABELS } from '../../src/graph/palette.ts';

const nodeLabels: Record<string, string> = NODE_TYPE_LABELS;
const edgeLabels: Record<string, string> = EDGE_TYPE_LABELS;

export const KIND_TITLES: Record<QueryKind, string> = {
  path: '路径',
  supporters: '支援方',
  supported: '受援对象',
  neighbors: '相邻节点',
  find: '查找结果',
  totals: '数字合计',
  help: '命令帮助',
};

const COLUMN_LABELS: Record<string, string> = {
  rank: '序号',
  hops: '跳数',
  evidence: '证据数',
  path: '路径',
  supporter: '支援方',
  recipient: '受援方',
  supported: '受援对象',
  direct: '直接',
  reach: '支援方式',
  type: '类型',
  neighbor: '相邻节点',
  edge: '关系',
  direction: '方向',
  node: '节点',
  command: '命令',
  example: '示例（点击运行）',
  says: '说明',
  role: '角色',
  relation: '关系',
  kind: '种类',
  amount: '数额（原文）',
  value: '数值',
  unit: '单位',
  approx: '约数',
  period: '时期',
  donor: '支援方',
  donors: '支援方',
  recipients: '受援方',
  years: '年份',
  articles: '文章',
};

export function columnLabel(column: string): string {
  return COLUMN_LABELS[column] ?? column;
}

const REACH_LABELS: Record<string, string> = {
  direct: '直接支援',
  county: '经所在县',
  member: '经下属单位',
  wider: '经所在地区',
};

const DIRECTION_LABELS: Record<string, string> = { out: '指出', in: '指入' };
const ROLE_LABELS: Record<string, string> = { donor: '给出', recipient: '收到' };
const amountKinds: Record<string, string> = AMOUNT_KIND_LABELS;

/** A cell's value in Chinese: types, relations, yes/no, reaches and directions; the rest as is. */
export function cellText(column: string, value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (column === 'type') return nodeLabels[value] ?? value;
  if (column === 'edge' || column === 'relation') return edgeLabels[value] ?? value;
  if (column === 'role') return ROLE_LABELS[value] ?? value;
  if (column === 'kind') return amountKinds[value] ?? value;
  if (column === 'reach') return REACH_LABELS[value] ?? value;
  if (column === 'direction') return DIRECTION_LABELS[value] ?? value;
  return value;
}

export function edgeLabel(type: string): string {
  return edgeLabels[type] ?? type;
}

export function nodeTypeLabel(type: string): string {
  return nodeLabels[type] ?? type;
}

/** "天津市 —支援→ 策勒县 ←位于— 策勒县第一小学" */
export function pathText(path: Pick<GraphPathBody, 'nodes' | 'edges'>): string {
  let text = path.nodes[0] ?? '';
  path.edges.forEach((edge, i) => {
    const label = edgeLabel(edge.type);
    text += (edge.direction === 'forward' ? ` —${label}→ ` : ` ←${label}— `) + path.nodes[i + 1];
  });
  return text;
}

// ---------------------------------------------------------------- help

// By the command's first words, so rows the server adds later still show (in English).
const HELP_SAYS: Array<[RegExp, string]> = [
  [/^path /, '两个实体之间的路径（默认给出全部最短路径，任何关系类型、任何方向；max 最多 6 跳；mode 可选 shortest、all、simple）'],
  [/^who supports TYPE in /, '某地区内某类实体的全部支援方，例如哪些省支援和田地区的哪些医院'],
  [/^who supports /, '全部支援方：直接的，或经行政区划推断的，并给出依据路径'],
  [/^what does /, '此实体支援的全部对象：直接的，或位于受援地之内的'],
  [/^neighbors /, '一条关系之内的相邻实体，可按节点类型、关系类型和方向筛选'],
  [/^find /, '按名称或类型查找实体，可限定在某地区之内'],
  [/^help$/, '列出这些命令'],
];

export function helpText(command: string, says: string): string {
  return HELP_SAYS.find(([pattern]) => pattern.test(command))?.[1] ?? says;
}

// ---------------------------------------------------------------- errors

const WHAT: Record<string, string> = {
  'a command': '命令',
  'a name': '名称',
  'the first name': '起点名称',
  'the second name': '终点名称',
  'a mode': '路径模式',
  'a path mode': '路径模式',
  'a name, or a type and "in AREA"': '名称，或类型加“in 地区”',
  'an area': '地区名称',
  'a name, part of a name, or a type': '名称、名称的一部分或类型',
  'what to find': '要查找的内容',
  'an option': '选项',
  'a node type': '节点类型',
  'edge types': '关系类型',
  'a number of hops': '跳数',
};

function what(text: string): string {
  return WHAT[text] ?? (/^"[^"]*"$/.test(text) ? `“${text.slice(1, -1)}”` : text);
}

const MESSAGES: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^"(.*)" is not a type of entity$/, (word) => `“${word}”不是实体类型`],
  [/^Expected a question after the time$/, () => '时间后面应有一个问题'],
  [/^Not a question the console knows$/, () => '控制台不认识这个问题'],
  [/^"(.*)" is not a year: expected (.*)$/, (word, expected) => `“${word}”不是年份，这里应是${what(expected)}`],
  [/^Expected "(.*)" after (.*)$/, (joint, after) => `“${after}”后面应是“${joint}”`],
  [/^"(.*)" is not a time word$/, (word) => `“${word}”不是时间词`],
  [/^No entity named "(.*)"$/, (name) => `找不到名为“${name}”的实体`],
  [/^"(.*)" names (\d+) entities$/, (name, n) => `“${name}”可指 ${n} 个实体，请写全名`],
  [/^Unexpected "(.*)" at column (\d+): expected (.*)$/, (word, column, expected) => `第 ${column} 列的“${word}”不对，这里应是${what(expected)}`],
  [/^Expected (.*) at the end$/, (expected) => `句末缺少${what(expected)}`],
  [/^Expected (.*)$/, (expected) => `这里缺少${what(expected)}`],
  [/^"(.*)" is given twice$/, (word) => `“${word}”重复了`],
  [/^Unknown edge type "(.*)"$/, (type) => `没有“${type}”这种关系类型`],
  [/^Unknown node type "(.*)"$/, (type) => `没有“${type}”这种节点类型`],
  [/^Unknown path mode "(.*)"$/, (mode) => `没有“${mode}”这种路径模式`],
  [/^max must be .*from 1 to (\d+)/, (cap) => `max 应是 1 到 ${cap} 之间的跳数`],
  [/^The query is empty$/, () => '查询是空的'],
  [/^The query is (\d+) characters long; the limit is (\d+)$/, (n, limit) => `查询有 ${n} 个字符，最多 ${limit} 个`],
  [/^find needs a name, a type or an area$/, () => 'find 需要名称、类型或地区'],
  [/^An entity name is empty$/, () => '实体名称是空的'],
  [/^Request body too large$/, () => '请求太大'],
];

const HINTS: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^Expected one of: (.*)$/, (list) => `可以是：${typed(list, { ...nodeLabels, ...edgeLabels })}`],
  [/^Edge types: (.*)$/, (list) => `关系类型：${typed(list, edgeLabels)}`],
  [/^Node types: (.*)$/, (list) => `节点类型：${typed(list, nodeLabels)}`],
  [/^Type help to list the commands$/, () => '输入 help 查看全部命令'],
  [/^Paths longer than (\d+) hops/, (cap) => `超过 ${cap} 跳的路径说明不了什么，计算代价却很高`],
  [/^One command per query, e\.g\. (.*)$/, (example) => `每次一条命令，例如 ${example}`],
  [/^e\.g\. (.*)$/, (example) => `例如 ${example}`],
  [/^Modes: (.*)$/, (list) => `路径模式：${list.split(', ').join('、')}`],
  [/^Types: (.*?) \(or .*\)$/, (list) => `类型：${list}`],
  [/^For example: (.*)$/, (example) => `例如：${example}`],
  [/^Ask like: (.*)$/, (examples) => `可以这样问：${examples}`],
  [/^Use one of: (.*)$/, (list) => `可用：${list.split(', ').join('、')}`],
];

const NOTES: Array<[RegExp, (...groups: string[]) => string]> = [
  [
    /^(\w+) (given|received) as (aid|investment) \((\d+) figures?\) — (?:(about )?(.*?): )?(.*)$/,
    (kind, given, aid, n, about, amount, note) =>
      `${amountKinds[kind] ?? kind}（${given === 'given' ? '给出' : '收到'}的${aid === 'aid' ? '援助' : '投资'}，${n} 项数字）：` +
      `${amount ? `${about ? '约 ' : ''}${amount}，` : ''}${translate(note, NOTE_REASONS)}`,
  ],
  [/^No figures stated for (.*?)(?: (since|until|in|\d{4}).*)?$/, (name) => `没有关于${name}的数字`],
];

const NOTE_REASONS: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^one figure$/, () => '仅此一项'],
  [/^not added: (.*) and (.*) may overlap \((.*)\)$/, (a, b, why) => `未相加：${a}与${b}可能重叠（${why}）`],
  [/^sum of (\d+) figures for separate recipients or periods$/, (n) => `${n} 项分属不同受援方或时期，已相加`],
];

/** The lines under a totals answer, and the time window of any answer, in Chinese. */
export function answerNotes(answer: Pick<QueryResponse, 'notes' | 'window'>): string[] {
  const lines = (answer.notes ?? []).map((note) => translate(note, NOTES));
  const w = answer.window;
  if (w && (w.since || w.until))
    lines.unshift(w.since && w.until ? (w.since === w.until ? `时间：${w.since}` : `时间：${w.since} 至 ${w.until}`) : w.since ? `时间：${w.since} 以来` : `时间：${w.until} 以前`);
  return lines;
}

function typed(list: string, labels: Record<string, string>): string {
  return list
    .split(', ')
    .map((t) => (labels[t] ? `${t}（${labels[t]}）` : t))
    .join('、');
}

export interface ConsoleError {
  message: string;
  /** Hint lines in Chinese; suggestions and candidates are given apart, to be offered as buttons. */
  hints: string[];
  /** Names to offer instead of the wrong one, and whether they are close names or candidates. */
  alternatives: { names: string[]; why: string } | null;
  at: ErrorResponse['at'] | null;
}

/**
 * The server's error in Chinese. Hint lines that only repeat the line with a caret under it are
 * dropped (the page marks the word itself), as are the English lists of suggestions and
 * candidates, which come as buttons instead. Unknown wording is kept as the server sent it.
 */
export function consoleError(error: ErrorResponse): ConsoleError {
  const message = translate(error.error, MESSAGES);
  const lines = (error.hint ?? '').split('\n');
  const hints: string[] = [];
  for (const line of lines) {
    if (line.trim() === '' || /^\s*\^+\s*$/.test(line)) continue;
    if (/^(Did you mean|Use the full name of one of)/.test(line)) continue;
    // The echoed query line comes right before the caret line.
    if (error.at && lines[lines.indexOf(line) + 1]?.trim().startsWith('^')) continue;
    hints.push(translate(line, HINTS));
  }
  let alternatives: ConsoleError['alternatives'] = null;
  if (error.suggestions?.length) alternatives = { names: error.suggestions, why: '你是不是要找：' };
  else if (error.candidates?.length) alternatives = { names: error.candidates, why: '请从中选一个：' };
  return { message, hints, alternatives, at: error.at ?? null };
}

function translate(text: string, table: Array<[RegExp, (...groups: string[]) => string]>): string {
  for (const [pattern, say] of table) {
    const match = pattern.exec(text);
    if (match) return say(...match.slice(1));
  }
  return text;
}
