/**
 * A group leader's laptop for the deliberation's tests: the laptop every desk test builds on
 * (test/fixtures/package-laptop.ts: the real core services, the identity unlocked, the package
 * open) with the deliberation's folder and its dialogs answered with files the test prepared; the
 * leader's own package sealed by the office's code (test/electron/core/merge/merge-round.ts).
 * Opening a second laptop over the same folder is a restart of the app.
 */
import { join } from 'node:path';
import type { DeliberationChooser } from '../../../../electron/core/deliberation';
import type {
  AvailableDeliberation,
  DeliberationState,
} from '../../../../shared/deliberation/deliberation-views';
import { packageLaptop } from '../../../fixtures/package-laptop';
import type { PackageLaptop } from '../../../fixtures/package-laptop';
import type { MergeRound } from '../merge/merge-round';

export { refusal, valueOf } from '../../../fixtures/package-laptop';

/** The leader's dialogs as a test sets them: null answers as a cancelled dialog. */
export interface PreparedDeliberationChooser extends DeliberationChooser {
  memberBundles: string[] | null;
  groupBundleFile: string | null;
  /** The default name the save dialog was last offered. */
  offeredName: string | null;
}

export function preparedDeliberationChooser(): PreparedDeliberationChooser {
  const chooser: PreparedDeliberationChooser = {
    memberBundles: null,
    groupBundleFile: null,
    offeredName: null,
    chooseMemberBundles: async () => chooser.memberBundles,
    chooseGroupBundleFile: async (defaultName) => {
      chooser.offeredName = defaultName;
      return chooser.groupBundleFile;
    },
  };
  return chooser;
}

export interface LeaderLaptop extends PackageLaptop {
  readonly dialogs: PreparedDeliberationChooser;
}

export function available(state: DeliberationState): AvailableDeliberation {
  if (!state.available) throw new Error(`not available: ${state.reason}`);
  return state;
}

/** The laptop of `expertId` (the leader e01 by default) with their package open. */
export async function leaderLaptop(
  round: MergeRound,
  dataDir: string,
  expertId = 'e01',
  how: { open?: boolean } = {},
): Promise<LeaderLaptop> {
  const dialogs = preparedDeliberationChooser();
  const laptop = await packageLaptop(
    {
      identity: round.identity(expertId),
      packageFile: round.sealed.file(expertId),
      manifest: round.manifests.get(expertId)!,
      officeFingerprint: round.sealed.office.card.fingerprint,
    },
    dataDir,
    { deliberation: { folder: join(dataDir, 'member-bundles'), chooser: dialogs } },
    how,
  );
  return { ...laptop, dialogs };
}
