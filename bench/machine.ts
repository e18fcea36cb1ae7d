// What the figures were measured on: CPU, memory, load, and the versions that matter.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

import { CHROMIUM_PATH, hasChromium } from '../tests/e2e/chromium.ts';

const PACKAGES = [
  'graphology',
  'graphology-layout-forceatlas2',
  'sigma',
  'express',
  'opencc-js',
  'pinyin-pro',
  '@node-rs/jieba',
  'autocannon',
  'playwright-core',
  'tsx',
];

function versionOf(name: string): string | null {
  try {
    const url = new URL(`../node_modules/${name}/package.json`, import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

export function machineInfo() {
  let chromium: string | null = null;
  if (hasChromium()) {
    try {
      chromium = execFileSync(CHROMIUM_PATH, ['--version'], { timeout: 10_000, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      chromium = 'unknown';
    }
  }
  const cpuList = cpus();
  return {
    cpu: cpuList[0]?.model ?? 'unknown',
    cores: cpuList.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
    platform: `${process.platform} ${process.arch}`,
    versions: {
      node: process.version,
      chromium,
      ...Object.fromEntries(PACKAGES.map((name) => [name, versionOf(name)])),
    },
  };
}
