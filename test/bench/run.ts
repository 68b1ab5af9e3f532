/**
 * `npm run bench`: runs every benchmark module and writes bench-results.json at the repo root.
 * Speed and memory targets are checked here, never by timed unit tests.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchResult } from './bench-result';

type BenchModule = { run(context: BenchContext): Promise<BenchResult[]> };

const modules: Record<string, () => Promise<BenchModule>> = {
  crypto: () => import('./crypto.bench'),
  intake: () => import('./intake.bench'),
};

const only = process.argv.slice(2);
const root = fileURLToPath(new URL('../../', import.meta.url));
const results: BenchResult[] = [];

for (const [name, load] of Object.entries(modules)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const scratchDir = await mkdtemp(
    join(process.env.QBR_BENCH_DIR ?? tmpdir(), `qbr-bench-${name}-`),
  );
  try {
    const module = await load();
    const log = (line: string) => console.log(`[${name}] ${line}`);
    results.push(...(await module.run({ scratchDir, log })));
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}

await writeFile(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
for (const result of results) {
  const peers = result.peers
    .map((p) => `${p.name} ${p.value.toFixed(1)} (×${p.ratio.toFixed(2)})`)
    .join(', ');
  console.log(
    `${result.name}: ${result.value.toFixed(1)} ${result.unit}${peers ? ` — ${peers}` : ''}`,
  );
}
