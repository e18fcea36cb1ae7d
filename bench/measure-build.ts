// The whole build (read → extract → graph → layout → save) in a child process, so its
// peak RSS is the build's own.
import { iterationBudget } from '../src/graph/layout.ts';
import { runBuild } from '../src/pipeline/run-build.ts';
import type { BuildSummary } from '../src/pipeline/run-build.ts';

export interface BuildResult {
  articles: number;
  nodes: number;
  edges: number;
  seconds: BuildSummary['seconds'];
  layoutIterations: number;
  skipped: number;
}

export async function measureBuild(options: { corpusDir: string; outDir: string }): Promise<BuildResult> {
  const { summary } = await runBuild({ articlesDir: options.corpusDir, outDir: options.outDir });
  return {
    articles: summary.articles,
    nodes: summary.nodes,
    edges: summary.edges,
    seconds: summary.seconds,
    layoutIterations: iterationBudget(summary.nodes),
    skipped: summary.skipped.length,
  };
}
