// Writes docs/viewer.png, the README's picture of the viewer on the seed graph:
//   npx tsx tests/e2e/viewer-screenshot.ts [out.png]
// Same server and browser set-up as the e2e tests; shows a path query answered.
import { fileURLToPath } from 'node:url';

import { launchChromium } from './chromium.ts';
import { startTestServer } from './test-server.ts';

const out = process.argv[2] ?? fileURLToPath(new URL('../../docs/viewer.png', import.meta.url));
const server = await startTestServer();
const browser = await launchChromium({ width: 1440, height: 900 });
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/?node=${encodeURIComponent('阿克陶县')}`);
  await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 30_000 });
  await page.fill('#console-input', 'who supports 阿克陶县人民医院');
  await page.press('#console-input', 'Enter');
  await page.locator('#console-answer').waitFor();
  await page.waitForTimeout(800); // camera framing the answer
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
