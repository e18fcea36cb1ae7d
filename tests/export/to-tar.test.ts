import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { toTar } from '../../src/export/to-tar.ts';

const hasTar = spawnSync('tar', ['--version']).status === 0;

describe('toTar', () => {
  it('is whole 512-byte blocks, ending with two empty ones', () => {
    const bytes = Buffer.from(toTar([{ name: 'a.csv', text: '援疆\n' }]), 'utf8');
    expect(bytes.length % 512).toBe(0);
    expect(bytes.length).toBe(512 + 512 + 1024);
    expect(bytes.subarray(bytes.length - 1024).every((b) => b === 0)).toBe(true);
  });

  it.runIf(hasTar)('unpacks with tar into the same files, UTF-8 text and modes kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-tar-'));
    const long = '阿克陶县人民医院,"组团式"\n'.repeat(100);
    const archive = join(dir, 'x.tar');
    writeFileSync(archive, toTar([
      { name: 'nodes-hospital.csv', text: long },
      { name: 'empty.csv', text: '' },
      { name: 'import.sh', text: '#!/bin/sh\necho ok\n', mode: 0o755 },
    ]), 'utf8');
    const run = spawnSync('tar', ['-xf', archive, '-C', dir], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'nodes-hospital.csv'), 'utf8')).toBe(long);
    expect(readFileSync(join(dir, 'empty.csv'), 'utf8')).toBe('');
    expect(statSync(join(dir, 'import.sh')).mode & 0o777).toBe(0o755);
  });

  it('refuses names a header cannot hold', () => {
    expect(() => toTar([{ name: '医院.csv', text: '' }])).toThrow(/ASCII/);
  });
});
