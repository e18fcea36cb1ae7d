// One settings object: defaults, a validator naming the bad value, and a resolver
// merging user input (CLI flags, environment) over the defaults. Checked at start-up.
import { isIP } from 'node:net';

import { InvalidInputError } from './errors.ts';

export interface Settings {
  host: string;
  port: number;
  /** Where graph.json, graph.gexf, articles/ and journal.jsonl live. */
  graphDir: string;
  /** Source articles; the graph is rebuilt at start when they are newer than graph.json. */
  articlesDir: string;
  /** Static files of the viewer (Vite build). */
  webDir: string;
  /** Bearer token for write endpoints; required when `host` is not a loopback address. */
  token: string | undefined;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Longest accepted console query or search string, in characters. */
  maxQueryLength: number;
  /** Longest accepted article text, in characters. */
  maxArticleLength: number;
  /** Hops allowed in a path query when none is given, and the cap. */
  defaultHops: number;
  maxHops: number;
  /** Paths returned per query at most. */
  maxPaths: number;
  /** Time budget of one path enumeration; past it the paths found so far are returned. */
  pathTimeoutMs: number;
  /** Rows returned by search and console queries at most. */
  maxRows: number;
  /** Whole-request deadline enforced by Node's HTTP server. */
  requestTimeoutMs: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  host: '127.0.0.1',
  port: 3000,
  graphDir: 'graph',
  articlesDir: 'seeds',
  webDir: 'web/dist',
  token: undefined,
  bodyLimit: 1_000_000,
  maxQueryLength: 500,
  maxArticleLength: 200_000,
  defaultHops: 4,
  maxHops: 6,
  maxPaths: 50,
  pathTimeoutMs: 500,
  maxRows: 500,
  requestTimeoutMs: 30_000,
});

/** Throws an InvalidInputError naming the first bad setting. */
export function validateSettings(settings: Settings): void {
  const bad = (name: keyof Settings, why: string): never => {
    throw new InvalidInputError(`Invalid setting ${name}=${JSON.stringify(settings[name])}: ${why}`);
  };
  const positiveInt = (name: keyof Settings): void => {
    const value = settings[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) bad(name, 'expected a positive integer');
  };
  if (typeof settings.host !== 'string' || settings.host.trim() === '') bad('host', 'expected a host name or address');
  if (!Number.isInteger(settings.port) || settings.port < 0 || settings.port > 65535) bad('port', 'expected 0–65535');
  for (const name of ['graphDir', 'articlesDir', 'webDir'] as const)
    if (typeof settings[name] !== 'string' || settings[name] === '') bad(name, 'expected a path');
  for (const name of [
    'bodyLimit',
    'maxQueryLength',
    'maxArticleLength',
    'defaultHops',
    'maxHops',
    'maxPaths',
    'pathTimeoutMs',
    'maxRows',
    'requestTimeoutMs',
  ] as const)
    positiveInt(name);
  if (settings.defaultHops > settings.maxHops) bad('defaultHops', `must not exceed maxHops (${settings.maxHops})`);
  if (settings.token !== undefined && settings.token.length < 8) bad('token', 'use at least 8 characters');
}

/** Merges `overrides` over the defaults, then the environment (PORT, HOST, KG_TOKEN) over both unless given. */
export function resolveSettings(
  overrides: Partial<Settings> = {},
  env: Record<string, string | undefined> = {},
): Settings {
  const fromEnv: Partial<Settings> = {};
  if (env.PORT !== undefined && env.PORT !== '') fromEnv.port = Number(env.PORT);
  if (env.HOST !== undefined && env.HOST !== '') fromEnv.host = env.HOST;
  if (env.KG_TOKEN !== undefined && env.KG_TOKEN !== '') fromEnv.token = env.KG_TOKEN;
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const settings: Settings = { ...DEFAULT_SETTINGS, ...fromEnv, ...defined };
  validateSettings(settings);
  return settings;
}

/** Loopback hosts may write without a token; anything else needs KG_TOKEN. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h.startsWith('::ffff:127.');
}
