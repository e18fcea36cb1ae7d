// Throughput of decoding + normalising + sentence splitting on a large synthetic article
// built from the seeds (Traditional with glosses, spun, Simplified, and one read as GBK
// from its UTF-8 bytes: the worst case for the mojibake repair). Not a test: prints MB/s.
// Usage: npx tsx bench/ingest-speed.ts [megabytes]
import { readFileSync, readdirSync } from 'node:fs';

import { decodeBuffer } from '../src/ingest/decode.js';
import { normalise } from '../src/ingest/normalise.js';
import { splitSentences } from '../src/ingest/sentences.js';

const megabytes = Number(process.argv[2] ?? 40);
const seeds = readdirSync('seeds').map((name) => readFileSync(`seeds/${name}`, 'utf8'));

function measure(label: string, text: string): void {
  const bytes = new TextEncoder().encode(text);
  const mb = bytes.length / 1024 / 1024;
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const decoded = decodeBuffer(bytes, label);
  const decodedAt = performance.now();
  const n = normalise({ id: label, text: decoded });
  const normalisedAt = performance.now();
  const sentences = splitSentences(n.text);
  const done = performance.now();
  const seconds = (done - started) / 1000;
  // CPU time as well: wall time is noisy on a shared machine.
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${label}: ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(1)} MB/s ` +
      `(CPU ${cpuSeconds.toFixed(2)} s = ${(mb / cpuSeconds).toFixed(1)} MB/s) ` +
      `(decode ${((decodedAt - started) / 1000).toFixed(2)} s, normalise ${((normalisedAt - decodedAt) / 1000).toFixed(2)} s, ` +
      `sentences ${((done - normalisedAt) / 1000).toFixed(2)} s; ${sentences.length} sentences, script ${n.script}, rewritten ${n.rewritten})`,
  );
}

function grow(unit: string): string {
  const bytesPerRepeat = new TextEncoder().encode(unit).length;
  return unit.repeat(Math.max(1, Math.round((megabytes * 1024 * 1024) / bytesPerRepeat)));
}

measure('mixed seeds', grow(seeds.join('\n\n')));
measure('traditional with glosses', grow(seeds[2] ?? ''));
measure('spun', grow(seeds[1] ?? ''));
const gbkMojibake = new TextDecoder('gbk').decode(new TextEncoder().encode(seeds[3] ?? ''));
measure('all mojibake', grow(gbkMojibake));
