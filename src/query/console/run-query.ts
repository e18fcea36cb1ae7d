// Runs a console line against the graph: rows for a table, paths when there are
// some, and the nodes and edges the viewer should highlight.
import { DEFAULT_SETTINGS } from '../../config.ts';
import type { QueryLimits } from '../../config.ts';
import { InvalidInputError } from '../../errors.ts';
import type { KgGraph } from '../../graph/build.ts';
import type { GraphPath } from '../describe-path.ts';
import { runSteps } from '../cpu-budget.ts';
import type { CpuBudget, Steps } from '../cpu-budget.ts';
import { findPathsSteps } from '../find-paths.ts';
import { findNodes } from '../find-nodes.ts';
import { findNeighbors } from '../neighbors.ts';
import { resolveName } from '../resolve-name.ts';
import { findSupportedSteps, findSupportersSteps } from '../supporters.ts';
import type { SupportAnswer, SupportResult } from '../supporters.ts';
import { graphInWindow, spanInWindow } from '../time-window.ts';
import type { TimeWindow } from '../time-window.ts';
import { findTotals } from '../totals.ts';
import { pointAt } from './console-error.ts';
import { CONSOLE_HELP } from './console-help.ts';
import { formatPath } from './format-path.ts';
import { totalsRows } from './totals-rows.ts';
import { parseCommand } from './parse-command.ts';
import type { Command } from './parse-command.ts';

export type Row = Record<string, string | number | boolean>;

export interface QueryResult {
  kind: Command['kind'];
  rows: Row[];
  paths?: GraphPath[];
  highlight: { nodes: string[]; edges: string[] };
  /** More rows exist than were returned. */
  truncated: boolean;
  /** The time window the answer is limited to, when the line gave one. */
  window?: TimeWindow;
  /** Lines to show under the table (what totals add up, and why not). */
  notes?: string[];
}

/** Limits come from the settings (any part of them); the defaults fill the rest. Runs on this thread. */
export function runQuery(graph: KgGraph, line: string, given: Partial<QueryLimits> = {}): QueryResult {
  return runSteps((budget) => runQuerySteps(graph, line, given, budget), queryBudgetMs(line, given));
}

/** The time budget of a console line: a supporter search's or a path search's. */
export function queryBudgetMs(line: string, given: Partial<QueryLimits> = {}): number {
  const { pathTimeoutMs, supportTimeoutMs } = { ...DEFAULT_SETTINGS, ...given };
  // Support questions in Chinese (谁支援…, 唐山支援了哪些) too.
  return typeof line === 'string' && /^\s*(who|what)\b|谁|誰|哪些|支援|援助|帮扶/iu.test(line) ? supportTimeoutMs : pathTimeoutMs;
}

/** `runQuery` as a search that pauses, for a driver that shares the CPU (the server). */
export function* runQuerySteps(graph: KgGraph, line: string, given: Partial<QueryLimits>, budget: CpuBudget): Steps<QueryResult> {
  if (typeof line !== 'string') throw new InvalidInputError('A query must be a string');
  const limits: QueryLimits = { ...DEFAULT_SETTINGS, ...given };
  const maxLength = limits.maxQueryLength;
  if (line.length > maxLength)
    throw new InvalidInputError(`The query is ${line.length} characters long; the limit is ${maxLength}`, {
      hint: 'One command per query, e.g. who supports 阿克陶县人民医院',
    });
  if (line.trim() === '') throw new InvalidInputError('The query is empty', { hint: 'Type help to list the commands' });

  const command = parseCommand(line, limits);
  const result = yield* answerSteps(graph, line, command, limits, budget);
  return 'window' in command && command.window ? { ...result, window: command.window } : result;
}

function* answerSteps(graph: KgGraph, line: string, command: Command, limits: QueryLimits, budget: CpuBudget): Steps<QueryResult> {
  const maxRows = limits.maxRows;
  // Names resolve in the whole graph (an error points at the word); the answer comes from
  // the graph as the time window shows it.
  const name = <T>(token: { text: string; start: number; end: number }, run: (text: string) => T): T =>
    pointAt(line, token, () => run(token.text));
  const key = (token: { text: string; start: number; end: number }) => name(token, (text) => resolveName(graph, text));
  const window = 'window' in command ? command.window : undefined;
  const view = graphInWindow(graph, window);

  switch (command.kind) {
    case 'path': {
      // Names are resolved first so an unknown one is reported at its own word.
      const from = key(command.from);
      const to = key(command.to);
      const result = yield* findPathsSteps(
        view,
        { from, to, via: command.via, maxHops: command.maxHops, mode: command.mode, directed: command.directed },
        budget,
        limits,
      );
      const rows = result.paths.map((path, i) => ({
        rank: i + 1,
        hops: path.length,
        evidence: path.weight,
        path: formatPath(path),
        ...(window ? { years: yearsOf(path) } : {}),
      }));
      return { kind: 'path', rows, paths: result.paths, highlight: highlightOf(result.paths, [from, to]), truncated: result.truncated };
    }
    case 'supporters': {
      const of = key(command.of);
      const result = yield* findSupportersSteps(view, { of, ofType: command.ofType, type: command.type }, budget, limits);
      return supportResult('supporters', result, (a) => ({
        supporter: a.node,
        type: a.type,
        recipient: a.other,
        direct: a.direct,
        reach: a.reach,
        path: formatPath(a.path),
        ...(window ? { years: yearsOf(a.path) } : {}),
      }));
    }
    case 'supported': {
      const by = key(command.by);
      const result = yield* findSupportedSteps(view, { by, type: command.type }, budget, limits);
      return supportResult('supported', result, (a) => ({
        supported: a.node,
        type: a.type,
        direct: a.direct,
        reach: a.reach,
        path: formatPath(a.path),
        ...(window ? { years: yearsOf(a.path) } : {}),
      }));
    }
    case 'neighbors': {
      const of = key(command.of);
      const result = findNeighbors(view, { of, type: command.type, via: command.via, direction: command.direction });
      const shown = result.neighbors.slice(0, maxRows);
      return {
        kind: 'neighbors',
        rows: shown.map((n) => ({ neighbor: n.node, type: n.type, edge: n.edge.type, direction: n.edge.direction, evidence: n.edge.weight })),
        highlight: { nodes: [result.of, ...new Set(shown.map((n) => n.node))], edges: shown.map((n) => n.edge.key) },
        truncated: result.neighbors.length > shown.length,
      };
    }
    case 'find': {
      const within = command.within;
      const all = within
        ? name(within, (area) => findNodes(graph, { text: command.text, type: command.type, within: area }))
        : findNodes(graph, { text: command.text, type: command.type });
      // In a window: what its dates in the window show there (the window's view dates each node by what is in it).
      const found = window ? all.filter((n) => spanInWindow(seenOf(view.getNodeAttributes(n.node)), window)) : all;
      const shown = found.slice(0, maxRows);
      return {
        kind: 'find',
        rows: shown.map((n) => ({ node: n.node, type: n.type })),
        highlight: { nodes: shown.map((n) => n.node), edges: [] },
        truncated: found.length > shown.length,
      };
    }
    case 'totals': {
      const totals = findTotals(graph, { of: key(command.of), window });
      const { rows, notes } = totalsRows(totals, window);
      const shown = rows.slice(0, maxRows);
      const edges = [...new Set(totals.facts.flatMap((f) => f.edges))];
      const nodes = [...new Set([totals.of, ...totals.facts.flatMap((f) => [...f.donors, ...f.recipients])])];
      return { kind: 'totals', rows: shown, highlight: { nodes, edges }, truncated: rows.length > shown.length, notes };
    }
    case 'help':
      return { kind: 'help', rows: CONSOLE_HELP.map((h) => ({ ...h })), highlight: { nodes: [], edges: [] }, truncated: false };
  }
}

// The years the dated edges of a path were seen (2023–2025), in the window's view.
function yearsOf(path: GraphPath): string {
  let first: string | undefined;
  let last: string | undefined;
  for (const edge of path.edges) {
    if (!edge.firstSeen || !edge.lastSeen) continue;
    if (!first || edge.firstSeen < first) first = edge.firstSeen;
    if (!last || edge.lastSeen > last) last = edge.lastSeen;
  }
  if (!first || !last) return '';
  return first.slice(0, 4) === last.slice(0, 4) ? first.slice(0, 4) : `${first.slice(0, 4)}–${last.slice(0, 4)}`;
}

function seenOf(attributes: { firstSeen?: string; lastSeen?: string }) {
  return attributes.firstSeen && attributes.lastSeen ? { firstSeen: attributes.firstSeen, lastSeen: attributes.lastSeen } : undefined;
}

function supportResult(kind: 'supporters' | 'supported', result: SupportResult, toRow: (a: SupportAnswer) => Row): QueryResult {
  const paths = result.answers.map((a) => a.path);
  return { kind, rows: result.answers.map(toRow), paths, highlight: highlightOf(paths, []), truncated: result.truncated };
}

function highlightOf(paths: GraphPath[], extra: string[]): QueryResult['highlight'] {
  const nodes = new Set<string>(extra);
  const edges = new Set<string>();
  for (const path of paths) {
    for (const node of path.nodes) nodes.add(node);
    for (const edge of path.edges) edges.add(edge.key);
  }
  return { nodes: [...nodes], edges: [...edges] };
}
