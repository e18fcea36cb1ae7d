// Child process of the scale bench, run bundled as `npm start` runs the server: serves a graph folder (startServer),
// reports when it listens with its start time and RSS, answers RSS and event-loop delay
// questions ('loop-reset' starts a new delay histogram), and runs until killed.
import { monitorEventLoopDelay } from 'node:perf_hooks';

import { resolveSettings } from '../src/config.ts';
import { startServer } from '../src/server/start-server.ts';

const [graphDir, webDir] = process.argv.slice(2);
const settings = resolveSettings({ graphDir, articlesDir: `${graphDir}/no-articles`, webDir, port: 0 });
const running = await startServer(settings, () => {});
const rssMb = () => process.memoryUsage().rss / 1024 / 1024;
process.send!({ url: running.url, rssMb: rssMb(), uptimeSeconds: process.uptime() });
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
process.on('message', (question) => {
  if (question === 'loop-reset') loop.reset();
  process.send!({
    rssMb: rssMb(),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    loopP99Ms: loop.percentile(99) / 1e6,
    loopMaxMs: loop.max / 1e6,
  });
});
