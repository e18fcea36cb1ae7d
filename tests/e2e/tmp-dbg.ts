import { launchChromium } from './chromium.ts';
import { startTestServer } from './test-server.ts';
const server = await startTestServer();
const browser = await launchChromium({ width: 1440, height: 900 });
const page = await browser.context.newPage();
await page.goto(`${server.url}/?node=${encodeURIComponent('阿克陶县')}`);
await page.waitForFunction(() => document.body.dataset.ready !== undefined, null, { timeout: 30000 });
await page.waitForTimeout(2000);
console.log(await page.evaluate(() => { const i = window.__kgBench!.inspect!; const d = i.nodeDisplay('加马铁热克乡'); const p = i.nodePosition('加马铁热克乡'); return JSON.stringify({d, p, moved: i.displaced()}); }));
const r = await page.evaluate(() => {
  const i = window.__kgBench!.inspect!;
  return { displaced: i.displaced(), cam: i.camera(), nodes: ['阿克陶县','阿克陶县人民医院','阿克陶县教育局','巴仁乡','布伦口乡','加马铁热克乡','塔尔塔吉克族乡','阿克陶展示馆','阿克陶县雪松中学','江西省','克孜勒苏柯尔克孜自治州','阿克陶县昆仑佳苑设施农业产业园'].map((n) => [n, i.nodeDisplay(n)]) };
});
console.log(JSON.stringify(r, null, 0));
await page.screenshot({ path: '/tmp/focus.png' });
await browser.close();
await server.close();
