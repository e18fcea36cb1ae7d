// Which articles a graph already holds.
import type { KgGraph } from '../graph/build.ts';
import { evidenceArticlesOf } from '../graph/deferred-evidence.ts';

/** Every article the graph holds evidence or mentions from. */
export function articleIdsOf(graph: KgGraph): Set<string> {
  const ids = new Set<string>();
  graph.forEachNode((_node, attributes) => {
    for (const id of attributes.articles) ids.add(id);
  });
  graph.forEachEdge((_edge, attributes) => {
    for (const article of evidenceArticlesOf(attributes)) ids.add(article);
  });
  return ids;
}
