// `kg build [ARTICLES_DIR] [--out GRAPH_DIR]`: runs the build, with progress bars and a summary.
import { DEFAULT_SETTINGS } from '../config.ts';
import { KgError } from '../errors.ts';
import { GRAPH_FILE } from '../graph/store.ts';
import { GRAPH_EXPORTS } from '../pipeline/graph-folder.ts';
import { runBuild } from '../pipeline/run-build.ts';
import type { BuildStage, BuildSummary } from '../pipeline/run-build.ts';
import { parseArgs } from './args.ts';
import { progressBar } from './progress-bar.ts';
import type { ProgressBar } from './progress-bar.ts';

export async function run(args: string[]): Promise<number> {
  const { positionals, options } = parseArgs(args, ['out']);
  const articlesDir = positionals[0] ?? DEFAULT_SETTINGS.articlesDir;
  const outDir = String(options.get('out') ?? DEFAULT_SETTINGS.graphDir);
  const bars = new Map<BuildStage, ProgressBar>();
  let reading = true;
  const onProgress = (stage: BuildStage, done: number, total: number) => {
    // The first batches are extracted while the files are read: one bar at a time on the line.
    if (stage === 'reading' && done === total) reading = false;
    else if (stage === 'extracting' && reading) return;
    let bar = bars.get(stage);
    if (!bar) bars.set(stage, (bar = progressBar(stage)));
    bar.update(done, total);
    if (done === total) bar.done();
  };
  try {
    const { summary } = await runBuild({ articlesDir, outDir, onProgress });
    console.log(formatSummary(summary, outDir));
    return summary.articles > 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof KgError) throw error;
    throw new KgError('INVALID_INPUT', `build failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function formatSummary(s: BuildSummary, outDir: string): string {
  const table = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  const lines = [
    `articles read: ${s.articles}, skipped: ${s.skipped.length}`,
    ...s.skipped.map((x) => `  skipped ${x.file}: ${x.reason}`),
    ...s.renamed.map((x) => `  ${x.file} has the id ${x.id}: ${x.note}`),
    `nodes: ${s.nodes} (${table(s.nodesByType)})`,
    `edges: ${s.edges} (${table(s.edgesByType)})`,
    `time: ${s.seconds.total.toFixed(2)} s (read ${s.seconds.read.toFixed(2)}, extract ${s.seconds.extract.toFixed(2)}, graph ${s.seconds.graph.toFixed(2)}, layout ${s.seconds.layout.toFixed(2)}, save ${s.seconds.save.toFixed(2)})`,
    `wrote ${[GRAPH_FILE, ...GRAPH_EXPORTS.map((e) => e.file)].map((file) => `${outDir}/${file}`).join(', ')} and ${outDir}/articles/`,
  ];
  return lines.join('\n');
}
