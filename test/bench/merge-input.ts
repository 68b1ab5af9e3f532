/**
 * The merge_10x7x250 row's input as the timed side reads it: the 10 group bundles (each with its
 * 7 member review bundles embedded) and what the chair knows of the round, from the cache folder
 * merge-round.ts builds on the bench disk. The builder (the office's sealing, the writers) is
 * loaded only when the cache is missing or stale, so the timed side imports the readers alone.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseManifest } from '../../shared/case/case-manifest';
import type { Rubric } from '../../shared/domain/rubric';
import { identityFromKeys } from '../../electron/core/identity';
import type { Identity } from '../../electron/core/identity';

/** Bumped whenever what is built changes, so an older cache is built again. */
export const MERGE_CACHE_VERSION = 5;

/** What the timed side needs: the bundles and what the chair knows of the round. */
export interface MergeInput {
  readonly groupBundles: readonly Uint8Array[];
  readonly chair: Identity;
  readonly officeFingerprint: string;
  readonly caseId: string;
  readonly roundId: string;
  readonly rubricDigest: string;
  readonly rubric: Rubric;
  /** The chair's own package manifest: what the chair's merge (prepareCommitteeMerge) reads. */
  readonly chairManifest: CaseManifest;
  readonly memberBundles: number;
  readonly reviews: number;
}

export interface MergeCacheFacts {
  readonly version: number;
  readonly chair: {
    readonly name: string;
    readonly createdAt: string;
    readonly signingSeed: string;
    readonly ageIdentity: string;
  };
  readonly officeFingerprint: string;
  readonly caseId: string;
  readonly roundId: string;
  readonly rubricDigest: string;
  readonly rubric: Rubric;
  readonly chairManifest: CaseManifest;
  readonly memberBundles: number;
  readonly reviews: number;
  /** SHA-256 of each group bundle file, so a damaged cache is built again. */
  readonly groupBundles: readonly { file: string; sha256: string }[];
}

async function readCache(dir: string): Promise<MergeInput | null> {
  let facts: MergeCacheFacts;
  try {
    facts = JSON.parse(await readFile(join(dir, 'facts.json'), 'utf8')) as MergeCacheFacts;
  } catch {
    return null;
  }
  if (facts.version !== MERGE_CACHE_VERSION) return null;
  const groupBundles: Uint8Array[] = [];
  for (const g of facts.groupBundles) {
    const bytes = await readFile(join(dir, g.file)).catch(() => null);
    if (bytes === null || createHash('sha256').update(bytes).digest('hex') !== g.sha256)
      return null;
    groupBundles.push(new Uint8Array(bytes));
  }
  const chair = await identityFromKeys(
    { name: facts.chair.name, organisation: '基准测试单位', region: '北京市', role: 'expert' },
    facts.chair.createdAt,
    Buffer.from(facts.chair.signingSeed, 'hex'),
    facts.chair.ageIdentity,
  );
  return {
    groupBundles,
    chair,
    officeFingerprint: facts.officeFingerprint,
    caseId: facts.caseId,
    roundId: facts.roundId,
    rubricDigest: facts.rubricDigest,
    rubric: facts.rubric,
    chairManifest: facts.chairManifest,
    memberBundles: facts.memberBundles,
    reviews: facts.reviews,
  };
}

/**
 * The input, from the cache folder `dir` when a finished build of this version is there (its
 * files unchanged), else built into it (a few minutes on two cores).
 */
export async function mergeInput(dir: string, log: (line: string) => void): Promise<MergeInput> {
  const cached = await readCache(dir);
  if (cached !== null) {
    log(`input read from the cache ${dir}`);
    return cached;
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  log(`building the input in ${dir} (sealed once, then cached)`);
  const { buildMergeInput } = await import('./merge-round');
  await buildMergeInput(dir, log);
  const built = await readCache(dir);
  if (built === null) throw new Error(`the merge input just built in ${dir} does not read back`);
  return built;
}
