import { describe, expect, it } from 'vitest';

import { toJson } from '../../src/export/to-json.ts';
import { createGraph } from '../../src/graph/build.ts';
import { graphMetrics } from '../../src/graph/metrics.ts';
import { fixtureGraph } from './graphs.ts';

describe('toJson', () => {
  it('is graphology’s export, which imports back into an equal graph', () => {
    const graph = fixtureGraph();
    const data = JSON.parse(JSON.stringify(toJson(graph)));
    expect(data.options).toMatchObject({ type: 'directed', multi: true });
    const back = createGraph();
    back.import(data);
    expect(back.export()).toEqual(graph.export());
  });

  it('adds the node metrics to the attributes when given them, and only then', () => {
    const graph = fixtureGraph();
    const metrics = graphMetrics(graph).nodes;
    const data = toJson(graph, { metrics });
    for (const node of data.nodes) expect(node.attributes).toEqual({ ...graph.getNodeAttributes(node.key), ...metrics.get(node.key) });
    expect(graph.getNodeAttributes('江西省')).not.toHaveProperty('pagerank');
  });
});
