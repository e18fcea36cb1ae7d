// Runs a Python snippet with networkx: CI installs python3-networkx, so a missing one is a failure.
import { spawnSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/python3', 'python3'];

export function networkxPython(): string {
  for (const python of CANDIDATES) {
    const probe = spawnSync(python, ['-c', 'import networkx'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  throw new Error(`No Python with networkx (tried ${CANDIDATES.join(', ')}): run apt-get install -y python3-networkx`);
}

/** Runs `script` with sys.argv[1:] = args and parses what it prints as JSON. */
export function runPython(script: string, args: string[]): unknown {
  const result = spawnSync(networkxPython(), ['-c', script, ...args], { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`python failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** Whether this networkx reads GEXF 1.3 (3.x does; Debian's 2.8 knows only 1.1draft and 1.2draft). */
export function networkxReadsGexf13(): boolean {
  const probe = spawnSync(networkxPython(), ['-c', "import networkx.readwrite.gexf as g; print('1.3' in g.GEXF.versions)"], { encoding: 'utf8' });
  return probe.stdout.trim() === 'True';
}
