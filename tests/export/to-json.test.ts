import { describe, expect, it } from 'vitest';

import { toJson } from '../../src/export/to-json.ts';
import { createGraph } from '../../src/graph/build.ts';
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
});
