/**
 * A group leader's laptop for the deliberation's tests: the real core services (identity store,
 * desk, journal, deliberation) over a data folder, the leader's identity unlocked and their own
 * package (sealed by the office's code, test/electron/core/merge/merge-round.ts) open with it,
 * every call through the one validating dispatch; the dialogs answered with files the test
 * prepared. Opening a second laptop over the same folder is a restart of the app.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliberationChooser } from '../../../../electron/core/deliberation';
import { encodeIdentityFile } from '../../../../electron/core/identity/identity-file';
import { identityFileName } from '../../../../electron/core/identity/identity-folder';
import { createCoreServices } from '../../../../electron/core/services';
import type { CoreServices } from '../../../../electron/core/services';
import { createFileJsonStore } from '../../../../electron/core/storage/json-store';
import { createDispatch, createHandlers } from '../../../../electron/ipc';
import type { Dispatch } from '../../../../electron/ipc/dispatch';
import type {
  AvailableDeliberation,
  DeliberationState,
} from '../../../../shared/deliberation/deliberation-views';
import { preparedPackageChooser } from '../desk/prepared-package-chooser';
import { preparedIdentities } from '../identity/prepared-identity-chooser';
import type { MergeRound } from '../merge/merge-round';
import { preparedFileChooser } from '../office/prepared-file-chooser';
import { STRONG } from '../office/office-fixtures';

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

export interface LeaderLaptop {
  readonly services: CoreServices;
  readonly dispatch: Dispatch;
  readonly dialogs: PreparedDeliberationChooser;
  /** The place every change names: the open package's case and round. */
  readonly place: { caseId: string; roundId: string };
  close(): Promise<void>;
}

export function valueOf<T>(result: unknown): T {
  const r = result as { ok: boolean; value?: T; error?: unknown };
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** The typed reason of a refusal through the dispatch (undefined when it was answered). */
export function refusal(
  result: unknown,
): { code: string; params: Record<string, unknown> } | undefined {
  const r = result as {
    ok: boolean;
    error?: { reason: { code: string; params: Record<string, unknown> } };
  };
  return r.ok ? undefined : r.error?.reason;
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
  const identity = round.identity(expertId);
  await mkdir(join(dataDir, 'identities'), { recursive: true });
  await writeFile(
    join(dataDir, 'identities', identityFileName(identity.card.fingerprint)),
    await encodeIdentityFile(identity, STRONG, 10),
  );
  const dialogs = preparedDeliberationChooser();
  const services = createCoreServices({
    store: createFileJsonStore(join(dataDir, 'settings')),
    host: 'test-harness',
    appVersion: '1',
    platform: 'linux',
    fileChooser: preparedFileChooser(),
    identities: preparedIdentities(join(dataDir, 'identities')),
    packageChooser: preparedPackageChooser({ packageFile: round.sealed.file(expertId) }),
    journals: { folder: join(dataDir, 'journals') },
    deliberation: { folder: join(dataDir, 'member-bundles'), chooser: dialogs },
  });
  const dispatch = createDispatch(createHandlers(services));
  valueOf(
    await dispatch('identity:unlock', {
      fingerprint: identity.card.fingerprint,
      passphrase: STRONG,
    }),
  );
  if (how.open !== false) {
    valueOf(
      await dispatch('desk:open', { officeFingerprint: round.sealed.office.card.fingerprint }),
    );
  }
  const manifest = round.manifests.get(expertId)!;
  return {
    services,
    dispatch,
    dialogs,
    place: { caseId: manifest.caseId, roundId: manifest.round.id },
    async close() {
      await services.desk.close();
      await services.journal.close();
    },
  };
}
