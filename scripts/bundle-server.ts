// The server as one JavaScript file (dist/server/kg.mjs), which `npm start` runs with plain
// Node: under tsx a start spends seconds handing each of ~180 modules to its loader thread,
// and loading ~200 package files one by one costs a third of a second more. Each module's
// `import.meta.url` becomes its source file's URL, so data files and worker modules
// (`new URL('../pipeline/x.ts', import.meta.url)`, which run under tsx in their thread)
// resolve as they do unbundled.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';
import type { Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_BUNDLE = `${ROOT}dist/server/kg.mjs`;

/** Bundles `entry` (a TypeScript module of this project) into `outfile`, inside the project so `tsx` resolves for workers. */
export async function bundleServer(entry = `${ROOT}src/cli/index.ts`, outfile = SERVER_BUNDLE): Promise<string> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS packages require Node's own modules, which an ES module must get from createRequire.
    banner: { js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);" },
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [ownImportMetaUrl],
  });
  return outfile;
}

const ownImportMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)), loader: 'ts' };
    });
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await bundleServer();
