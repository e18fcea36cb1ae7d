// Writes the README's pictures of the viewer on the seed graph, docs/viewer.png (1440×900: an
// answer in the console, a node's panel) and docs/viewer-phone.png (390×844: a node's sheet):
//   npx tsx tests/e2e/viewer-screenshot.ts
// Same server and browser set-up as the e2e tests.
import { fileURLToPath } from 'node:url';

import { launchChromium, viewSettled } from './chromium.ts';
import { startTestServer } from './test-server.ts';

const docs = (name: string) => fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));
const server = await startTestServer();
try {
  const desktop = await launchChromium({ width: 1440, height: 900 });
  try {
    const page = await desktop.context.newPage();
    await page.goto(`${server.url}/?node=${encodeURIComponent('阿克陶县人民医院')}`);
    await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 60_000 });
    await page.keyboard.press('Control+k');
    await page.fill('#console-input', 'who supports 阿克陶县人民医院');
    await page.press('#console-input', 'Enter');
    await page.locator('#console-answer tbody tr').first().waitFor();
    await viewSettled(page); // the camera framing the answer, labels spread
    await page.screenshot({ path: docs('viewer.png') });
  } finally {
    await desktop.close();
  }
  const phone = await launchChromium({ width: 390, height: 844 });
  try {
    const page = await phone.context.newPage();
    await page.goto(`${server.url}/?node=${encodeURIComponent('阿克陶县')}`);
    await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 60_000 });
    await viewSettled(page);
    await page.screenshot({ path: docs('viewer-phone.png') });
  } finally {
    await phone.close();
  }
  console.log(`wrote ${docs('viewer.png')} and ${docs('viewer-phone.png')}`);
} finally {
  await server.close();
}
