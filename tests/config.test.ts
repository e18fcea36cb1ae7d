import { describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS, isLoopbackHost, resolveSettings, validateSettings } from '../src/config.ts';
import type { Settings } from '../src/config.ts';
import { InvalidInputError } from '../src/errors.ts';

describe('DEFAULT_SETTINGS', () => {
  it('are valid and frozen', () => {
    expect(() => validateSettings({ ...DEFAULT_SETTINGS })).not.toThrow();
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });
});

describe('validateSettings', () => {
  it.each<[Partial<Settings>, RegExp]>([
    [{ port: 70_000 }, /port=70000: expected 0–65535/],
    [{ maxHops: 0 }, /maxHops=0: expected a positive integer/],
    [{ pathTimeoutMs: 1.5 }, /pathTimeoutMs=1.5/],
    [{ maxRows: Number.NaN }, /maxRows=null/],
    [{ defaultHops: 7 }, /defaultHops=7: must not exceed maxHops \(6\)/],
    [{ searchLimit: 200 }, /searchLimit=200: must not exceed maxSearchLimit \(100\)/],
    [{ headersTimeoutMs: 60_000 }, /headersTimeoutMs=60000: must not exceed requestTimeoutMs \(30000\)/],
    [{ token: 'short' }, /token="short": use at least 8 characters/],
    [{ graphDir: '' }, /graphDir="": expected a path/],
    [{ host: ' ' }, /host=" ": expected a host name or address/],
  ])('names the bad value of %j', (override, message) => {
    const settings = { ...DEFAULT_SETTINGS, ...override };
    expect(() => validateSettings(settings)).toThrow(InvalidInputError);
    expect(() => validateSettings(settings)).toThrow(message);
  });

  it('rejects a setting that does not exist (a typo would otherwise be ignored)', () => {
    expect(() => validateSettings({ ...DEFAULT_SETTINGS, maxHop: 3 } as Settings)).toThrow(/maxHop=3: no such setting/);
  });
});

describe('resolveSettings', () => {
  it('merges overrides over the environment over the defaults, ignoring undefined overrides', () => {
    const settings = resolveSettings({ port: 4000, host: undefined }, { PORT: '5000', HOST: '0.0.0.0', KG_TOKEN: 'sesame-1234' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, port: 4000, host: '0.0.0.0', token: 'sesame-1234' });
  });

  it('validates what it merged', () => {
    expect(() => resolveSettings({}, { PORT: 'eighty' })).toThrow(/port=null/);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['192.168.1.5', false],
    ['example.org', false],
    ['127.0.0.1.example.org', false],
  ])('%s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});
