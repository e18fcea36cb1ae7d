// "Who supports X" and "what does Y support", through the administrative tree.
//
// A justification, read from supporter to recipient, has the shape
//   (member ⇢ whole)* · supports+ · (whole ⇢ member)*
// where ⇢ is a located_in / part_of edge walked against its direction: a body
// supports whatever its members support (江西省 through 南昌大学第一附属医院), and
// whoever supports a place supports what lies in it (天津市 → 策勒县 → 策勒县第一小学).
// A breadth-first search over (node, phase) finds the shortest justification for
// each answer; an answer is direct when it is a single supports edge.
import type { KgGraph } from '../graph/build.ts';
import type { EdgeType, NodeType } from '../types.ts';
import { edgeStep, pathOf } from './describe-path.ts';
import type { GraphPath, PathEdge } from './describe-path.ts';
import { nodesWithin } from './nodes-within.ts';
import { checkNodeType } from './node-types.ts';
import { resolveName } from './resolve-name.ts';

export interface SupportAnswer {
  /** The supporter (for `findSupporters`) or the supported entity (for `findSupported`). */
  node: string;
  label: string;
  type: NodeType;
  /** The entity asked about at the other end (one of several with `ofType`). */
  other: string;
  direct: boolean;
  /** Oriented from supporter to recipient. */
  path: GraphPath;
}

export interface SupportersParams {
  /** The recipient; with `ofType`, the area whose entities of that type are the recipients. */
  of: string;
  ofType?: string;
  /** Keep only supporters of this type. */
  type?: string;
}

export interface SupportedParams {
  by: string;
  /** Keep only supported entities of this type. */
  type?: string;
}

type Phase = 'donor' | 'support' | 'recipient';
interface Move {
  types: ReadonlySet<EdgeType>;
  /** Walk out-edges (source → target) or in-edges. */
  out: boolean;
  next: Phase;
}

const TREE = new Set<EdgeType>(['located_in', 'part_of']);
const SUPPORTS = new Set<EdgeType>(['supports']);
// Longest justification looked for: village → … → province on each side plus a few supports hops.
const MAX_DEPTH = 12;

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

export function findSupporters(graph: KgGraph, params: SupportersParams): SupportAnswer[] {
  const of = resolveName(graph, params.of);
  const type = params.type === undefined ? undefined : checkNodeType(params.type);
  const recipients = params.ofType === undefined ? [of] : nodesWithin(graph, of, checkNodeType(params.ofType));
  const answers: SupportAnswer[] = [];
  for (const recipient of recipients) {
    const found = search(graph, recipient, 'recipient', TOWARDS_SUPPORTERS, new Set<Phase>(['support', 'donor']));
    for (const [node, steps] of found) {
      if (type !== undefined && graph.getNodeAttribute(node, 'type') !== type) continue;
      // Found walking backwards: reverse into supporter → recipient order.
      answers.push(answer(graph, node, recipient, orient(graph, [...steps].reverse(), node)));
    }
  }
  return sortAnswers(answers);
}

export function findSupported(graph: KgGraph, params: SupportedParams): SupportAnswer[] {
  const by = resolveName(graph, params.by);
  const type = params.type === undefined ? undefined : checkNodeType(params.type);
  const found = search(graph, by, 'donor', TOWARDS_RECIPIENTS, new Set<Phase>(['support', 'recipient']));
  const answers: SupportAnswer[] = [];
  for (const [node, steps] of found) {
    if (type !== undefined && graph.getNodeAttribute(node, 'type') !== type) continue;
    answers.push(answer(graph, node, by, orient(graph, steps, by)));
  }
  return sortAnswers(answers);
}

interface Step {
  edge: string;
}

/** First (so shortest) way the search reaches each node in an answering phase. */
function search(
  graph: KgGraph,
  start: string,
  startPhase: Phase,
  moves: Record<Phase, Move[]>,
  answering: ReadonlySet<Phase>,
): Map<string, Step[]> {
  const stateKey = (node: string, phase: Phase): string => `${phase}\u0000${node}`;
  const parent = new Map<string, { state: string; step: Step } | null>([[stateKey(start, startPhase), null]]);
  const found = new Map<string, Step[]>();
  let frontier: Array<{ node: string; phase: Phase }> = [{ node: start, phase: startPhase }];

  for (let depth = 0; depth < MAX_DEPTH && frontier.length; depth++) {
    const next: typeof frontier = [];
    for (const { node, phase } of frontier) {
      const here = stateKey(node, phase);
      for (const move of moves[phase]) {
        const visit = (edge: string, attributes: { type: EdgeType }, source: string, target: string): void => {
          if (!move.types.has(attributes.type)) return;
          const other = move.out ? target : source;
          // Aid to a whole province (江西省 → 新疆维吾尔自治区) says nothing about each hospital in it.
          const whole = move.out ? other : node;
          if (move.types === TREE && move.next === 'recipient' && graph.getNodeAttribute(whole, 'type') === 'province') return;
          const there = stateKey(other, move.next);
          if (parent.has(there)) return;
          parent.set(there, { state: here, step: { edge } });
          next.push({ node: other, phase: move.next });
          if (answering.has(move.next) && other !== start && !found.has(other)) found.set(other, stepsTo(parent, there));
        };
        if (move.out) graph.forEachOutEdge(node, visit);
        else graph.forEachInEdge(node, visit);
      }
    }
    frontier = next;
  }
  return found;
}

function stepsTo(parent: Map<string, { state: string; step: Step } | null>, state: string): Step[] {
  const steps: Step[] = [];
  for (let link = parent.get(state); link; link = parent.get(link.state)) steps.push(link.step);
  return steps.reverse();
}

/** Lays `steps` out as a path starting at `first`, each edge marked forward or backward. */
function orient(graph: KgGraph, steps: Step[], first: string): GraphPath {
  const nodes = [first];
  const edges: PathEdge[] = [];
  for (const step of steps) {
    const at = nodes[nodes.length - 1];
    const edge = edgeStep(graph, step.edge, at);
    edges.push(edge);
    nodes.push(edge.direction === 'forward' ? edge.target : edge.source);
  }
  return pathOf(nodes, edges);
}

function answer(graph: KgGraph, node: string, other: string, path: GraphPath): SupportAnswer {
  const attributes = graph.getNodeAttributes(node);
  const direct = path.length === 1 && path.edges[0].type === 'supports';
  return { node, label: attributes.label, type: attributes.type, other, direct, path };
}

function sortAnswers(answers: SupportAnswer[]): SupportAnswer[] {
  return answers.sort(
    (a, b) =>
      Number(b.direct) - Number(a.direct) ||
      a.path.length - b.path.length ||
      b.path.weight - a.path.weight ||
      (a.node < b.node ? -1 : a.node > b.node ? 1 : 0) ||
      (a.other < b.other ? -1 : a.other > b.other ? 1 : 0),
  );
}
