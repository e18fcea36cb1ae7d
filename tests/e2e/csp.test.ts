// The viewer under the server's Content-Security-Policy, in headless Chromium: every feature
// still works and the browser reports no violation; a `?graph=` of another site is refused.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CHROMIUM_PATH, hasChromium, launchChromium } from './chromium.ts';
import type { LaunchedBrowser } from './chromium.ts';
import { startTestServer } from './test-server.ts';
import type { TestServer } from './test-server.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

if (!hasChromium()) {
  describe('viewer under the CSP', () => {
    it('runs in Chromium', ({ skip }) => {
      if (process.env.CI === 'true') throw new Error(`CI=true but ${CHROMIUM_PATH} is missing: install Debian's chromium (see .ci/run)`);
      skip(`no ${CHROMIUM_PATH}: apt-get install chromium fonts-noto-cjk to run the browser tests`);
    });
  });
} else {
  describe('viewer under the CSP', () => {
    let server: TestServer;
    let browser: LaunchedBrowser;

    beforeAll(async () => {
      server = await startTestServer();
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** A page that records CSP violations (in the page and on the console) and the hosts it asks. */
    async function open(query = ''): Promise<{ page: Page; violations: () => Promise<string[]>; hosts: Set<string> }> {
      const page = await browser.context.newPage();
      const console: string[] = [];
      const hosts = new Set<string>();
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
      });
      page.on('request', (request) => hosts.add(new URL(request.url()).host));
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
      });
      const response = await page.goto(`${server.url}/${query}`);
      expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 30_000 });
      expect(await page.evaluate(() => window.__kgBench?.error ?? null)).toBeNull();
      const violations = async () => [...(await page.evaluate(() => window.__cspViolations ?? [])), ...console];
      return { page, violations, hosts };
    }

    it('draws, searches, queries, shows articles, exports and lays out with no violation', async () => {
      const { page, violations } = await open();
      expect(await page.evaluate(() => window.__kgBench!.nodes)).toBeGreaterThan(10);

      await page.fill('#search-input', 'akt');
      await page.locator('#search-results li').first().waitFor();

      await page.fill('#console-input', 'path 天津 -> 策勒县第一小学');
      await page.press('#console-input', 'Enter');
      await page.locator('#console-answer tbody tr').first().waitFor();

      await page.locator('#console-answer tbody tr').first().click();
      const selected = await page.evaluate(() => window.__kgBench!.inspect!.selected());
      if (selected) {
        const evidence = page.locator('#panel-evidence .evidence').first();
        if (await evidence.count()) {
          await evidence.click();
          await page.locator('#article-text').waitFor();
          await page.keyboard.press('Escape');
          await expect.poll(() => page.locator('dialog#article[open]').count()).toBe(0);
        }
      }

      await page.click('#export-menu > summary');
      const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf-visible')]);
      expect(await gexf.path()).toBeTruthy();
      if (!(await page.locator('#export-png').isVisible())) await page.click('#export-menu > summary');
      const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
      expect(await png.path()).toBeTruthy();

      // graphology's ForceAtlas2 worker starts from a blob: URL: worker-src allows it.
      await page.click('#layout-button');
      await expect.poll(() => page.textContent('#layout-button')).toBe('停止布局');
      await page.waitForTimeout(500);
      await page.click('#layout-button');

      expect(await violations()).toEqual([]);
      await page.close();
    }, 120_000);

    it('refuses a ?graph= of another site and shows the served graph', async () => {
      const { page, violations, hosts } = await open(`?graph=${encodeURIComponent('https://evil.example/graph.json')}`);
      expect(await page.textContent('#graph-refused')).toContain('只能打开本站的图谱');
      expect(await page.evaluate(() => window.__kgBench!.nodes)).toBeGreaterThan(10);
      expect([...hosts]).toEqual([new URL(server.url).host]);
      expect(await violations()).toEqual([]);
      await page.close();
    });
  });
}
