// The held-out check's material: articles of 对口援疆 news that no extraction rule was written
// on, their gold annotations, and the graph file the product builds from them.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { SerializedGraph } from 'graphology-types';

import { GRAPH_FILE } from '../../src/graph/store.ts';
import { runBuild } from '../../src/pipeline/run-build.ts';
import { type Gold, parseGold } from './score-graph.ts';

export const HELDOUT_DIR = fileURLToPath(new URL('./fixtures/heldout/', import.meta.url));

export async function loadHeldoutGold(): Promise<Gold> {
  return parseGold(JSON.parse(await readFile(join(HELDOUT_DIR, 'gold.json'), 'utf8')));
}

/** Runs the build `kg build` runs into a scratch folder and reads back its graph.json. */
export async function buildHeldoutGraph(): Promise<SerializedGraph> {
  const outDir = await mkdtemp(join(tmpdir(), 'kg-heldout-'));
  try {
    await runBuild({ articlesDir: HELDOUT_DIR, outDir });
    return JSON.parse(await readFile(join(outDir, GRAPH_FILE), 'utf8')) as SerializedGraph;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
