/**
 * The chair's laptop for the committee desk's tests: the laptop every desk test builds on
 * (test/fixtures/package-laptop.ts: the real core services, the identity unlocked, the package
 * open) with the committee's folder and its dialogs answered with files the test prepared; the
 * chair's (or vice-chair's) own package sealed by the office's code
 * (../committee/committee-round.ts). A second laptop over the same folder is a restart of the app.
 */
import { join } from 'node:path';
import type { CommitteeDeskChooser } from '../../../../electron/core/committee-desk';
import type { PlaintextWarning } from '../../../../electron/core/report/report-export-chooser';
import { packageLaptop } from '../../../fixtures/package-laptop';
import type { PackageLaptop } from '../../../fixtures/package-laptop';
import type { CommitteeRound } from '../committee/committee-round';

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

export interface ChairLaptop extends PackageLaptop {
  readonly dialogs: PreparedCommitteeChooser;
}

export async function chairLaptop(
  round: CommitteeRound,
  packagesDir: string,
  dataDir: string,
  expertId = 'e09',
): Promise<ChairLaptop> {
  const dialogs = preparedCommitteeChooser();
  const laptop = await packageLaptop(
    {
      identity: round.identity(expertId),
      packageFile: join(packagesDir, `${expertId}.qbcase`),
      manifest: round.manifests.get(expertId)!,
      officeFingerprint: round.office.card.fingerprint,
    },
    dataDir,
    { committee: { folder: join(dataDir, 'group-bundles'), chooser: dialogs } },
  );
  return { ...laptop, dialogs };
}
