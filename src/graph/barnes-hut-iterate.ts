// One ForceAtlas2 iteration as graphology-layout-forceatlas2's iterate.js runs it with the settings
// our layouts use on big graphs (Barnes-Hut, strong gravity, linear attraction, no size
// adjustment), giving the same positions bit for bit, in about half the time: the quadtree in a
// reused typed array instead of a new growing array per iteration, each node's repulsion summed
// in locals (rounded to float32 as the node matrix would) instead of through the matrix, and the
// nodes walked in the tree's order, so that near nodes, whose walks visit the same regions, come
// one after another. Other settings go to the library's own iterate.
import { createRequire } from 'node:module';

import type { ForceAtlas2Settings } from './layout.ts';

const libraryIterate = createRequire(import.meta.url)('graphology-layout-forceatlas2/iterate.js') as (
  settings: ForceAtlas2Settings,
  nodes: Float32Array,
  edges: Float32Array,
) => void;

// The library's matrix layout (iterate.js): properties per node, per edge, per region.
const PPN = 10;
const PPE = 3;
const PPR = 9;
const NODE_X = 0;
const NODE_Y = 1;
const NODE_DX = 2;
const NODE_DY = 3;
const NODE_OLD_DX = 4;
const NODE_OLD_DY = 5;
const NODE_MASS = 6;
const NODE_CONVERGENCE = 7;
const NODE_FIXED = 9;
const EDGE_SOURCE = 0;
const EDGE_TARGET = 1;
const EDGE_WEIGHT = 2;
const REGION_NODE = 0;
const REGION_CENTER_X = 1;
const REGION_CENTER_Y = 2;
const REGION_SIZE = 3;
const REGION_NEXT_SIBLING = 4;
const REGION_FIRST_CHILD = 5;
const REGION_MASS = 6;
const REGION_MASS_CENTER_X = 7;
const REGION_MASS_CENTER_Y = 8;
const SUBDIVISION_ATTEMPTS = 3;

/** Whether `barnesHutIterate` runs these settings itself (otherwise it hands them to the library). */
export function isBarnesHutCase(settings: ForceAtlas2Settings): boolean {
  return (
    settings.barnesHutOptimize === true &&
    settings.strongGravityMode === true &&
    settings.adjustSizes !== true &&
    settings.linLogMode !== true &&
    settings.outboundAttractionDistribution !== true
  );
}

/** A quadtree and a walk order, kept from one iteration to the next. */
export interface BarnesHutScratch {
  regions: Float64Array;
  order: Int32Array;
  placed: Uint8Array;
}

export function barnesHutScratch(): BarnesHutScratch {
  return { regions: new Float64Array(PPR * 1024), order: new Int32Array(0), placed: new Uint8Array(0) };
}

/** One iteration on the library's matrices, as its iterate.js computes it. */
export function barnesHutIterate(settings: ForceAtlas2Settings, nodes: Float32Array, edges: Float32Array, scratch: BarnesHutScratch): void {
  if (!isBarnesHutCase(settings)) {
    libraryIterate(settings, nodes, edges);
    return;
  }
  const order = nodes.length;
  for (let n = 0; n < order; n += PPN) {
    nodes[n + NODE_OLD_DX] = nodes[n + NODE_DX]!;
    nodes[n + NODE_OLD_DY] = nodes[n + NODE_DY]!;
    nodes[n + NODE_DX] = 0;
    nodes[n + NODE_DY] = 0;
  }
  const regions = buildQuadtree(nodes, scratch);
  repulse(nodes, regions, walkOrder(nodes, regions, scratch), settings.scalingRatio as number, (settings.barnesHutTheta as number) * (settings.barnesHutTheta as number));
  attract(settings, nodes, edges);
  move(nodes, settings.slowDown as number);
}

// The library's quadtree, region for region (same subdivisions, same masses, same order).
function buildQuadtree(nodes: Float32Array, scratch: BarnesHutScratch): Float64Array {
  const order = nodes.length;
  let R = scratch.regions;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let n = 0; n < order; n += PPN) {
    minX = Math.min(minX, nodes[n + NODE_X]!);
    maxX = Math.max(maxX, nodes[n + NODE_X]!);
    minY = Math.min(minY, nodes[n + NODE_Y]!);
    maxY = Math.max(maxY, nodes[n + NODE_Y]!);
  }
  const dx = maxX - minX;
  const dy = maxY - minY;
  if (dx > dy) {
    minY -= (dx - dy) / 2;
    maxY = minY + dx;
  } else {
    minX -= (dy - dx) / 2;
    maxX = minX + dy;
  }
  R[REGION_NODE] = -1;
  R[REGION_CENTER_X] = (minX + maxX) / 2;
  R[REGION_CENTER_Y] = (minY + maxY) / 2;
  R[REGION_SIZE] = Math.max(maxX - minX, maxY - minY);
  R[REGION_NEXT_SIBLING] = -1;
  R[REGION_FIRST_CHILD] = -1;
  R[REGION_MASS] = 0;
  R[REGION_MASS_CENTER_X] = 0;
  R[REGION_MASS_CENTER_Y] = 0;

  let l = 1;
  for (let n = 0; n < order; n += PPN) {
    let r = 0;
    let attempts = SUBDIVISION_ATTEMPTS;
    const x = nodes[n + NODE_X]!;
    const y = nodes[n + NODE_Y]!;
    const mass = nodes[n + NODE_MASS]!;
    while (true) {
      if (R[r + REGION_FIRST_CHILD]! >= 0) {
        const q = quadrant(R, r, x, y);
        R[r + REGION_MASS_CENTER_X] = (R[r + REGION_MASS_CENTER_X]! * R[r + REGION_MASS]! + x * mass) / (R[r + REGION_MASS]! + mass);
        R[r + REGION_MASS_CENTER_Y] = (R[r + REGION_MASS_CENTER_Y]! * R[r + REGION_MASS]! + y * mass) / (R[r + REGION_MASS]! + mass);
        R[r + REGION_MASS]! += mass;
        r = q;
        continue;
      }
      if (R[r + REGION_NODE]! < 0) {
        R[r + REGION_NODE] = n;
        break;
      }
      // A node is there already: split the region in four and put both in their quarters.
      if ((l + 4) * PPR > R.length) {
        const grown = new Float64Array(R.length * 2);
        grown.set(R);
        R = scratch.regions = grown;
      }
      const firstChild = l * PPR;
      R[r + REGION_FIRST_CHILD] = firstChild;
      const w = R[r + REGION_SIZE]! / 2;
      for (let i = 0; i < 4; i++) {
        const g = firstChild + i * PPR;
        R[g + REGION_NODE] = -1;
        R[g + REGION_CENTER_X] = R[r + REGION_CENTER_X]! + (i < 2 ? -w : w);
        R[g + REGION_CENTER_Y] = R[r + REGION_CENTER_Y]! + (i % 2 === 0 ? -w : w);
        R[g + REGION_SIZE] = w;
        R[g + REGION_NEXT_SIBLING] = i < 3 ? g + PPR : R[r + REGION_NEXT_SIBLING]!;
        R[g + REGION_FIRST_CHILD] = -1;
        R[g + REGION_MASS] = 0;
        R[g + REGION_MASS_CENTER_X] = 0;
        R[g + REGION_MASS_CENTER_Y] = 0;
      }
      l += 4;
      const old = R[r + REGION_NODE]!;
      const q = quadrant(R, r, nodes[old + NODE_X]!, nodes[old + NODE_Y]!);
      R[r + REGION_MASS] = nodes[old + NODE_MASS]!;
      R[r + REGION_MASS_CENTER_X] = nodes[old + NODE_X]!;
      R[r + REGION_MASS_CENTER_Y] = nodes[old + NODE_Y]!;
      R[q + REGION_NODE] = old;
      R[r + REGION_NODE] = -1;
      const q2 = quadrant(R, r, x, y);
      if (q === q2) {
        // Both in one quarter: split that one, a few times at most (the library then gives up on n).
        if (attempts--) {
          r = q;
          continue;
        }
        break;
      }
      R[q2 + REGION_NODE] = n;
      break;
    }
  }
  return R;
}

/** The child of region r that (x, y) falls in: top left, bottom left, top right, bottom right. */
function quadrant(R: Float64Array, r: number, x: number, y: number): number {
  const first = R[r + REGION_FIRST_CHILD]!;
  if (x < R[r + REGION_CENTER_X]!) return y < R[r + REGION_CENTER_Y]! ? first : first + PPR;
  return y < R[r + REGION_CENTER_Y]! ? first + PPR * 2 : first + PPR * 3;
}

/** The nodes as the tree's leaves hold them, then any the tree could not place. */
function walkOrder(nodes: Float32Array, R: Float64Array, scratch: BarnesHutScratch): Int32Array {
  const count = nodes.length / PPN;
  if (scratch.order.length < count) {
    scratch.order = new Int32Array(count);
    scratch.placed = new Uint8Array(count);
  }
  const { order, placed } = scratch;
  placed.fill(0, 0, count);
  let k = 0;
  let r = 0;
  while (true) {
    if (R[r + REGION_FIRST_CHILD]! >= 0) {
      r = R[r + REGION_FIRST_CHILD]!;
      continue;
    }
    const rn = R[r + REGION_NODE]!;
    if (rn >= 0 && !placed[rn / PPN]) {
      placed[rn / PPN] = 1;
      order[k++] = rn;
    }
    r = R[r + REGION_NEXT_SIBLING]!;
    if (r < 0) break;
  }
  for (let n = 0; n < nodes.length; n += PPN) if (!placed[n / PPN]) order[k++] = n;
  return order.subarray(0, count);
}

// Linear repulsion through the quadtree, then strong gravity. The sums are kept in locals and
// rounded to float32 at each step, as `nodes[n + NODE_DX] += …` rounds them.
function repulse(nodes: Float32Array, R: Float64Array, walk: Int32Array, coefficient: number, thetaSquared: number): void {
  for (const n of walk) {
    const x = nodes[n + NODE_X]!;
    const y = nodes[n + NODE_Y]!;
    const mass = nodes[n + NODE_MASS]!;
    let dx = nodes[n + NODE_DX]!;
    let dy = nodes[n + NODE_DY]!;
    let r = 0;
    while (true) {
      if (R[r + REGION_FIRST_CHILD]! >= 0) {
        const distance = Math.pow(x - R[r + REGION_MASS_CENTER_X]!, 2) + Math.pow(y - R[r + REGION_MASS_CENTER_Y]!, 2);
        const s = R[r + REGION_SIZE]!;
        if ((4 * s * s) / distance < thetaSquared) {
          // Far enough: the region acts as one body.
          if (distance > 0) {
            const factor = (coefficient * mass * R[r + REGION_MASS]!) / distance;
            dx = Math.fround(dx + (x - R[r + REGION_MASS_CENTER_X]!) * factor);
            dy = Math.fround(dy + (y - R[r + REGION_MASS_CENTER_Y]!) * factor);
          }
          r = R[r + REGION_NEXT_SIBLING]!;
          if (r < 0) break;
        } else r = R[r + REGION_FIRST_CHILD]!;
        continue;
      }
      const rn = R[r + REGION_NODE]!;
      if (rn >= 0 && rn !== n) {
        const xDist = x - nodes[rn + NODE_X]!;
        const yDist = y - nodes[rn + NODE_Y]!;
        const distance = xDist * xDist + yDist * yDist;
        if (distance > 0) {
          const factor = (coefficient * mass * nodes[rn + NODE_MASS]!) / distance;
          dx = Math.fround(dx + xDist * factor);
          dy = Math.fround(dy + yDist * factor);
        }
      }
      r = R[r + REGION_NEXT_SIBLING]!;
      if (r < 0) break;
    }
    nodes[n + NODE_DX] = dx;
    nodes[n + NODE_DY] = dy;
  }
}

function attract(settings: ForceAtlas2Settings, nodes: Float32Array, edges: Float32Array): void {
  // Strong gravity: towards the origin, in proportion to the distance.
  const g = (settings.gravity as number) / (settings.scalingRatio as number);
  const coefficient = settings.scalingRatio as number;
  for (let n = 0; n < nodes.length; n += PPN) {
    const xDist = nodes[n + NODE_X]!;
    const yDist = nodes[n + NODE_Y]!;
    const distance = Math.sqrt(Math.pow(xDist, 2) + Math.pow(yDist, 2));
    const factor = distance > 0 ? coefficient * nodes[n + NODE_MASS]! * g : 0;
    nodes[n + NODE_DX]! -= xDist * factor;
    nodes[n + NODE_DY]! -= yDist * factor;
  }
  // Linear attraction along the edges, by their weight.
  for (let e = 0; e < edges.length; e += PPE) {
    const n1 = edges[e + EDGE_SOURCE]!;
    const n2 = edges[e + EDGE_TARGET]!;
    const factor = -1 * Math.pow(edges[e + EDGE_WEIGHT]!, settings.edgeWeightInfluence as number);
    const xDist = nodes[n1 + NODE_X]! - nodes[n2 + NODE_X]!;
    const yDist = nodes[n1 + NODE_Y]! - nodes[n2 + NODE_Y]!;
    nodes[n1 + NODE_DX]! += xDist * factor;
    nodes[n1 + NODE_DY]! += yDist * factor;
    nodes[n2 + NODE_DX]! -= xDist * factor;
    nodes[n2 + NODE_DY]! -= yDist * factor;
  }
}

// Each node moves by its force, slowed where it swings (the library's adaptive local speed).
function move(nodes: Float32Array, slowDown: number): void {
  for (let n = 0; n < nodes.length; n += PPN) {
    if (nodes[n + NODE_FIXED] === 1) continue;
    const oldDx = nodes[n + NODE_OLD_DX]!;
    const oldDy = nodes[n + NODE_OLD_DY]!;
    const dx = nodes[n + NODE_DX]!;
    const dy = nodes[n + NODE_DY]!;
    const swinging = nodes[n + NODE_MASS]! * Math.sqrt((oldDx - dx) * (oldDx - dx) + (oldDy - dy) * (oldDy - dy));
    const traction = Math.sqrt((oldDx + dx) * (oldDx + dx) + (oldDy + dy) * (oldDy + dy)) / 2;
    const speed = (nodes[n + NODE_CONVERGENCE]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
    nodes[n + NODE_CONVERGENCE] = Math.min(1, Math.sqrt((speed * (Math.pow(dx, 2) + Math.pow(dy, 2))) / (1 + Math.sqrt(swinging))));
    nodes[n + NODE_X] = nodes[n + NODE_X]! + dx * (speed / slowDown);
    nodes[n + NODE_Y] = nodes[n + NODE_Y]! + dy * (speed / slowDown);
  }
}
