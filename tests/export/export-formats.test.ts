import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';

import { run as cliExport } from '../../src/cli/export.ts';
import {
  describeExportFormats,
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  exportFormat,
  exportGraph,
} from '../../src/export/export-formats.ts';
import { saveGraph } from '../../src/graph/store.ts';
import { createApp } from '../../src/server/create-app.ts';
import { fixtureGraph } from './graphs.ts';

describe('EXPORT_FORMATS', () => {
  it('names each format once, with a media type, an extension and a writer', () => {
    expect(EXPORT_FORMAT_NAMES).toEqual(['gexf', 'graphml', 'json', 'csv']);
    expect(new Set(EXPORT_FORMATS.map((f) => f.extension)).size).toBe(EXPORT_FORMATS.length);
    for (const format of EXPORT_FORMATS) {
      expect(format.mediaType).toMatch(/^[a-z]+\/[a-z+.-]+; charset=utf-8$/);
      expect(format.fileName({ table: 'edges', gexfVersion: '1.2' }).endsWith(`.${format.extension}`)).toBe(true);
    }
  });
});

describe('exportFormat', () => {
  it('finds a format by name, and lists the names when there is none', () => {
    expect(exportFormat('csv').extension).toBe('csv');
    expect(() => exportFormat('pdf')).toThrow(/Unknown format "pdf"/);
    try {
      exportFormat('pdf');
    } catch (error) {
      expect((error as { hint: string }).hint).toBe('Formats: gexf, graphml, json, csv');
    }
  });
});

describe('exportGraph', () => {
  it('writes each format with its defaults: GEXF 1.2draft, the CSV edge table', () => {
    const graph = fixtureGraph();
    expect(exportGraph(graph, 'gexf').body).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(exportGraph(graph, 'gexf', {}, { gexfVersion: '1.3' }).body).toContain('<gexf version="1.3"');
    expect(exportGraph(graph, 'csv').body.split('\r\n')[0]).toMatch(/^id,source,target,relation/);
    expect(exportGraph(graph, 'csv', {}, { table: 'nodes' })).toMatchObject({ fileName: 'nodes.csv', mediaType: 'text/csv; charset=utf-8' });
    expect(JSON.parse(exportGraph(graph, 'json').body).nodes).toHaveLength(graph.order);
    expect(exportGraph(graph, 'graphml').body).toContain('<graphml');
  });

  it('writes only the part asked for', () => {
    const graph = fixtureGraph();
    const { graph: part } = exportGraph(graph, 'json', { nodeTypes: ['province', 'county'] });
    expect(new Set(part.mapNodes((_n, a) => a.type))).toEqual(new Set(['province', 'county']));
  });
});

describe('the registry as its readers see it', () => {
  it('GET /api/export/formats lists it as data, and GET /api/export answers each format with its type and file name', async () => {
    const graph = fixtureGraph();
    const app = createApp({ graph, settings: { webDir: join(tmpdir(), 'no-viewer') } });
    const listed = await request(app).get('/api/export/formats');
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ formats: describeExportFormats() });
    expect(listed.body.formats.map((f: { name: string }) => f.name)).toEqual(EXPORT_FORMAT_NAMES);
    for (const format of EXPORT_FORMATS) {
      const res = await request(app).get('/api/export').query({ format: format.name }).buffer(true).parse(asText);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(format.mediaType);
      if (format.name !== 'json') expect(res.headers['content-disposition']).toContain(format.fileName({ table: 'edges', gexfVersion: '1.2' }));
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
        const out = join(dir, `out.${name}`);
        expect(await cliExport(['--format', name, '--graph', dir, '--articles', join(dir, 'none'), '--out', out])).toBe(0);
        const api = await request(app).get('/api/export').query({ format: name }).buffer(true).parse(asText);
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

function asText(res: NodeJS.ReadableStream & { setEncoding(e: string): void }, done: (error: Error | null, body: string) => void): void {
  let data = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (data += chunk));
  res.on('end', () => done(null, data));
}
