import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { buildHeldoutGraph, HELDOUT_DIR, loadHeldoutGold } from './heldout-graph.ts';
import { type Score, formatScore, scoreGraph } from './score-graph.ts';

// Figures last measured (0.955, 0.797, 0.780), less 0.03: a rule that loses ground on
// articles it was not written on fails here. Raise them as extraction improves.
const THRESHOLDS = { entities: 0.925, relations: 0.767, supports: 0.75 };

describe('the held-out articles', () => {
  const files = readdirSync(HELDOUT_DIR).filter((f) => f.endsWith('.txt')).sort();

  it('are 24 articles of 600 to 1500 characters, each annotated once', async () => {
    const gold = await loadHeldoutGold();
    expect(files).toHaveLength(24);
    expect(gold.articles.map((a) => a.file)).toEqual(files);
    for (const file of files) {
      const chars = readFileSync(join(HELDOUT_DIR, file), 'utf8').replace(/\s/g, '').length;
      expect(chars, file).toBeGreaterThanOrEqual(600);
      expect(chars, file).toBeLessThanOrEqual(1500);
    }
  });
});

describe('extraction on the held-out articles', () => {
  let score: Score;
  beforeAll(async () => {
    score = scoreGraph(await buildHeldoutGraph(), await loadHeldoutGold());
    console.log(formatScore(score));
  }, 180_000);

  it(`finds entities at F1 ≥ ${THRESHOLDS.entities}`, () => {
    expect(score.entities.f1).toBeGreaterThanOrEqual(THRESHOLDS.entities);
  });

  it(`finds relations at F1 ≥ ${THRESHOLDS.relations}`, () => {
    expect(score.relations.f1).toBeGreaterThanOrEqual(THRESHOLDS.relations);
  });

  it(`finds supports relations at F1 ≥ ${THRESHOLDS.supports}`, () => {
    expect(score.supports.f1).toBeGreaterThanOrEqual(THRESHOLDS.supports);
  });
});
