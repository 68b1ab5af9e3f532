/**
 * The chair's laptop for the committee desk's tests: the real core services (identity store,
 * desk, journal, committee desk) over a data folder, the chair's (or vice-chair's) identity
 * unlocked and their own package (sealed by the office's code, ../committee/committee-round.ts)
 * open with it, every call through the one validating dispatch; the dialogs answered with files
 * the test prepared. A second laptop over the same folder is a restart of the app.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommitteeDeskChooser } from '../../../../electron/core/committee-desk';
import { encodeIdentityFile } from '../../../../electron/core/identity/identity-file';
import { identityFileName } from '../../../../electron/core/identity/identity-folder';
import type { PlaintextWarning } from '../../../../electron/core/report/report-export-chooser';
import { createCoreServices } from '../../../../electron/core/services';
import { createFileJsonStore } from '../../../../electron/core/storage/json-store';
import { createDispatch, createHandlers } from '../../../../electron/ipc';
import type { Dispatch } from '../../../../electron/ipc/dispatch';
import type { CommitteeRound } from '../committee/committee-round';
import { preparedPackageChooser } from '../desk/prepared-package-chooser';
import { valueOf } from '../deliberation/leader-laptop';
import { preparedIdentities } from '../identity/prepared-identity-chooser';
import { preparedFileChooser } from '../office/prepared-file-chooser';
import { STRONG } from '../office/office-fixtures';

/** The chair's dialogs as a test sets them: null answers as a cancelled dialog. */
export interface PreparedCommitteeChooser extends CommitteeDeskChooser {
  groupBundles: string[] | null;
  resultFile: string | null;
  reReviewFile: string | null;
  reportFolder: string | null;
  offered: string[];
  warnings: PlaintextWarning[];
}

export function preparedCommitteeChooser(): PreparedCommitteeChooser {
  const c: PreparedCommitteeChooser = {
    groupBundles: null,
    resultFile: null,
    reReviewFile: null,
    reportFolder: null,
    offered: [],
    warnings: [],
    chooseGroupBundles: async () => c.groupBundles,
    chooseResultBundleFile: async (name) => {
      c.offered.push(name);
      return c.resultFile;
    },
    chooseReReviewFile: async (name) => {
      c.offered.push(name);
      return c.reReviewFile;
    },
    chooseReportFolder: async (warning) => {
      c.warnings.push(warning);
      return c.reportFolder;
    },
  };
  return c;
}

export interface ChairLaptop {
  readonly dispatch: Dispatch;
  readonly dialogs: PreparedCommitteeChooser;
  readonly place: { caseId: string; roundId: string };
  close(): Promise<void>;
}

export async function chairLaptop(
  round: CommitteeRound,
  packagesDir: string,
  dataDir: string,
  expertId = 'e09',
): Promise<ChairLaptop> {
  const identity = round.identity(expertId);
  await mkdir(join(dataDir, 'identities'), { recursive: true });
  await writeFile(
    join(dataDir, 'identities', identityFileName(identity.card.fingerprint)),
    await encodeIdentityFile(identity, STRONG, 10),
  );
  const dialogs = preparedCommitteeChooser();
  const services = createCoreServices({
    store: createFileJsonStore(join(dataDir, 'settings')),
    host: 'test-harness',
    appVersion: '1',
    platform: 'linux',
    fileChooser: preparedFileChooser(),
    identities: preparedIdentities(join(dataDir, 'identities')),
    packageChooser: preparedPackageChooser({
      packageFile: join(packagesDir, `${expertId}.qbcase`),
    }),
    journals: { folder: join(dataDir, 'journals') },
    committee: { folder: join(dataDir, 'group-bundles'), chooser: dialogs },
  });
  const dispatch = createDispatch(createHandlers(services));
  valueOf(
    await dispatch('identity:unlock', {
      fingerprint: identity.card.fingerprint,
      passphrase: STRONG,
    }),
  );
  valueOf(await dispatch('desk:open', { officeFingerprint: round.office.card.fingerprint }));
  const manifest = round.manifests.get(expertId)!;
  return {
    dispatch,
    dialogs,
    place: { caseId: manifest.caseId, roundId: manifest.round.id },
    async close() {
      await services.desk.close();
      await services.journal.close();
    },
  };
}
