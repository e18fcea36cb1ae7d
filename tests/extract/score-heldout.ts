// `npm run score:heldout`: builds the held-out articles as `kg build` does and prints the
// per-type table, then every missed and spurious entity and relation.
import { buildHeldoutGraph, loadHeldoutGold } from './heldout-graph.ts';
import { formatScore, scoreGraph } from './score-graph.ts';

const score = scoreGraph(await buildHeldoutGraph(), await loadHeldoutGold());
console.log(formatScore(score, { verbose: true }));
