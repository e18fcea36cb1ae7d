// Gazetteer scanner throughput on the seed articles repeated to about 20 MB (UTF-8).
// Run: npx tsx bench/gazetteer-scan.ts

import { readdirSync, readFileSync } from 'node:fs';

import { getGazetteer } from '../src/extract/gazetteer.ts';

const seedsDir = new URL('../seeds/', import.meta.url);
const sample = readdirSync(seedsDir)
  .map((file) => readFileSync(new URL(file, seedsDir), 'utf8'))
  .join('\n');
const copies = Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(sample));
const text = sample.repeat(copies);
const megabytes = Buffer.byteLength(text) / (1024 * 1024);

const gazetteer = getGazetteer();
gazetteer.scan(sample); // load and warm up
const started = performance.now();
const matches = gazetteer.scan(text).length;
const seconds = (performance.now() - started) / 1000;
console.log(`gazetteer.scan: ${megabytes.toFixed(1)} MB, ${matches} matches, ${(megabytes / seconds).toFixed(1)} MB/s`);
