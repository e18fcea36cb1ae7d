import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';

import { run as cliExport } from '../../src/cli/export.ts';
import { EXPORT_WRITERS, exportGraph } from '../../src/export/export-graph.ts';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, exportFileName, exportFormat } from '../../src/export/export-formats.ts';
import { saveGraph } from '../../src/graph/store.ts';
import { createApp } from '../../src/server/create-app.ts';
import { fixtureGraph } from './graphs.ts';

describe('EXPORT_FORMATS', () => {
  it('names each format once, with a media type and an extension, and each has a writer', () => {
    expect(EXPORT_FORMAT_NAMES).toEqual(['gexf', 'graphml', 'json', 'csv', 'neo4j']);
    expect(new Set(EXPORT_FORMATS.map((f) => f.extension)).size).toBe(EXPORT_FORMATS.length);
    for (const format of EXPORT_FORMATS) expect(format.mediaType).toMatch(/^[a-z]+\/[a-z+.-]+; charset=utf-8$/);
    expect(Object.keys(EXPORT_WRITERS).sort()).toEqual([...EXPORT_FORMAT_NAMES].sort());
  });
});

describe('exportFormat', () => {
  it('finds a format by name, and lists the names when there is none', () => {
    expect(exportFormat('csv').extension).toBe('csv');
    let error: { message: string; hint?: string } | undefined;
    try {
      exportFormat('pdf');
    } catch (e) {
      error = e as typeof error;
    }
    expect(error).toMatchObject({ message: 'Unknown format "pdf"', hint: 'Formats: gexf, graphml, json, csv, neo4j' });
  });
});

describe('exportGraph', () => {
  it('writes each format with its defaults: GEXF 1.2draft, the CSV edge table', () => {
    const graph = fixtureGraph();
    expect(exportGraph(graph, 'gexf').body).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(exportGraph(graph, 'gexf', {}, { gexfVersion: '1.3' }).body).toContain('<gexf version="1.3"');
    expect(exportGraph(graph, 'csv').body.split('\r\n')[0]).toMatch(/^id,source,target,relation/);
    expect(exportGraph(graph, 'csv', {}, { table: 'nodes' })).toMatchObject({
      fileName: 'yuanjiang-graph-nodes.csv',
      mediaType: 'text/csv; charset=utf-8',
    });
    expect(JSON.parse(exportGraph(graph, 'json').body).nodes).toHaveLength(graph.order);
    expect(exportGraph(graph, 'graphml').body).toContain('<graphml');
  });

  it('writes only the part asked for, under a part’s file name', () => {
    const graph = fixtureGraph();
    const exported = exportGraph(graph, 'json', { nodeTypes: ['province', 'county'] });
    expect(new Set(exported.graph.mapNodes((_n, a) => a.type))).toEqual(new Set(['province', 'county']));
    expect(exported.fileName).toBe('yuanjiang-part.json');
  });
});

describe('the registry as its readers see it', () => {
  it('GET /api/export/formats lists it as data, and GET /api/export answers each format with its type and file name', async () => {
    const graph = fixtureGraph();
    const app = createApp({ graph, settings: { webDir: join(tmpdir(), 'no-viewer') } });
    const listed = await request(app).get('/api/export/formats');
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ formats: JSON.parse(JSON.stringify(EXPORT_FORMATS)) });
    for (const format of EXPORT_FORMATS) {
      const res = await exportText(app, format.name);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(format.mediaType);
      if (format.name !== 'json') expect(res.headers['content-disposition']).toContain(exportFileName(format.name));
    }
  });

  it('kg export writes every format of the registry, the same bytes as the API', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-export-'));
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const graph = fixtureGraph();
      await saveGraph(graph, dir);
      const app = createApp({ graph, settings: { webDir: join(dir, 'no-viewer') } });
      for (const name of EXPORT_FORMAT_NAMES) {
        // Neo4j's files go to a folder unless the name asks for the archive the API sends.
        const out = join(dir, name === 'neo4j' ? 'out.tar' : `out.${name}`);
        expect(await cliExport(['--format', name, '--graph', dir, '--articles', join(dir, 'none'), '--out', out])).toBe(0);
        const api = await exportText(app, name);
        expect(await readFile(out, 'utf8')).toBe(api.body);
      }
      await expect(cliExport(['--format', 'pdf', '--graph', dir])).rejects.toThrow(/Unknown format "pdf"/);
      expect(stderr).toHaveBeenCalledWith(expect.stringMatching(/^wrote .*out\.csv \(\d+ nodes, \d+ edges\)$/));
    } finally {
      stderr.mockRestore();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

function exportText(app: ReturnType<typeof createApp>, format: string) {
  return request(app)
    .get('/api/export')
    .query({ format })
    .buffer(true)
    .parse((res, done) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (data += chunk));
      res.on('end', () => done(null, data));
    });
}
