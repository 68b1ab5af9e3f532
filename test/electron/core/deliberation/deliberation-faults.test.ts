/**
 * Nothing half-saved when the journal cannot take the record (a full disk): an import leaves no
 * kept file, an export no group bundle where the dialog said; the journal and the state are as
 * before, and the same import goes through once there is room. The real service, package and
 * journal, over a round sealed by the office's code; only the journal's append is made to fail.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDeliberationService } from '../../../../electron/core/deliberation';
import { openPackage } from '../../../../electron/core/desk/open-package';
import { createCaseJournalService } from '../../../../electron/core/journal/case-journal-service';
import { createJournalMemory } from '../../../../electron/core/journal/journal-memory';
import { createMemoryJsonStore } from '../../../../electron/core/storage/json-store';
import { AppError, isAppError } from '../../../../shared/errors';
import { freshStores } from '../desk/desk-fixtures';
import { mergeRound } from '../merge/merge-round';
import { preparedDeliberationChooser } from './leader-laptop';

const scratch = await mkdtemp(join(tmpdir(), 'qb-deliberation-faults-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const round = await mergeRound(join(scratch, 'round'));

async function codeOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'accepted';
}

describe('a journal that cannot write', () => {
  it('keeps no file of a refused import or export', async () => {
    const identity = round.identity('e01');
    const open = await openPackage(round.sealed.file('e01'), {
      identity,
      officeFingerprint: round.sealed.office.card.fingerprint,
      ...freshStores(),
    });
    const journal = createCaseJournalService({
      folder: join(scratch, 'journals'),
      memory: createJournalMemory(createMemoryJsonStore()),
      unlockedIdentity: () => identity,
      openCase: () => ({ caseId: open.manifest.caseId, recipient: identity.card.fingerprint }),
      chooser: { chooseBackupFolder: async () => null, chooseBackupFile: async () => null },
    });
    const disk = { full: false };
    const dialogs = preparedDeliberationChooser();
    const kept = join(scratch, 'member-bundles');
    const service = createDeliberationService({
      openPackage: () => open,
      unlockedIdentity: () => identity,
      journal: {
        liveRecords: () => journal.liveRecords(),
        appendSigned: (make) =>
          disk.full
            ? Promise.reject(new AppError('journal-disk-full'))
            : journal.appendSigned(make),
      },
      bundleFolder: kept,
      chooser: dialogs,
    });
    const place = { caseId: open.manifest.caseId, roundId: open.manifest.round.id };
    try {
      const usb = join(scratch, 'usb');
      await mkdir(usb);
      const paths = await Promise.all(
        ['e01', 'e02', 'e03'].map(async (id) => {
          const path = join(usb, `${id}.qbbundle`);
          await writeFile(path, await round.reviewBundle(id));
          return path;
        }),
      );
      const before = await service.state();
      dialogs.memberBundles = paths;
      disk.full = true;
      expect(await codeOf(service.importBundles(place))).toBe('journal-disk-full');
      const folders = await readdir(kept).catch(() => [] as string[]);
      for (const folder of folders) expect(await readdir(join(kept, folder))).toEqual([]);
      expect(await service.state()).toEqual(before);

      disk.full = false;
      const { imported } = await service.importBundles(place);
      expect(imported?.map((i) => i.outcome)).toEqual(['added', 'added', 'added']);
      for (const applicationId of round.applicationIds) {
        const missing = applicationId === round.applicationIds[0];
        if (missing) {
          await service.append(place, {
            kind: 'absence',
            applicationId,
            expertId: 'e03',
            cause: 'recused-by-office',
            reason: '回避。',
          });
        }
        await service.append(place, { kind: 'decision', applicationId, decision: 'enter-defense' });
      }

      const out = join(usb, 'g1.qbbundle');
      dialogs.groupBundleFile = out;
      disk.full = true;
      expect(await codeOf(service.exportGroupBundle(place))).toBe('journal-disk-full');
      expect(
        await access(out).then(
          () => true,
          () => false,
        ),
      ).toBe(false);
      disk.full = false;
      const { exported } = await service.exportGroupBundle(place);
      expect(exported?.sequence).toBe(1);
      expect(
        await access(out).then(
          () => true,
          () => false,
        ),
      ).toBe(true);
    } finally {
      await journal.close();
      await open.close();
    }
  });
});
