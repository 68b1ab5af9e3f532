/**
 * The chair's committee work (issue 11 point 2) in main, for the open package and the unlocked
 * identity: whether this person signs for the committee (the chair, or the vice-chair acting for
 * the chair, from their seats in the manifest's roster), the group bundles imported
 * (group-bundle-import.ts), the committee merge under the chair's decisions in force (kept as
 * journal records, taken only once the merge accepts them), the signed result bundle, the
 * reports, and the re-review act of an objection. Everything is computed again from the journal
 * and the kept files, one operation at a time.
 */
import { readFile } from 'node:fs/promises';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { AppError } from '../../../shared/errors';
import type {
  CommitteeDeskSettings,
  CommitteeDeskState,
  ImportedGroupOutcome,
  ReReviewRequest,
  ReReviewSigned,
  ReportsExported,
  ResultBundleExport,
} from '../../../shared/committee-desk/committee-desk-views';
import { signerRoleOf } from '../committee';
import { groupOpenPool } from '../committee/group-open-pool';
import type { OpenedPackage } from '../desk/open-package';
import type { Identity } from '../identity/identity';
import { deskSessionScaffold } from '../desk-session';
import type { CaseJournalService } from '../journal/case-journal-service';
import type { CommitteeDeskChooser } from './committee-desk-chooser';
import { noCommitteeDeskChooser } from './committee-desk-chooser';
import { admittedMerge } from './admitted-merge';
import type { AdmittedMerge } from './admitted-merge';
import type { Computed, Session } from './committee-desk-facts';
import { coreSettings } from './committee-desk-facts';
import { sha256Hex } from '../crypto/sha256-hex';
import { committeeDeskView } from './committee-desk-view';
import { committeeJournalOf } from './committee-journal';
import { importGroupBundles } from './group-bundle-import';
import { groupBundleStore } from './group-bundle-store';
import type { GroupBundleStore } from './group-bundle-store';
import { signReReview } from './re-review-export';
import { exportCommitteeReports } from './reports-export';
import { exportResultBundle } from './result-bundle-export';

export interface CommitteeDeskServiceOptions {
  readonly openPackage: () => OpenedPackage | null;
  readonly unlockedIdentity: () => Identity | null;
  readonly journal: Pick<CaseJournalService, 'appendSigned' | 'liveRecords'>;
  /** Where imported group bundles are kept (`<userData>/group-bundles`); null: none kept. */
  readonly bundleFolder: string | null;
  readonly chooser?: CommitteeDeskChooser;
  /** The clock of the acts (a test seam). */
  readonly now?: () => Date;
  /**
   * Starts the group pool's workers, not waited for (a test seam): by default the process's pool,
   * warmed without keeping the process alive.
   */
  readonly warmGroupPool?: () => void;
}

/**
 * Warms the process's group pool, never failing its caller: a pool that cannot start leaves the
 * merge to this thread, as it would anyway.
 */
function warmSharedGroupPool(): void {
  try {
    void groupOpenPool()
      ?.warmUp({ holdProcess: false })
      .catch(() => undefined);
  } catch {
    // No pool here: the merge does its work on this thread.
  }
}

export interface CommitteePlace {
  readonly caseId: string;
  readonly roundId: string;
}

export interface CommitteeDeskService {
  state(): Promise<CommitteeDeskState>;
  importBundles(
    place: CommitteePlace,
  ): Promise<{ imported: ImportedGroupOutcome[] | null; state: CommitteeDeskState }>;
  setSettings(place: CommitteePlace, settings: CommitteeDeskSettings): Promise<CommitteeDeskState>;
  exportResultBundle(
    place: CommitteePlace,
  ): Promise<{ exported: ResultBundleExport | null; state: CommitteeDeskState }>;
  /** The reports written and recorded in the journal; null when the dialog was cancelled. */
  exportReports(
    place: CommitteePlace,
  ): Promise<{ exported: ReportsExported | null; state: CommitteeDeskState }>;
  signReReview(
    request: ReReviewRequest,
  ): Promise<{ signed: ReReviewSigned | null; state: CommitteeDeskState }>;
  /** Lets go of the opened sections once the package or the identity is gone. */
  reconcile(): Promise<void>;
  holdsOpenedSections(): boolean;
}

/** Files one import may choose. */
const MAX_FILES = 64;

/** ISO 8601 with the +08:00 offset the acts are dated in. */
function chinaTime(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 3600_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

export function createCommitteeDeskService(
  options: CommitteeDeskServiceOptions,
): CommitteeDeskService {
  const chooser = options.chooser ?? noCommitteeDeskChooser;
  const now = options.now ?? (() => new Date());
  const warmGroupPool = options.warmGroupPool ?? warmSharedGroupPool;
  // One operation at a time; the session of the package's recipient holding a committee seat;
  // the last merge prepared, by what it was made of (bundles and settings): verifying and
  // opening every group bundle down to its members on each call would be wasted work.
  const desk = deskSessionScaffold<'not-chair', AdmittedMerge>(
    {
      openPackage: options.openPackage,
      unlockedIdentity: options.unlockedIdentity,
      bundleFolder: options.bundleFolder,
      refuse: (open) => {
        try {
          signerRoleOf(open.manifest);
          return null;
        } catch {
          return 'not-chair';
        }
      },
    },
    {
      unavailable: (reason) =>
        reason === 'no-package'
          ? new AppError('package-not-open')
          : reason === 'not-chair'
            ? new AppError('committee-not-chair')
            : new AppError('committee-desk-needs-identity'),
      otherRound: () => new AppError('committee-desk-other-round'),
    },
  );
  const { exclusive } = desk;
  const session = (place?: CommitteePlace): Session => desk.session(place);

  // A kept bundle gone is said with the group's name from the manifest, its id only without one.
  const storeOf = (s: Session): GroupBundleStore =>
    groupBundleStore(
      desk.bundleFolder(),
      s.manifest.caseId,
      s.identity.card.fingerprint,
      (groupId) => s.manifest.groups.find((g) => g.id === groupId)?.name || groupId,
    );

  const prepare = async (
    s: Session,
    bundles: readonly Uint8Array[],
    settings: CommitteeDeskSettings,
  ): Promise<AdmittedMerge> => {
    const key = `${bundles
      .map((b) => sha256Hex(b))
      .sort()
      .join('\n')}\n${canonicalJson(settings)}`;
    const cached = desk.cached(s, key);
    if (cached !== undefined) return cached;
    const admitted = await admittedMerge(s.identity, s.manifest, bundles, coreSettings(settings));
    desk.keep(s, key, admitted);
    return admitted;
  };

  const computeWith = async (s: Session, settings?: CommitteeDeskSettings): Promise<Computed> => {
    const journal = committeeJournalOf(await options.journal.liveRecords(), s.manifest.round.id);
    const bundles =
      journal.imported.length === 0
        ? []
        : await Promise.all(journal.imported.map((b) => storeOf(s).read(b)));
    if (bundles.length === 0) {
      const waitingFor = s.manifest.applications.map((a) => a.applicationNo).sort();
      return { session: s, journal, bundles, prepared: null, verified: [], waitingFor };
    }
    const admitted = await prepare(s, bundles, settings ?? journal.settings);
    return { session: s, journal, bundles, ...admitted };
  };
  const compute = (s: Session) => computeWith(s);

  const currentState = async (): Promise<CommitteeDeskState> => {
    const s = desk.sessionOr();
    if (typeof s === 'string') return { available: false, reason: s };
    // The merge screen shown: its workers started now, not at the chair's first merge.
    warmGroupPool();
    return committeeDeskView(await compute(s));
  };

  return {
    state: () => exclusive(currentState),

    reconcile: async () => {
      await desk.reconcile();
      // A package just opened by its chair or acting vice-chair (reconcile follows every open,
      // close, lock and switch): the group pool's workers start while the chair looks at the desk,
      // so the first merge does not wait for them (about 0.2 s, over a second from source). Only
      // on a committee seat: a leader's or an expert's package starts no thread. The pool still
      // ends them after its quiet spell.
      if (typeof desk.sessionOr() !== 'string') warmGroupPool();
    },

    holdsOpenedSections: () => desk.holdsCache(),

    importBundles: (place) =>
      exclusive(async () => {
        const s = session(place);
        const store = storeOf(s);
        const paths = await chooser.chooseGroupBundles();
        if (paths === null || paths.length === 0) {
          return { imported: null, state: committeeDeskView(await compute(s)) };
        }
        if (paths.length > MAX_FILES) throw new AppError('limits-exceeded');
        const chosen = await Promise.all(paths.map((p) => readFile(p)));
        const settingsNow = committeeJournalOf(
          await options.journal.liveRecords(),
          s.manifest.round.id,
        ).settings;
        const imported = await importGroupBundles(
          {
            journal: options.journal,
            store,
            compute,
            prepare: (session_, bundles) => prepare(session_, bundles, settingsNow),
          },
          s,
          chosen,
        );
        return { imported, state: committeeDeskView(await compute(s)) };
      }),

    setSettings: (place, settings) =>
      exclusive(async () => {
        const s = session(place);
        // The merge must take them (every exclusion an application of the round, with its
        // reason): checked before the journal keeps them.
        const known = new Set(s.manifest.applications.map((a) => a.id));
        const ids = settings.exclusions.map((e) => e.applicationId);
        if (ids.some((id) => !known.has(id)) || new Set(ids).size !== ids.length) {
          throw new AppError('committee-settings-invalid');
        }
        await computeWith(s, settings);
        await options.journal.appendSigned(() => ({
          kind: 'committee-settings',
          roundId: s.manifest.round.id,
          basis: settings.basis,
          quota: settings.quota,
          scoreLine: settings.scoreLine,
          exclusions: settings.exclusions.map((e) => ({
            applicationId: e.applicationId,
            reason: e.reason.trim(),
          })),
        }));
        return committeeDeskView(await compute(s));
      }),

    exportResultBundle: (place) =>
      exclusive(async () => {
        const s = session(place);
        const c = await compute(s);
        const exported = await exportResultBundle({ journal: options.journal, chooser }, c);
        return {
          exported,
          state: committeeDeskView(exported === null ? c : await compute(s)),
        };
      }),

    exportReports: (place) =>
      exclusive(async () => {
        const s = session(place);
        const c = await compute(s);
        const exported = await exportCommitteeReports(
          { journal: options.journal, chooser, now: now() },
          c,
        );
        return {
          exported,
          state: committeeDeskView(exported === null ? c : await compute(s)),
        };
      }),

    signReReview: ({ caseId, roundId, ...request }) =>
      exclusive(async () => {
        const s = session({ caseId, roundId });
        const c = await compute(s);
        const signed = await signReReview(
          { journal: options.journal, chooser, now: () => chinaTime(now()) },
          c,
          request,
        );
        return { signed, state: committeeDeskView(signed === null ? c : await compute(s)) };
      }),
  };
}
