/**
 * The group pool warmed as the chair's desk opens (docs/committee.md, "Where the work runs"): the
 * chair's or acting vice-chair's package opened, or their committee screen shown, starts the
 * pool's workers, so the first merge does not wait for them; a leader's or an expert's package
 * starts none. Observed twice: through the service's seam (who is warmed, when) and through the
 * real core services and the process's own pool (the app's wiring). A warm-up nobody waits for
 * leaves the starting threads unreferenced, so it never keeps the process alive.
 */
import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createCommitteeDeskService } from '../../../../electron/core/committee-desk';
import type { CommitteeDeskService } from '../../../../electron/core/committee-desk';
import { GroupOpenPool, groupOpenPool } from '../../../../electron/core/committee/group-open-pool';
import type { OpenedPackage } from '../../../../electron/core/desk/open-package';
import type { Identity } from '../../../../electron/core/identity';
import { committeeRound } from '../committee/committee-round';
import { chairLaptop } from './chair-laptop';
import type { ChairLaptop } from './chair-laptop';

const scratch = await mkdtemp(join(tmpdir(), 'qb-committee-warm-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const root = join(scratch, 'round');
const round = await committeeRound(root);

/** The package of `expertId` as the desk holds it once opened with their own identity. */
function openedBy(expertId: string): OpenedPackage {
  const manifest = round.manifests.get(expertId)!;
  return {
    view: { recipient: { fingerprint: round.identity(expertId).card.fingerprint } },
    manifest,
    canSign: true,
  } as unknown as OpenedPackage;
}

interface Desk {
  readonly service: CommitteeDeskService;
  readonly warmed: () => number;
  open(expertId: string | null): void;
}

/** A committee desk over a package and an identity the test switches, counting its warm-ups. */
function desk(): Desk {
  let open: OpenedPackage | null = null;
  let identity: Identity | null = null;
  let warmed = 0;
  const service = createCommitteeDeskService({
    openPackage: () => open,
    unlockedIdentity: () => identity,
    journal: {
      liveRecords: async () => [],
      appendSigned: async () => {
        throw new Error('nothing is signed here');
      },
    },
    bundleFolder: join(scratch, 'group-bundles'),
    warmGroupPool: () => {
      warmed += 1;
    },
  });
  return {
    service,
    warmed: () => warmed,
    open(expertId) {
      open = expertId === null ? null : openedBy(expertId);
      identity = expertId === null ? null : round.identity(expertId);
    },
  };
}

describe('the committee desk warms the group pool', () => {
  it.each([
    ['the chair', 'e09'],
    ['the acting vice-chair', 'e10'],
  ])('when %s opens their package and when their desk is shown', async (_who, expertId) => {
    const d = desk();
    await d.service.reconcile();
    expect(d.warmed()).toBe(0);
    d.open(expertId);
    await d.service.reconcile();
    expect(d.warmed()).toBe(1);
    const state = await d.service.state();
    expect(state.available).toBe(true);
    expect(d.warmed()).toBe(2);
    // Closed (or locked): nothing more is warmed.
    d.open(null);
    await d.service.reconcile();
    expect((await d.service.state()).available).toBe(false);
    expect(d.warmed()).toBe(2);
  });

  it.each([
    ['a group leader', 'e01'],
    ['an expert', 'e02'],
  ])('never for %s', async (_who, expertId) => {
    const d = desk();
    d.open(expertId);
    await d.service.reconcile();
    expect(await d.service.state()).toEqual({ available: false, reason: 'not-chair' });
    expect(d.warmed()).toBe(0);
  });

  it("never for the chair's package with another person's identity unlocked", async () => {
    let warmed = 0;
    const other = createCommitteeDeskService({
      openPackage: () => openedBy('e09'),
      unlockedIdentity: () => round.identity('e10'),
      journal: {
        liveRecords: async () => [],
        appendSigned: async () => {
          throw new Error('nothing is signed here');
        },
      },
      bundleFolder: null,
      warmGroupPool: () => {
        warmed += 1;
      },
    });
    await other.reconcile();
    expect(await other.state()).toEqual({ available: false, reason: 'no-identity' });
    expect(warmed).toBe(0);
  });
});

/** A worker thread that starts when the test says so, counting ref and unref. */
class FakeWorker extends EventEmitter {
  refs = 0;
  unrefs = 0;
  ref() {
    this.refs += 1;
  }
  unref() {
    this.unrefs += 1;
  }
  postMessage() {}
  async terminate() {
    this.emit('exit', 1);
    return 1;
  }
}

describe('a warm-up nobody waits for', () => {
  it('leaves the starting threads unreferenced; one awaited holds them until ready', async () => {
    const started: FakeWorker[] = [];
    const pool = new GroupOpenPool({
      size: 2,
      start: () => {
        const w = new FakeWorker();
        started.push(w);
        return w as unknown as Worker;
      },
    });
    const free = pool.warmUp({ holdProcess: false });
    expect(pool.running).toBe(2);
    expect(started.map((w) => w.refs)).toEqual([0, 0]);
    expect(started.every((w) => w.unrefs > 0)).toBe(true);
    for (const w of started) w.emit('message', { ready: true });
    await free;
    expect(started.map((w) => w.refs)).toEqual([0, 0]);
    await pool.close();

    const held = new GroupOpenPool({
      size: 1,
      start: () => {
        const w = new FakeWorker();
        started.push(w);
        return w as unknown as Worker;
      },
    });
    const awaited = held.warmUp();
    const w = started.at(-1)!;
    expect(w.refs).toBe(1);
    const unrefsBefore = w.unrefs;
    w.emit('message', { ready: true });
    await awaited;
    expect(w.unrefs).toBe(unrefsBefore + 1);
    await held.close();
  });
});

describe("the app's wiring: the process's own pool", () => {
  const laptops: ChairLaptop[] = [];
  afterEach(async () => {
    for (const l of laptops.splice(0)) await l.close();
  });
  afterAll(async () => {
    await groupOpenPool()?.close();
  });

  it("starts no worker for a leader's package, and every worker for the chair's", async () => {
    const pool = groupOpenPool()!;
    expect(pool.running).toBe(0);
    const leader = await chairLaptop(round, join(root, 'packages'), join(scratch, 'l'), 'e01');
    laptops.push(leader);
    expect(pool.running).toBe(0);
    await leader.close();
    laptops.splice(0);

    const chair = await chairLaptop(round, join(root, 'packages'), join(scratch, 'c'), 'e09');
    laptops.push(chair);
    // Started as the package opened, before any merge: no bundle has been imported.
    expect(pool.running).toBe(pool.size);
    expect(pool.done).toEqual({ byWorkers: 0, here: 0 });
  });
});
