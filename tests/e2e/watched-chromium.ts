// A Chromium for one describe block of the browser tests: launched before its tests and
// closed after them; a test fails on any problem its pages report — a page error, a console
// error, an answer of 400 or over that the test did not say to expect.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

import { launchChromium } from './chromium.ts';
import type { LaunchedBrowser } from './chromium.ts';

export interface WatchedChromium {
  /** A new page of the block's browser, watched for problems. */
  newPage(): Promise<Page>;
  /** Answers whose URL matches are no problem, until the current test ends. */
  expectFailures(...patterns: RegExp[]): void;
}

export function watchedChromium(viewport: { width: number; height: number }): WatchedChromium {
  let browser: LaunchedBrowser | undefined;
  let problems: string[] = [];
  let expected: RegExp[] = [];
  beforeAll(async () => {
    browser = await launchChromium(viewport);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => {
    const found = problems;
    problems = [];
    expected = [];
    expect(found).toEqual([]);
  });
  return {
    async newPage() {
      const page = await browser!.context.newPage();
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        // The browser logs every 4xx answer; those are checked by URL below.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !expected.some((pattern) => pattern.test(response.url()))) problems.push(`HTTP ${response.status()} ${response.url()}`);
      });
      return page;
    },
    expectFailures(...patterns) {
      expected.push(...patterns);
    },
  };
}
