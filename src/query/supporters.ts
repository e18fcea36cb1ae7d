// "Who supports X" and "what does Y support", through the administrative tree.
//
// A justification, read from supporter to recipient, has the shape
//   (member ⇢ whole)* · supports+ · (whole ⇢ member)*
// where ⇢ is a located_in / part_of edge walked against its direction: a body
// supports whatever its members support (江西省 through 南昌大学第一附属医院), and
// whoever supports a place supports what lies in it (天津市 → 策勒县 → 策勒县第一小学).
// A breadth-first search over (node, phase) finds the shortest justification for
// each answer; an answer is direct when it is a single supports edge.
//
// In 对口援疆 a prefecture is shared out among donors county by county, so aid that lands
// on a prefecture reaches a county (and what lies in it) only when no other donor supports
// that county directly: 江苏省 → 克孜勒苏柯尔克孜自治州 does not reach 阿克陶县, which 江西省
// supports. A donor's own members and bodies count as that donor (唐山市 for 河北省).
// Answers rank by reach (SUPPORT_REACHES): direct, through the recipient's own county (or
// another unit below prefecture level), through a member of the supporter, then wider.
import { DEFAULT_SETTINGS } from '../config.ts';
import type { QueryLimits } from '../config.ts';
import { InvalidInputError } from '../errors.ts';
import type { KgGraph } from '../graph/build.ts';
import { SUPPORT_REACHES } from '../types.ts';
import type { EdgeType, NodeType, SupportReach } from '../types.ts';
import { runSteps } from './cpu-budget.ts';
import type { CpuBudget, Steps } from './cpu-budget.ts';
import { edgeStep, pathOf } from './describe-path.ts';
import type { GraphPath, PathEdge } from './describe-path.ts';
import { nodesWithin } from './nodes-within.ts';
import { checkNodeType } from './node-types.ts';
import { resolveName } from './resolve-name.ts';
import { AREA_TREE, traversalViewSteps } from './traversal-view.ts';
import type { TraversalView } from './traversal-view.ts';

export interface SupportAnswer {
  /** The supporter (for `findSupporters`) or the supported entity (for `findSupported`). */
  node: string;
  label: string;
  type: NodeType;
  /** The entity asked about at the other end (one of several with `ofType`). */
  other: string;
  direct: boolean;
  /** Where the aid lands: on the recipient (`direct`, `member`), below prefecture level, or wider. */
  reach: SupportReach;
  /** Oriented from supporter to recipient. */
  path: GraphPath;
}

export interface SupportersParams {
  /** The recipient; with `ofType`, the area whose entities of that type are the recipients. */
  of: string;
  ofType?: string;
  /** Keep only supporters of this type. */
  type?: string;
  /** Answers returned at most; default `maxRows`. */
  limit?: number;
  /** Time budget of the search; default `supportTimeoutMs`. */
  timeoutMs?: number;
}

export interface SupportedParams {
  by: string;
  /** Keep only supported entities of this type. */
  type?: string;
  /** Answers returned at most; default `maxRows`. */
  limit?: number;
  /** Time budget of the search; default `supportTimeoutMs`. */
  timeoutMs?: number;
}

export type SupportLimits = Pick<QueryLimits, 'maxRows' | 'supportTimeoutMs' | 'maxSupportDepth' | 'pathEvidence'>;

export interface SupportResult {
  answers: SupportAnswer[];
  /** More answers may exist than were returned (cap or time budget). */
  truncated: boolean;
}

type Phase = 'donor' | 'support' | 'recipient';
interface Move {
  types: ReadonlySet<EdgeType>;
  /** Walk out-edges (source → target) or in-edges. */
  out: boolean;
  next: Phase;
}

const TREE = new Set<EdgeType>(AREA_TREE.edgeTypes);
const SUPPORTS = new Set<EdgeType>(['supports']);

// Searching back from the recipient: climb its tree, cross supports edges backwards,
// then climb from each supporter to the bodies it belongs to.
const TOWARDS_SUPPORTERS: Record<Phase, Move[]> = {
  recipient: [
    { types: TREE, out: true, next: 'recipient' },
    { types: SUPPORTS, out: false, next: 'support' },
  ],
  support: [
    { types: SUPPORTS, out: false, next: 'support' },
    { types: TREE, out: true, next: 'donor' },
  ],
  donor: [{ types: TREE, out: true, next: 'donor' }],
};

// Searching forward from the supporter: descend to its members, cross supports edges,
// then descend into what lies in each recipient.
const TOWARDS_RECIPIENTS: Record<Phase, Move[]> = {
  donor: [
    { types: TREE, out: false, next: 'donor' },
    { types: SUPPORTS, out: true, next: 'support' },
  ],
  support: [
    { types: SUPPORTS, out: true, next: 'support' },
    { types: TREE, out: false, next: 'recipient' },
  ],
  recipient: [{ types: TREE, out: false, next: 'recipient' }],
};

/** Supporters within a time budget of `params.timeoutMs` (default `supportTimeoutMs`), on this thread. */
export function findSupporters(graph: KgGraph, params: SupportersParams, limits: Partial<SupportLimits> = {}): SupportResult {
  return runSteps((budget) => findSupportersSteps(graph, params, budget, limits), timeoutOf(params, limits));
}

/** What `by` supports within a time budget of `params.timeoutMs` (default `supportTimeoutMs`), on this thread. */
export function findSupported(graph: KgGraph, params: SupportedParams, limits: Partial<SupportLimits> = {}): SupportResult {
  return runSteps((budget) => findSupportedSteps(graph, params, budget, limits), timeoutOf(params, limits));
}

/** `findSupporters` as a search that pauses, for a driver that shares the CPU (the server). */
export function* findSupportersSteps(
  graph: KgGraph,
  params: SupportersParams,
  budget: CpuBudget,
  limits: Partial<SupportLimits> = {},
): Steps<SupportResult> {
  const of = resolveName(graph, params.of);
  const type = params.type === undefined ? undefined : checkNodeType(params.type);
  const bounds = boundsOf(params, limits, budget);
  const tree = yield* traversalViewSteps(graph, AREA_TREE);
  const recipients = params.ofType === undefined ? [of] : nodesWithin(graph, of, checkNodeType(params.ofType));
  const found: Array<{ visit: Visit; other: string }> = [];
  let truncated = false;
  for (const [i, recipient] of recipients.entries()) {
    const spreads = spreadCheck(graph, tree, recipient);
    const result = yield* search(graph, recipient, 'recipient', TOWARDS_SUPPORTERS, new Set<Phase>(['support', 'donor']), type, bounds, {
      accepts: (visit) => spreads(visit.node, visit.landing),
      rank: (visit) => reachRank(graph, visit, recipient),
    });
    for (const visit of result.found) found.push({ visit, other: recipient });
    truncated ||= result.truncated;
    // A pause per recipient, so many small searches still notice the budget.
    yield;
    if (i + 1 < recipients.length && budget.exhausted) {
      truncated = true;
      break;
    }
  }
  // Found walking backwards: reverse into supporter → recipient order.
  return answersOf(graph, found, bounds.limit, truncated, true, (steps, node) => orient(graph, [...steps].reverse(), node, bounds.evidence));
}

/** `findSupported` as a search that pauses, for a driver that shares the CPU (the server). */
export function* findSupportedSteps(
  graph: KgGraph,
  params: SupportedParams,
  budget: CpuBudget,
  limits: Partial<SupportLimits> = {},
): Steps<SupportResult> {
  const by = resolveName(graph, params.by);
  const type = params.type === undefined ? undefined : checkNodeType(params.type);
  const bounds = boundsOf(params, limits, budget);
  const tree = yield* traversalViewSteps(graph, AREA_TREE);
  const result = yield* search(graph, by, 'donor', TOWARDS_RECIPIENTS, new Set<Phase>(['support', 'recipient']), type, bounds, {
    accepts: (visit) => spreadCheck(graph, tree, visit.node)(by, visit.landing),
    rank: (visit) => reachRank(graph, visit, visit.node),
  });
  const found = result.found.map((visit) => ({ visit, other: by }));
  return answersOf(graph, found, bounds.limit, result.truncated, false, (steps) => orient(graph, steps, by, bounds.evidence));
}

interface Bounds {
  limit: number;
  /** The search stops once this is exhausted. */
  budget: CpuBudget;
  /** Longest justification looked for, in hops. */
  maxDepth: number;
  /** Evidence sentences shown per edge of a chain. */
  evidence: number;
}

function boundsOf(params: { limit?: number }, given: Partial<SupportLimits>, budget: CpuBudget): Bounds {
  const limits = { ...DEFAULT_SETTINGS, ...given };
  const limit = params.limit ?? limits.maxRows;
  if (!Number.isInteger(limit) || limit < 1) throw new InvalidInputError('limit must be a positive integer');
  return { limit, budget, maxDepth: limits.maxSupportDepth, evidence: limits.pathEvidence };
}

function timeoutOf(params: { timeoutMs?: number }, given: Partial<SupportLimits>): number {
  const timeoutMs = params.timeoutMs ?? given.supportTimeoutMs ?? DEFAULT_SETTINGS.supportTimeoutMs;
  if (!(timeoutMs > 0)) throw new InvalidInputError('timeoutMs must be a positive number of milliseconds');
  return timeoutMs;
}

/** A state of the search: a node reached in a phase, with the edge it was reached by. */
interface Visit {
  node: string;
  phase: Phase;
  parent: Visit | null;
  edge: string | null;
  depth: number;
  /** Evidence weight of the justification so far, to rank answers before building paths. */
  weight: number;
  /** The node on the recipient's side that the supports edge reaches; null before it is crossed. */
  landing: string | null;
}

// Pausing costs more than a step; pause every so many states expanded.
const STATES_PER_PAUSE = 1024;

/**
 * First (so shortest) way the search reaches each node in an answering phase. Runs level
 * by level and stops after the level where more than `limit` answers are known: every
 * shorter justification is then found, so ranking them picks the right first `limit`.
 */
function* search(
  graph: KgGraph,
  start: string,
  startPhase: Phase,
  moves: Record<Phase, Move[]>,
  answering: ReadonlySet<Phase>,
  type: NodeType | undefined,
  bounds: Bounds,
  judge: {
    /** Whether an answering visit is support that really reaches the recipient. */
    accepts(visit: Visit): boolean;
    /** Of two equally short justifications of one answer, the lower rank is kept. */
    rank(visit: Visit): number;
  },
): Steps<{ found: Visit[]; truncated: boolean }> {
  const seen: Record<Phase, Set<string>> = { donor: new Set(), support: new Set(), recipient: new Set() };
  seen[startPhase].add(start);
  // Index in `found` of each answer.
  const answered = new Map<string, number>();
  const found: Visit[] = [];
  let frontier: Visit[] = [{ node: start, phase: startPhase, parent: null, edge: null, depth: 0, weight: 0, landing: null }];
  // Walking towards supporters the landing is the node a supports edge is crossed from;
  // walking towards recipients it is the last node a supports edge reaches.
  const towardsSupporters = startPhase === 'recipient';
  let steps = 0;
  let outOfTime = false;
  // Views hold only one move's edge types, so a hub's thousands of other edges are never read.
  // One not built yet is built a batch per step (half a second on the 36k-node graph).
  const views = new Map<ReadonlySet<EdgeType>, TraversalView>();

  for (let depth = 0; depth < bounds.maxDepth && frontier.length && !outOfTime; depth++) {
    if (found.length > bounds.limit) return { found, truncated: true };
    const next: Visit[] = [];
    for (const here of frontier) {
      if (++steps % STATES_PER_PAUSE === 0) {
        yield;
        if (bounds.budget.exhausted) {
          outOfTime = true;
          break;
        }
      }
      for (const move of moves[here.phase]) {
        // Aid to a whole province (江西省 → 新疆维吾尔自治区) says nothing about each hospital in it.
        const intoRecipient = move.types === TREE && move.next === 'recipient';
        if (intoRecipient && !move.out && isProvince(graph, here.node)) continue;
        const phaseSeen = seen[move.next];
        const answers = answering.has(move.next);
        const step = (other: string): void => {
          if (phaseSeen.has(other)) return;
          if (intoRecipient && move.out && isProvince(graph, other)) return;
          const edge = move.out ? edgeOfType(graph, here.node, other, move.types) : edgeOfType(graph, other, here.node, move.types);
          if (!edge) return;
          const crossing = move.types === SUPPORTS;
          const landing = crossing ? (towardsSupporters ? (here.landing ?? here.node) : other) : here.landing;
          const reached: Visit = { node: other, phase: move.next, parent: here, edge: edge.key, depth: here.depth + 1, weight: here.weight + edge.weight, landing };
          // Support that does not reach the recipient is no way through either; another route may be.
          if (answers && other !== start && !judge.accepts(reached)) return;
          phaseSeen.add(other);
          next.push(reached);
          if (!answers || other === start) return;
          const earlier = answered.get(other);
          if (earlier !== undefined) {
            // 河北省 reaches 且末县 through 唐山市 (a member) and through 巴州 (wider) alike: keep the nearer.
            const held = found[earlier];
            if (held.depth === reached.depth && judge.rank(reached) < judge.rank(held)) found[earlier] = reached;
            return;
          }
          if (type !== undefined && graph.getNodeAttribute(other, 'type') !== type) return;
          answered.set(other, found.length);
          found.push(reached);
        };
        let view = views.get(move.types);
        if (!view) views.set(move.types, (view = yield* traversalViewSteps(graph, { edgeTypes: [...move.types], directed: true })));
        if (move.out) view.forEachOutNeighbor(here.node, step);
        else view.forEachInNeighbor(here.node, step);
      }
    }
    frontier = next;
  }
  return { found, truncated: outOfTime || found.length > bounds.limit };
}

function isProvince(graph: KgGraph, node: string): boolean {
  return graph.getNodeAttribute(node, 'type') === 'province';
}

/** The first edge from `source` to `target` of one of `types`. */
function edgeOfType(graph: KgGraph, source: string, target: string, types: ReadonlySet<EdgeType>): { key: string; weight: number } | null {
  const key = graph.findOutEdge(source, target, (_edge, attributes) => types.has(attributes.type));
  return key === undefined ? null : { key, weight: graph.getEdgeAttribute(key, 'weight') };
}

/** Ranks what the searches found and builds paths for the first `limit` only. */
function answersOf(
  graph: KgGraph,
  found: Array<{ visit: Visit; other: string }>,
  limit: number,
  truncated: boolean,
  towardsSupporters: boolean,
  layOut: (steps: string[], node: string) => GraphPath,
): SupportResult {
  const reachOf = (visit: Visit, other: string): SupportReach =>
    reach(graph, visit, towardsSupporters ? other : visit.node);
  const rank = new Map(found.map(({ visit, other }) => [visit, reachRank(graph, visit, towardsSupporters ? other : visit.node)]));
  // Nearest reach first, then shorter, better evidenced, by name.
  found.sort(
    (a, b) =>
      rank.get(a.visit)! - rank.get(b.visit)! ||
      a.visit.depth - b.visit.depth ||
      b.visit.weight - a.visit.weight ||
      compareText(a.visit.node, b.visit.node) ||
      compareText(a.other, b.other),
  );
  const answers = found
    .slice(0, limit)
    .map(({ visit, other }) => answer(graph, visit.node, other, reachOf(visit, other), layOut(edgesTo(visit), visit.node)));
  return { answers, truncated: truncated || found.length > limit };
}

/** Where the support behind `visit` lands, seen from `recipient`. */
function reach(graph: KgGraph, visit: Visit, recipient: string): SupportReach {
  // Only a supports edge leaves a start in an answering phase, so one hop is direct support.
  if (visit.depth === 1) return 'direct';
  if (visit.landing === null || visit.landing === recipient) return 'member';
  return isWide(graph, visit.landing) ? 'wider' : 'county';
}

function reachRank(graph: KgGraph, visit: Visit, recipient: string): number {
  return SUPPORT_REACHES.indexOf(reach(graph, visit, recipient));
}

/** Prefectures and provinces: units shared out among several donors. */
function isWide(graph: KgGraph, node: string): boolean {
  const type = graph.getNodeAttribute(node, 'type');
  return type === 'prefecture' || type === 'province';
}

/**
 * For one recipient: whether support landing on `landing` reaches it from `supporter`. Support
 * landing on a prefecture reaches the recipient only when the counties it lies in have no
 * direct donor, or when the supporter is one of those donors, a body they belong to, or a member.
 */
function spreadCheck(graph: KgGraph, tree: TraversalView, recipient: string): (supporter: string, landing: string | null) => boolean {
  let donors: { all: Set<string>; above: Set<string> } | null = null;
  return (supporter, landing) => {
    if (landing === null || landing === recipient || !isWide(graph, landing)) return true;
    if (!donors) {
      // Each donor with every body it belongs to, found once per recipient.
      const all = new Set(countyDonors(graph, tree, recipient));
      const above = new Set<string>();
      for (const donor of all) for (const body of lineage(tree, donor)) above.add(body);
      donors = { all, above };
    }
    if (donors.all.size === 0 || donors.above.has(supporter)) return true;
    for (const body of lineage(tree, supporter)) if (donors.all.has(body)) return true;
    return false;
  };
}

/** Direct supporters of the county-level units `node` is or lies in. */
function countyDonors(graph: KgGraph, tree: TraversalView, node: string): string[] {
  const donors = new Set<string>();
  for (const unit of lineage(tree, node)) {
    if (graph.getNodeAttribute(unit, 'type') !== 'county') continue;
    graph.forEachInEdge(unit, (_edge, attributes, source) => {
      if (attributes.type === 'supports') donors.add(source);
    });
  }
  return [...donors];
}

/**
 * `node` and every unit or body above it through located_in and part_of edges, read in their
 * view (AREA_TREE): on the graph itself a donor province's walk read its thousands of edges.
 */
function lineage(tree: TraversalView, node: string): Set<string> {
  // By hand: graphology-traversal's bfsFromNode allocates a queue the size of the graph per
  // call, and a search asks for hundreds of lineages a few nodes long (40x slower).
  const seen = new Set([node]);
  const queue = [node];
  while (queue.length) {
    tree.forEachOutNeighbor(queue.shift()!, (target) => {
      if (seen.has(target)) return;
      seen.add(target);
      queue.push(target);
    });
  }
  return seen;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function edgesTo(visit: Visit): string[] {
  const edges: string[] = [];
  for (let v: Visit | null = visit; v?.edge; v = v.parent) edges.push(v.edge);
  return edges.reverse();
}

/** Lays `steps` out as a path starting at `first`, each edge marked forward or backward. */
function orient(graph: KgGraph, steps: string[], first: string, maxEvidence: number): GraphPath {
  const nodes = [first];
  const edges: PathEdge[] = [];
  for (const step of steps) {
    const at = nodes[nodes.length - 1];
    const edge = edgeStep(graph, step, at, maxEvidence);
    edges.push(edge);
    nodes.push(edge.direction === 'forward' ? edge.target : edge.source);
  }
  return pathOf(nodes, edges);
}

function answer(graph: KgGraph, node: string, other: string, reach: SupportReach, path: GraphPath): SupportAnswer {
  const attributes = graph.getNodeAttributes(node);
  const direct = path.length === 1 && path.edges[0].type === 'supports';
  return { node, label: attributes.label, type: attributes.type, other, direct, reach, path };
}
