// Extraction throughput (decode + normalise + entities + relations, i.e. extractArticles) on
// the corpus, side by side with @node-rs/jieba's `tag` on the same text, plus a per-stage
// breakdown and a CPU profile. Runs in a child process (bench/child.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector';
import { createRequire, findSourceMap } from 'node:module';

import { EXTRACTION_GROUP_SIZE, extractArticles } from '../src/extract/extract-article.ts';
import { findAgencies } from '../src/extract/find-agencies.ts';
import { findCompanies } from '../src/extract/find-companies.ts';
import { findInstitutions } from '../src/extract/find-institutions.ts';
import { findMentionsAll } from '../src/extract/find-mentions.ts';
import { findPlaces } from '../src/extract/find-places.ts';
import { findProgrammes } from '../src/extract/find-programmes.ts';
import { findRelationsAll } from '../src/extract/find-relations.ts';
import { mainDonor } from '../src/extract/donors.ts';
import { decodeBuffer } from '../src/ingest/decode.ts';
import { joinBrokenLines } from '../src/ingest/join-broken-lines.ts';
import { flatString } from '../src/ingest/normalise.ts';
import { detectRewritten, repairRewritten } from '../src/ingest/repair-rewritten.ts';
import { splitSentences } from '../src/ingest/sentences.ts';
import { stripChrome } from '../src/ingest/strip-chrome.ts';
import { stripInvisible } from '../src/ingest/strip-invisible.ts';
import { stripPinyinGlosses } from '../src/ingest/strip-pinyin-glosses.ts';
import { tidyWhitespace } from '../src/ingest/tidy-whitespace.ts';
import { detectScript, toSimplified } from '../src/ingest/to-simplified.ts';
import { TrackedText } from '../src/ingest/tracked-text.ts';
import { MB, median } from './stats.ts';

interface JiebaLike {
  tag(sentence: string): unknown[];
}

export interface ExtractionOptions {
  corpusDir: string;
  /** Timed runs; each covers one slice of the corpus (runs slices = the whole corpus once). */
  runs: number;
}

interface CorpusFile {
  name: string;
  bytes: Buffer;
}

function readCorpus(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

function slices<T>(items: T[], n: number): T[][] {
  const size = Math.ceil(items.length / n);
  return Array.from({ length: n }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((s) => s.length);
}

const bytesOf = (files: CorpusFile[]) => files.reduce((sum, f) => sum + f.bytes.length, 0);

function runPipeline(files: CorpusFile[]): number {
  const articles = files.map((file) => ({ id: file.name.slice(0, -4), text: decodeBuffer(file.bytes, file.name) }));
  let relations = 0;
  for (const extraction of extractArticles(articles)) if (!(extraction instanceof Error)) relations += extraction.relations.length;
  return relations;
}

function loadJieba(): JiebaLike {
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaLike } };
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  return Jieba.withDict(dict);
}

/** jieba's POS tagger on the same decoded text, one line per call. */
function runJieba(jieba: JiebaLike, lines: string[]): number {
  let words = 0;
  for (const line of lines) words += jieba.tag(line).length;
  return words;
}

function linesOf(files: CorpusFile[]): string[] {
  return files.flatMap((f) => f.bytes.toString('utf8').split('\n')).filter((line) => line.trim() !== '');
}

export interface StageTimes {
  decode: number;
  clean: number;
  toSimplified: number;
  repairRewritten: number;
  gazetteerPlaces: number;
  patterns: number;
  sentences: number;
  relations: number;
  assembly: number;
}

export interface ExtractionResult {
  articles: number;
  megabytes: number;
  runs: Array<{ megabytes: number; pipelineMbPerSec: number; jiebaTagMbPerSec: number; ratio: number }>;
  mbPerSec: number;
  jiebaTagMbPerSec: number;
  /** Median of the per-run ratios pipeline / jieba-tag. */
  ratioToJieba: number;
  /** Seconds per stage on one slice, and MB/s of each stage alone. */
  stages: { megabytes: number; seconds: StageTimes; mbPerSec: Record<keyof StageTimes, number>; recognisers: Record<string, number> };
}

export async function measureExtraction(options: ExtractionOptions): Promise<ExtractionResult> {
  const files = readCorpus(options.corpusDir);
  const jieba = loadJieba();
  // Warm both up (JIT, gazetteer and OpenCC tables, jieba's dictionary) outside the timings.
  const warm = files.slice(0, Math.min(300, files.length));
  runPipeline(warm);
  runJieba(jieba, linesOf(warm));

  const runs: ExtractionResult['runs'] = [];
  for (const [i, slice] of slices(files, options.runs).entries()) {
    const megabytes = bytesOf(slice) / MB;
    const lines = linesOf(slice);
    const timePipeline = () => {
      const t = performance.now();
      runPipeline(slice);
      return (performance.now() - t) / 1000;
    };
    const timeJieba = () => {
      const t = performance.now();
      runJieba(jieba, lines);
      return (performance.now() - t) / 1000;
    };
    // Alternate which goes first, so drift in the machine's load hits both alike.
    let pipelineSeconds: number;
    let jiebaSeconds: number;
    if (i % 2 === 0) {
      pipelineSeconds = timePipeline();
      jiebaSeconds = timeJieba();
    } else {
      jiebaSeconds = timeJieba();
      pipelineSeconds = timePipeline();
    }
    const pipelineMbPerSec = megabytes / pipelineSeconds;
    const jiebaTagMbPerSec = megabytes / jiebaSeconds;
    runs.push({ megabytes, pipelineMbPerSec, jiebaTagMbPerSec, ratio: pipelineMbPerSec / jiebaTagMbPerSec });
  }

  return {
    articles: files.length,
    megabytes: bytesOf(files) / MB,
    runs,
    mbPerSec: median(runs.map((r) => r.pipelineMbPerSec)),
    jiebaTagMbPerSec: median(runs.map((r) => r.jiebaTagMbPerSec)),
    ratioToJieba: median(runs.map((r) => r.ratio)),
    stages: measureStages(slices(files, options.runs)[0]!),
  };
}

/**
 * The steps of extractArticles called one by one, each over a group of articles before the
 * next as extractArticles does (same order as normaliseAll() and findMentionsAll()). `patterns` is
 * findMentions minus its place scan; `assembly` is extractArticles minus the sum of the others.
 */
function measureStages(files: CorpusFile[]): ExtractionResult['stages'] {
  const seconds: StageTimes = {
    decode: 0,
    clean: 0,
    toSimplified: 0,
    repairRewritten: 0,
    gazetteerPlaces: 0,
    patterns: 0,
    sentences: 0,
    relations: 0,
    assembly: 0,
  };
  const recognisers: Record<string, number> = { institutions: 0, agencies: 0, programmes: 0, companies: 0 };
  const lap = (fn: () => void): number => {
    const t = performance.now();
    fn();
    return (performance.now() - t) / 1000;
  };
  const each = <T, U>(items: T[], fn: (item: T, i: number) => U): { out: U[]; seconds: number } => {
    let out: U[] = [];
    const seconds = lap(() => (out = items.map(fn)));
    return { out, seconds };
  };
  const step = <T, U>(key: keyof StageTimes, items: T[], fn: (item: T, i: number) => U): U[] => {
    const { out, seconds: s } = each(items, fn);
    seconds[key] += s;
    return out;
  };

  let whole = 0;
  for (let at = 0; at < files.length; at += EXTRACTION_GROUP_SIZE) {
    const group = files.slice(at, at + EXTRACTION_GROUP_SIZE);
    const texts = step('decode', group, (file) => decodeBuffer(file.bytes, file.name));
    let tracked = step('clean', texts, (text) => stripPinyinGlosses(stripInvisible(TrackedText.from(text))));
    tracked = step('toSimplified', tracked, (t) => (detectScript(t.text).traditionalRatio > 0 ? toSimplified(t) : t));
    tracked = step('clean', tracked, stripChrome);
    tracked = step('repairRewritten', tracked, (t) => (detectRewritten(t.text).rewritten ? repairRewritten(t) : t));
    tracked = step('clean', tracked, (t) => joinBrokenLines(tidyWhitespace(t)));
    // As normaliseAll hands them over (not timed: part of what assembly stands for).
    const clean = tracked.map((t) => flatString(t.text));

    const places = step('gazetteerPlaces', clean, (text) => findPlaces(text));
    let mentions: ReturnType<typeof findMentionsAll> = [];
    const allMentions = lap(() => (mentions = findMentionsAll(clean)));
    seconds.patterns += Math.max(0, allMentions - each(clean, (text) => findPlaces(text)).seconds);
    const recognise = <U>(name: string, fn: (text: string, i: number) => U): U[] => {
      const { out, seconds: s } = each(clean, fn);
      recognisers[name]! += s;
      return out;
    };
    const institutions = recognise('institutions', (text, i) => findInstitutions(text, places[i]!));
    const agencies = recognise('agencies', (text, i) => findAgencies(text, places[i]!));
    const programmes = recognise('programmes', (text) => findProgrammes(text));
    recognise('companies', (text, i) => findCompanies(text, [...institutions[i]!, ...agencies[i]!, ...programmes[i]!], places[i]!));

    const sentences = step('sentences', clean, (text) => splitSentences(text));
    const named = mentions.map((ms) => ms.filter((m) => m.name));
    seconds.relations += lap(() => {
      clean.forEach((text, i) => mainDonor(text, mentions[i]!));
      findRelationsAll(clean.map((text, i) => ({ text, sentences: sentences[i]!, mentions: named[i]! })));
    });
    whole += lap(() => extractArticles(texts.map((text, i) => ({ id: group[i]!.name.slice(0, -4), text }))));
  }
  const parts = seconds.clean + seconds.toSimplified + seconds.repairRewritten + seconds.gazetteerPlaces + seconds.patterns + seconds.sentences + seconds.relations;
  seconds.assembly = Math.max(0, whole - parts);
  const megabytes = bytesOf(files) / MB;
  const mbPerSec = Object.fromEntries(Object.entries(seconds).map(([k, s]) => [k, s > 0 ? megabytes / s : Number.POSITIVE_INFINITY])) as Record<keyof StageTimes, number>;
  return { megabytes, seconds, mbPerSec, recognisers };
}

// ---------------------------------------------------------------- CPU profile

export interface ProfileEntry {
  fn: string;
  where: string;
  selfMs: number;
  selfShare: number;
}

export interface ProfileResult {
  megabytes: number;
  totalMs: number;
  /** Functions by self time (V8 sampling profiler). */
  self: ProfileEntry[];
  /** Functions by inclusive time (time with everything they call). */
  inclusive: Array<{ fn: string; where: string; totalMs: number; share: number }>;
  /** Self time summed by source file. */
  byFile: Array<{ file: string; selfMs: number; share: number }>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  hitCount?: number;
}

/** extractArticles over the first slice under the V8 sampling profiler: where the time goes. */
export async function profileExtraction(options: { corpusDir: string; articles: number }): Promise<ProfileResult> {
  const files = readCorpus(options.corpusDir).slice(0, options.articles);
  runPipeline(files.slice(0, 30));
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  runPipeline(files);
  const { profile } = (await post('Profiler.stop')) as { profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] } };
  session.disconnect();
  return summariseProfile(profile, bytesOf(files) / MB);
}

const ROOT_PREFIX = new RegExp(`^${new URL('..', import.meta.url).pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Line in the TypeScript source (tsx's inline source maps; needs --enable-source-maps), else the generated line. */
function sourceLine(n: ProfileNode): number {
  const { url, lineNumber, columnNumber } = n.callFrame;
  try {
    const entry = findSourceMap(url.replace(/^file:\/\//, ''))?.findEntry(lineNumber, columnNumber) as { originalLine?: number } | undefined;
    if (entry && typeof entry.originalLine === 'number') return entry.originalLine + 1;
  } catch {
    // no map: fall through
  }
  return lineNumber + 1;
}

function summariseProfile(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, megabytes: number): ProfileResult {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMsById = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMsById.set(id, (selfMsById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const totalMs = [...selfMsById.values()].reduce((a, b) => a + b, 0);
  const label = (n: ProfileNode) => {
    const { url, functionName } = n.callFrame;
    const shown = url.replace(/^file:\/\//, '').replace(ROOT_PREFIX, '');
    return { fn: functionName || '(anonymous)', where: url ? `${shown}:${sourceLine(n)}` : '(native)' };
  };
  const keyOf = (n: ProfileNode) => {
    const l = label(n);
    return `${l.fn}\u0000${l.where}`;
  };

  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, ms] of selfMsById) {
    const node = byId.get(id)!;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + ms);
    const file = label(node).where.replace(/:\d+$/, '');
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }

  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  for (const [id, ms] of selfMsById) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  }
  const split = (key: string) => {
    const [fn, where] = key.split('\u0000');
    return { fn: fn!, where: where! };
  };
  const top = <T>(map: Map<string, number>, n: number, make: (key: string, ms: number) => T): T[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => make(k, ms));
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    megabytes,
    totalMs: round(totalMs),
    self: top(self, 25, (k, ms) => ({ ...split(k), selfMs: round(ms), selfShare: ms / totalMs })),
    inclusive: top(
      new Map([...inclusive].filter(([k]) => !/^\((root|program|idle)\)/.test(k) && !k.startsWith('(anonymous)\u0000(native)'))),
      25,
      (k, ms) => ({ ...split(k), totalMs: round(ms), share: ms / totalMs }),
    ),
    byFile: top(byFile, 15, (file, ms) => ({ file, selfMs: round(ms), share: ms / totalMs })),
  };
}
