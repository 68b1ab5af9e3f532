/**
 * The group pool as the Electron bundle runs it: scripts/build-electron.mjs builds
 * group-open-worker.cjs beside main.cjs, and a stand-in for main.cjs (committee-merge-entry.ts,
 * bundled with the same options) finds it there by its own URL, starts its worker threads from
 * it and merges the committee round: the same merge and bundles as this thread alone gives, every
 * bundle answered by a worker. Under Electron the same code runs in main (docs/electron-smoke.md).
 */
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/domain/canonical-json';
import { prepareCommitteeMerge } from '../../electron/core/committee';
import type { GroupOutcome } from '../../electron/core/committee/group-open-job';
import type * as Entry from './committee-merge-entry';
import { committeeRound } from '../electron/core/committee/committee-round';
import type { CommitteeRound } from '../electron/core/committee/committee-round';
import { loadBuildScript } from './build-script';

let dir: string;
let bundled: typeof Entry;
let groupWorkerFile: string;
let mainCode: string;
let round: CommitteeRound;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qbr-group-worker-bundle-'));
  const { buildElectron, nodeBundleOptions } = await loadBuildScript();
  const built = await buildElectron({ outDir: join(dir, 'electron') });
  groupWorkerFile = built.groupWorkerFile;
  mainCode = await readFile(built.mainFile, 'utf8');
  const entry = join(dir, 'electron', 'committee-merge.cjs');
  await build(
    nodeBundleOptions(new URL('./committee-merge-entry.ts', import.meta.url).pathname, entry),
  );
  bundled = createRequire(import.meta.url)(entry) as typeof Entry;
  round = await committeeRound(join(dir, 'round'));
}, 180_000);

const after: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const close of after) await close();
  await rm(dir, { recursive: true, force: true });
});

const request = async () => ({
  identity: round.identity('e10'),
  manifest: round.manifests.get('e10')!,
  bundles: [await round.groupBundle('e01'), await round.groupBundle('e04')],
  settings: { quota: 3, scoreLine: null, basis: 'raw' as const, exclusions: [] },
});

describe('the bundled group worker', () => {
  it('is built beside main.cjs, which carries the pool that starts it', async () => {
    expect(groupWorkerFile).toBe(join(dir, 'electron', 'group-open-worker.cjs'));
    const code = await readFile(groupWorkerFile, 'utf8');
    const required = new Set(
      [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]),
    );
    // The project's code whole, Node's modules only: nothing to load from inside the asar.
    expect([...required].every((name) => name?.startsWith('node:'))).toBe(true);
    expect(mainCode).toContain('group-open-worker.cjs');
  });

  it("merges the chair's bundles on worker threads started from it, as alone", async () => {
    const given = await request();
    // The bundle's own pool class and default start (group-open-worker.cjs beside the bundle).
    const pool = new bundled.GroupOpenPool({ size: 1 });
    after.push(() => pool.close());
    await pool.warmUp();
    const outcomes: GroupOutcome[] = [];
    const watched = {
      open: async (job: Parameters<typeof pool.open>[0]) => {
        const outcome = await pool.open(job);
        outcomes.push(outcome);
        return outcome;
      },
    };
    const onWorkers = await bundled.prepareCommitteeMerge(given, { pool: watched });
    const alone = await prepareCommitteeMerge(given, { pool: null });
    expect(outcomes.map((o) => Object.keys(o).sort())).toEqual([
      ['digest', 'header', 'officeChecked', 'opening'],
      ['digest', 'header', 'officeChecked', 'opening'],
    ]);
    expect(pool.running).toBeGreaterThan(0);
    expect(pool.done).toEqual({ byWorkers: 2, here: 0 });
    expect(canonicalJson(onWorkers.merge)).toBe(canonicalJson(alone.merge));
    expect(onWorkers.groupBundles.map((g) => g.verified.digest)).toEqual(
      alone.groupBundles.map((g) => g.verified.digest),
    );
  });

  it('is what the workers run: without it none starts, and this thread takes the bundles', async () => {
    const given = await request();
    const pool = new bundled.GroupOpenPool({ size: 1 });
    await rename(groupWorkerFile, `${groupWorkerFile}.away`);
    try {
      await pool.warmUp();
      expect(pool.running).toBe(0);
      const withoutWorkers = await bundled.prepareCommitteeMerge(given, { pool });
      const alone = await prepareCommitteeMerge(given, { pool: null });
      expect(pool.done).toEqual({ byWorkers: 0, here: 2 });
      expect(canonicalJson(withoutWorkers.merge)).toBe(canonicalJson(alone.merge));
    } finally {
      await rename(`${groupWorkerFile}.away`, groupWorkerFile);
      await pool.close();
    }
  });
});
