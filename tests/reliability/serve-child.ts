// The real server as its own process, for the crash test: settings as JSON in argv[2]; prints
// `READY <url>` once it listens. The test kills it with SIGKILL, so nothing here cleans up.
import { resolveSettings } from '../../src/config.ts';
import type { Settings } from '../../src/config.ts';
import { startServer } from '../../src/server/start-server.ts';

const settings = resolveSettings(JSON.parse(process.argv[2] ?? '{}') as Partial<Settings>);
const running = await startServer(settings, () => {});
process.stdout.write(`READY ${running.url}\n`);
