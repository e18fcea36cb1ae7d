// A temporary collection for build tests: an article folder holding copies of seed
// articles under the given file names, and the graph folder a build writes beside it.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ArticleFolder {
  dir: string;
  articles: string;
  out: string;
  /** Copies seeds/<seed> into the article folder as `file`. */
  addSeed(seed: string, file: string): void;
}

export function articleFolder(prefix: string, seeds: Record<string, string> = {}): ArticleFolder {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  const addSeed = (seed: string, file: string) => copyFileSync(new URL(`../../seeds/${seed}`, import.meta.url), join(articles, file));
  for (const [file, seed] of Object.entries(seeds)) addSeed(seed, file);
  return { dir, articles, out: join(dir, 'graph'), addSeed };
}
