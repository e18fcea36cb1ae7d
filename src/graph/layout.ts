// Positions nodes with ForceAtlas2 from seeded starting points, so a build is reproducible.
import { createRequire } from 'node:module';

import fa2Module from 'graphology-layout-forceatlas2';

import { InvalidInputError } from '../errors.ts';
import type { KgGraph } from './build.ts';

// The package is CommonJS typed with `export default`: at run time the default import is
// already the layout function, which the typings call `.default`. Its defaults are untyped.
const forceAtlas2 = fa2Module as unknown as typeof fa2Module.default;
const FA2_DEFAULTS = createRequire(import.meta.url)('graphology-layout-forceatlas2/defaults.js') as ForceAtlas2Settings;

export interface LayoutOptions {
  /** ForceAtlas2 iterations; defaults to a budget chosen by graph size (`iterationBudget`). */
  iterations?: number;
  /** Seed of the starting positions. */
  seed?: number;
}

/**
 * 500 iterations up to 1k nodes, then falling with 1/√n and capped at about 2·10⁶
 * node-iterations (66 at 30k nodes, 20 at 100k): one Barnes-Hut iteration costs
 * about n·log n, so 30k nodes / 100k edges lay out in about ten seconds.
 */
export function iterationBudget(order: number): number {
  if (order <= 1000) return 500;
  const bySqrt = 500 * Math.sqrt(1000 / order);
  const byWork = 2_000_000 / order;
  return Math.max(20, Math.round(Math.min(bySqrt, byWork)));
}

// Gephi's default Barnes-Hut accuracy; the library's 0.5 costs twice as much per iteration.
const BARNES_HUT_THETA = 1.2;

/** ForceAtlas2's settings, the library's defaults filled in, as its iterate() reads them. */
export type ForceAtlas2Settings = Record<string, number | boolean>;

export interface LayoutPlan {
  iterations: number;
  settings: ForceAtlas2Settings;
}

/** Writes x and y on every node. Same graph and seed, same positions. */
export function layoutGraph(graph: KgGraph, options: LayoutOptions = {}): void {
  const plan = prepareLayout(graph, options);
  if (plan) forceAtlas2.assign(graph, { iterations: plan.iterations, getEdgeWeight: 'weight', settings: plan.settings });
}

/**
 * Puts every node at its seeded starting point and returns what ForceAtlas2 then runs
 * (`layoutGraph` here, or a worker thread on the graph's matrices); null when it has nothing to run.
 */
export function prepareLayout(graph: KgGraph, options: LayoutOptions = {}): LayoutPlan | null {
  const seed = options.seed ?? 1;
  const iterations = options.iterations ?? iterationBudget(graph.order);
  if (!Number.isInteger(iterations) || iterations < 0)
    throw new InvalidInputError(`layout iterations must be a non-negative integer, got ${iterations}`);
  if (!Number.isFinite(seed)) throw new InvalidInputError(`layout seed must be a number, got ${seed}`);
  if (graph.order === 0) return null;

  // Starting points hash the key, so they do not depend on insertion order.
  const radius = Math.sqrt(graph.order) * 10;
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    x: (hashUnit(`${seed}|x|${node}`) - 0.5) * 2 * radius,
    y: (hashUnit(`${seed}|y|${node}`) - 0.5) * 2 * radius,
  }));
  if (iterations === 0) return null;
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(graph), barnesHutTheta: BARNES_HUT_THETA };
  return { iterations, settings };
}

/** FNV-1a over the UTF-16 code units, mapped to [0, 1). */
function hashUnit(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // One extra avalanche round: FNV's low bits are weak for near-identical keys.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return (hash >>> 0) / 0x100000000;
}
