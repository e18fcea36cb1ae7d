import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { run } from '../../src/cli/export.ts';
import { neo4jImportScript } from '../../src/export/to-neo4j.ts';
import { loadGraph } from '../../src/graph/store.ts';

describe('kg export --format neo4j', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
    // A copy of the seed graph, with the seeds as its articles so nothing is rebuilt.
    cpSync('graph/graph.json', join(dir, 'graph', 'graph.json'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes the CSV files and an executable import.sh to --out', async () => {
    const out = join(dir, 'neo4j');
    const code = await run(['--format', 'neo4j', '--out', out, '--graph', join(dir, 'graph'), '--articles', join(dir, 'no-articles')]);
    expect(code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(11 + 6 + 1);
    expect(readFileSync(join(out, 'import.sh'), 'utf8')).toBe(neo4jImportScript());
    expect(statSync(join(out, 'import.sh')).mode & 0o111).not.toBe(0);
    const graph = await loadGraph(join(dir, 'graph'));
    const rows = files.filter((f) => f.startsWith('nodes-')).reduce((n, f) => n + readFileSync(join(out, f), 'utf8').trim().split('\n').length - 1, 0);
    expect(rows).toBe(graph.order);
  });

  it('writes only the part asked for', async () => {
    const out = join(dir, 'provinces');
    await run(['--format', 'neo4j', '--out', out, '--types', 'province', '--graph', join(dir, 'graph'), '--articles', join(dir, 'no-articles')]);
    const nonEmpty = readdirSync(out).filter((f) => f.endsWith('.csv') && readFileSync(join(out, f), 'utf8').trim().includes('\n'));
    expect(nonEmpty.filter((f) => f.startsWith('nodes-'))).toEqual(['nodes-province.csv']);
  });
});
