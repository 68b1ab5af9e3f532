/**
 * The group leader's deliberation (合议, issue 11 point 1) in main, for the open package and the
 * unlocked identity: which applications this person chairs (leader, or the stand-in the office
 * designated, from the manifest's reviewReaders), the member review bundles imported
 * (member-bundle-import.ts), the merge and what the deliberation records make of it, a record
 * appended only once it fits (shared/merge/deliberation-summary.ts), and the signed group bundle
 * (group-bundle-export.ts). Everything is computed again from the journal and the kept files, one
 * operation at a time; nothing is half-saved.
 */
import { readFile } from 'node:fs/promises';
import type {
  DeliberationState,
  GroupBundleExport,
  GroupReportsExported,
  ImportedBundle,
} from '../../../shared/deliberation/deliberation-views';
import { AppError, isAppError } from '../../../shared/errors';
import { deliberationEntryOf, isDeliberationEntry } from '../../../shared/journal';
import type { JournalRecord } from '../../../shared/journal';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import type { ReviewBundleHistory } from '../bundle/bundle-history';
import type { OpenedPackage } from '../desk/open-package';
import type { Identity } from '../identity/identity';
import { deskSessionScaffold } from '../desk-session';
import type { CaseJournalService } from '../journal/case-journal-service';
import { prepareGroupMerge } from '../merge/prepare-group-merge';
import type { PreparedGroupMerge } from '../merge/prepare-group-merge';
import type { DeliberationChooser } from './deliberation-chooser';
import { noDeliberationChooser } from './deliberation-chooser';
import type { Computed, Session } from './deliberation-facts';
import { summaryOf } from './deliberation-facts';
import { sha256Hex } from '../crypto/sha256-hex';
import { deliberationJournalOf } from './deliberation-journal';
import { deliberationView } from './deliberation-view';
import { exportGroupBundle } from './group-bundle-export';
import { groupBundleCopies } from './group-bundle-copy';
import type { GroupBundleCopies } from './group-bundle-copy';
import { exportGroupReports } from './group-reports-export';
import { importMemberBundles } from './member-bundle-import';
import { memberBundleStore } from './member-bundle-store';
import { memberNameOf } from './member-name';
import type { MemberBundleStore } from './member-bundle-store';
import { recordProblem } from './record-problem';

export interface DeliberationServiceOptions {
  /** The open package, or null. */
  readonly openPackage: () => OpenedPackage | null;
  readonly unlockedIdentity: () => Identity | null;
  readonly journal: Pick<CaseJournalService, 'appendSigned' | 'liveRecords'>;
  /**
   * Where imported member bundles are kept (`<userData>/member-bundles`); null: this host keeps
   * none, and an import is refused (`journal-unavailable`).
   */
  readonly bundleFolder: string | null;
  /** The dialogs; cancelled when left out. */
  readonly chooser?: DeliberationChooser;
  /** The clock the reports' export date is read from (the system's by default). */
  readonly now?: () => Date;
}

/** Which deliberation a change was made for. */
export interface DeliberationPlace {
  readonly caseId: string;
  readonly roundId: string;
}

export interface DeliberationService {
  state(): Promise<DeliberationState>;
  importBundles(
    place: DeliberationPlace,
  ): Promise<{ imported: ImportedBundle[] | null; state: DeliberationState }>;
  append(
    place: DeliberationPlace,
    record: DeliberationRecord,
  ): Promise<{ number: number; state: DeliberationState }>;
  exportGroupBundle(
    place: DeliberationPlace,
  ): Promise<{ exported: GroupBundleExport | null; state: DeliberationState }>;
  /**
   * The group's reports (plaintext, into the folder main's dialog asks for with the warning),
   * made from the last group bundle exported and recorded in the journal; null when the dialog
   * was cancelled.
   */
  exportReports(
    place: DeliberationPlace,
  ): Promise<{ exported: GroupReportsExported | null; state: DeliberationState }>;
  /**
   * Lets go of the prepared merge (the members' opened sections) once the package or the
   * identity is gone: called after every lock, close or switch, not only at the next use.
   */
  reconcile(): Promise<void>;
  /** Whether a prepared merge (opened sections) is held now: what the lock's test looks at. */
  holdsOpenedSections(): boolean;
}

/** Files one import may choose. */
const MAX_FILES = 200;

export function createDeliberationService(
  options: DeliberationServiceOptions,
): DeliberationService {
  const chooser = options.chooser ?? noDeliberationChooser;
  // One operation at a time (an import and an append never see each other half done); the
  // session of the package's recipient; the last merge prepared, by what it was made of:
  // verifying and opening every bundle again on each record would cost a signature check and an
  // age unwrap per section each time. The merge holds the members' opened sections, so it is let
  // go of once the package or the identity is gone (locked, closed, switched).
  const desk = deskSessionScaffold<never, PreparedGroupMerge>(
    {
      openPackage: options.openPackage,
      unlockedIdentity: options.unlockedIdentity,
      bundleFolder: options.bundleFolder,
    },
    {
      unavailable: (reason) =>
        reason === 'no-package'
          ? new AppError('package-not-open')
          : new AppError('deliberation-needs-identity'),
      otherRound: () => new AppError('deliberation-other-round'),
    },
  );
  const { exclusive } = desk;
  const session = (place?: DeliberationPlace): Session => desk.session(place);

  const copiesOf = (s: Session): GroupBundleCopies =>
    groupBundleCopies(desk.bundleFolder(), s.manifest.caseId, s.identity.card.fingerprint);

  const storeOf = (s: Session): MemberBundleStore =>
    memberBundleStore(
      desk.bundleFolder(),
      s.manifest.caseId,
      s.identity.card.fingerprint,
      memberNameOf(s.manifest),
    );

  const prepare = async (
    s: Session,
    bundles: readonly Uint8Array[],
    history?: ReviewBundleHistory,
  ): Promise<PreparedGroupMerge> => {
    const key = bundles
      .map((b) => sha256Hex(b))
      .sort()
      .join('\n');
    // The same package opened (its manifest: readers, roles) and the same bundles.
    const cached = history === undefined ? desk.cached(s, key) : undefined;
    if (cached !== undefined) return cached;
    const prepared = await prepareGroupMerge({
      identity: s.identity,
      manifest: s.manifest,
      bundles,
      ...(history === undefined ? {} : { history }),
    });
    desk.keep(s, key, prepared);
    return prepared;
  };

  /** Everything from the journal and the kept files, each checked against its SHA-256. */
  const compute = async (s: Session): Promise<Computed> => {
    const records = await options.journal.liveRecords();
    const { round } = s.manifest;
    // Imports and records are the round's; only the exports are told apart by group.
    const { imported } = deliberationJournalOf(records, round.id, '');
    const slot = { caseId: s.manifest.caseId, roundId: round.id };
    const bundles =
      imported.length === 0 ? [] : await Promise.all(imported.map((b) => storeOf(s).read(slot, b)));
    const prepared = await prepare(s, bundles);
    const journal = deliberationJournalOf(records, round.id, prepared.merge.groupId);
    const deliberation = summaryOf(s, prepared.merge, journal.records);
    return { session: s, journal, prepared, bundles, deliberation };
  };

  const currentState = async (): Promise<DeliberationState> => {
    const s = desk.sessionOr();
    if (typeof s === 'string') return { available: false, reason: s };
    try {
      return deliberationView(await compute(s));
    } catch (error) {
      if (isAppError(error, 'merge-not-chairing')) {
        return { available: false, reason: 'not-chairing' };
      }
      throw error;
    }
  };

  /** The journal entry of a record that fits; a refusal names the record and its problem. */
  const entryFor = (c: Computed, records: readonly JournalRecord[], record: DeliberationRecord) => {
    const s = c.session;
    const now = deliberationJournalOf(records, s.manifest.round.id, c.prepared.merge.groupId);
    const number = now.highestNumber + 1;
    try {
      summaryOf(s, c.prepared.merge, [...now.records, record]);
    } catch (error) {
      if (!isAppError(error, 'merge-records-invalid')) throw error;
      const problem = recordProblem(
        {
          merge: c.prepared.merge,
          rubric: s.manifest.round.rubric,
          roundKind: s.manifest.round.kind,
          before: summaryOf(s, c.prepared.merge, now.records),
        },
        record,
      );
      if (problem === null) throw error;
      throw new AppError('deliberation-record-refused', { number, problem });
    }
    return deliberationEntryOf(s.manifest.round.id, number, record);
  };

  return {
    state: () => exclusive(currentState),

    reconcile: () => desk.reconcile(),

    holdsOpenedSections: () => desk.holdsCache(),

    importBundles: (place) =>
      exclusive(async () => {
        const s = session(place);
        const store = storeOf(s);
        const paths = await chooser.chooseMemberBundles();
        if (paths === null || paths.length === 0) {
          return { imported: null, state: deliberationView(await compute(s)) };
        }
        if (paths.length > MAX_FILES) throw new AppError('limits-exceeded');
        const chosen = await Promise.all(paths.map((p) => readFile(p)));
        const imported = await importMemberBundles(
          { journal: options.journal, store, compute, prepare },
          s,
          chosen,
        );
        return { imported, state: deliberationView(await compute(s)) };
      }),

    append: (place, record) =>
      exclusive(async () => {
        const s = session(place);
        const c = await compute(s);
        // Checked inside the append, against the records the journal holds then.
        const { record: written } = await options.journal.appendSigned((records) =>
          entryFor(c, records, record),
        );
        const number = isDeliberationEntry(written) ? written.number : 0;
        return { number, state: deliberationView(await compute(s)) };
      }),

    exportGroupBundle: (place) =>
      exclusive(async () => {
        const s = session(place);
        const c = await compute(s);
        const exported = await exportGroupBundle(
          { journal: options.journal, chooser, copies: copiesOf(s) },
          c,
        );
        return {
          exported,
          state: deliberationView(exported === null ? c : await compute(s)),
        };
      }),

    exportReports: (place) =>
      exclusive(async () => {
        const s = session(place);
        const c = await compute(s);
        const exported = await exportGroupReports(
          {
            journal: options.journal,
            chooser: {
              chooseReportFolder: async (warning) =>
                (await chooser.chooseReportFolder?.(warning)) ?? null,
            },
            copies: copiesOf(s),
            now: (options.now ?? (() => new Date()))(),
          },
          c,
        );
        return {
          exported,
          state: deliberationView(exported === null ? c : await compute(s)),
        };
      }),
  };
}
