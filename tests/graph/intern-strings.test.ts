import { describe, expect, it } from 'vitest';

import { internStrings } from '../../src/graph/intern-strings.ts';
import { loadGraph } from '../../src/graph/store.ts';

describe('internStrings', () => {
  it('leaves the graph equal to what was loaded', async () => {
    const graph = await loadGraph('graph');
    const before = JSON.stringify(graph.export());
    internStrings(graph);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
