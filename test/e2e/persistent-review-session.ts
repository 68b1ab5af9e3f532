/**
 * The expert's review in a Chromium whose profile persists on disk (launchPersistentContext, as
 * a user's browser profile would: IndexedDB, Local and Session Storage, Cache Storage, blob
 * storage and the session files all land in it), for the secrecy scan of what the expert types:
 * the same fixture and dialogs as officeHarnessPerTest, Chromium's profile, home and temp folder
 * under the fixture's folder. After each test: no request left the app, no page error; nothing
 * of `texts` in plaintext in the office's folder, the app's data directory, the core services'
 * temp folder or anything Chromium wrote (its profile undone by the scan as Chromium stores it,
 * test/support/chromium-storage.ts), with the session open and again once Chromium has closed
 * (it writes on the way out); and a leak planted in each of those folders is found by the same
 * scan, so it can fail.
 */
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { openPersistentHarness } from '../harness/transport';
import type { HarnessOptions, PersistentHarness } from '../harness/transport';
import { foldersMissingAPlantedLeak } from '../support/marker-documents';
import { plaintextFoundUnder } from '../support/plaintext-scan';
import type { PlaintextFinding } from '../support/plaintext-scan';
import { MATERIAL_MARKER, prepareOfficeFixture } from './office-fixture';
import type { OfficeFixture } from './office-fixture';

type Extra = Pick<HarnessOptions, 'packageChooser' | 'reviewChooser'>;

/** One run: the fixture, Chromium's scratch folder (its profile in `profile/`) and the app. */
export interface PersistentRun {
  readonly fixture: OfficeFixture;
  readonly chromiumScratch: string;
  readonly harness: PersistentHarness;
  /** Every folder the app and Chromium write to (never the slips folder). */
  readonly writtenFolders: readonly string[];
  /** The scan of those folders for `texts`, with Chromium as it is now. */
  scan(texts: readonly string[]): Promise<PlaintextFinding[]>;
  /** Closes Chromium (once) and scans. */
  closeAndScan(texts: readonly string[]): Promise<PlaintextFinding[]>;
  /** Closes Chromium if open, puts TMPDIR back and removes the fixture. */
  end(): Promise<void>;
}

/** A fresh fixture, and the app in a persistent Chromium profile under its folder, opened. */
export async function startPersistentRun(
  viewport: { width: number; height: number },
  extra: Extra = {},
): Promise<PersistentRun> {
  const fixture = await prepareOfficeFixture();
  // Temp files the core services write land where the scan looks.
  const previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = fixture.tempDir;
  const chromiumScratch = join(fixture.root, 'chromium');
  await mkdir(chromiumScratch, { recursive: true });
  const harness = await openPersistentHarness(join(chromiumScratch, 'profile'), chromiumScratch, {
    viewport,
    fileChooser: fixture.chooser,
    appDataDir: fixture.appDataDir,
    ...extra,
  });
  await harness.open();
  const writtenFolders = [
    fixture.officeFolder,
    fixture.appDataDir,
    fixture.tempDir,
    chromiumScratch,
  ];
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await harness.close();
    }
  };
  const scan = (texts: readonly string[]) => plaintextFoundUnder(writtenFolders, texts);
  return {
    fixture,
    chromiumScratch,
    harness,
    writtenFolders,
    scan,
    async closeAndScan(texts) {
      await close();
      return scan(texts);
    },
    async end() {
      try {
        await close();
      } finally {
        if (previousTmp === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = previousTmp;
        await fixture.cleanup();
      }
    },
  };
}

const isFolder = (path: string) =>
  stat(path).then(
    (found) => found.isDirectory(),
    () => false,
  );

/**
 * Registers, inside a describe block, a persistent run per test and the checks above after it;
 * `texts` are what must never be found (the confidential texts and what the test types).
 */
export function persistentReviewPerTest(
  viewport: { width: number; height: number },
  extra: Extra,
  texts: readonly string[],
): {
  readonly harness: PersistentHarness;
  readonly fixture: OfficeFixture;
  /** The scan the lifecycle runs after each test, for a test to run at a point of its own. */
  scanWritten(): Promise<PlaintextFinding[]>;
} {
  let run: PersistentRun | undefined;
  beforeEach(async () => {
    run = await startPersistentRun(viewport, extra);
  });
  afterEach(async () => {
    const current = run!;
    const { outsideRequests, pageProblems } = current.harness;
    try {
      const whileOpen = await current.scan(texts);
      const afterClose = await current.closeAndScan(texts);
      const profile = current.harness.userDataDir;
      const { workspace, outputFolder } = current.fixture.choices;
      const plantIn = [...current.writtenFolders, profile, workspace!, outputFolder!];
      const existing: string[] = [];
      for (const folder of plantIn) if (await isFolder(folder)) existing.push(folder);
      const missed = await foldersMissingAPlantedLeak(existing, MATERIAL_MARKER, current.scan);
      expect(outsideRequests, 'requests that left the app').toEqual([]);
      expect(pageProblems, 'CSP violations or page errors').toEqual([]);
      expect(existing, 'Chromium’s persistent profile is scanned').toContain(profile);
      expect(whileOpen).toEqual([]);
      expect(afterClose).toEqual([]);
      expect(missed).toEqual([]);
    } finally {
      await current.end();
    }
  });
  return {
    get harness() {
      return run!.harness;
    },
    get fixture() {
      return run!.fixture;
    },
    scanWritten: () => run!.scan(texts),
  };
}
