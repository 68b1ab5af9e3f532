/**
 * The group leader's deliberation (合议, issue 11 point 1) in main, for the open package and the
 * unlocked identity: which applications this person chairs (leader, or the stand-in the office
 * designated, from the manifest's reviewReaders), the member review bundles imported (verified
 * with prepareGroupMerge against the package, kept as they came in the app's data, admitted by
 * one journal record per import), the merge and what the deliberation records make of it, a
 * record appended only once it fits (shared/merge/deliberation-summary.ts), and the signed group
 * bundle written where the person chooses. Nothing is half-saved: a refused import keeps no file
 * and writes no record; a refused record is not written.
 *
 * The resubmission rule (docs/merge.md, "In the app"): a member bundle is admitted unless it
 * would change the merge of an application whose deliberation is open (has a record), which is
 * then frozen on the bundles it was opened with (`deliberation-member-frozen`).
 */
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CaseManifest } from '../../../shared/case/case-manifest';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { defaultDeliberationRule } from '../../../shared/domain/deliberation';
import type {
  AvailableDeliberation,
  DeliberationState,
  DeliberationUnavailable,
  GroupBundleExport,
  ImportedBundle,
} from '../../../shared/deliberation/deliberation-views';
import { AppError, isAppError } from '../../../shared/errors';
import type { ImportedMemberBundle } from '../../../shared/journal';
import { deliberationEntryOf } from '../../../shared/journal';
import type { DeliberationRecord } from '../../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../../shared/merge/deliberation-summary';
import type { ApplicationDeliberation } from '../../../shared/merge/deliberation-summary';
import type { GroupMerge } from '../../../shared/merge/group-merge';
import { ReviewBundleHistory } from '../bundle/bundle-history';
import type { OpenedPackage } from '../desk/open-package';
import type { Identity } from '../identity/identity';
import type { CaseJournalService } from '../journal/case-journal-service';
import { prepareGroupMerge } from '../merge/prepare-group-merge';
import type { PreparedGroupMerge } from '../merge/prepare-group-merge';
import { verifyGroupBundle } from '../merge/verify-group-bundle';
import { writeGroupBundle } from '../merge/write-group-bundle';
import { writeFileAtomic } from '../storage/atomic-write';
import type { DeliberationChooser } from './deliberation-chooser';
import { noDeliberationChooser } from './deliberation-chooser';
import { deliberationJournalOf } from './deliberation-journal';
import type { DeliberationJournal } from './deliberation-journal';
import { memberBundleStore } from './member-bundle-store';
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
}

/** The package, the identity that chairs, and the journal's records, or why there are none. */
interface Session {
  readonly open: OpenedPackage;
  readonly manifest: CaseManifest;
  readonly identity: Identity;
}

/** The merge of the bundles the journal admitted, the records, and what they make of it. */
interface Computed {
  readonly session: Session;
  readonly journal: DeliberationJournal;
  readonly prepared: PreparedGroupMerge;
  readonly bundles: readonly Uint8Array[];
  readonly deliberation: readonly ApplicationDeliberation[];
}

const MAX_FILES = 200;
/** The round's rule: the manifest carries none yet (docs/merge.md), so always the default. */
const RULE = defaultDeliberationRule;

const sha256 = (bytes: Uint8Array | string) =>
  createHash('sha256')
    .update(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes)
    .digest('hex');

export const mergeDigestOf = (merge: GroupMerge): string => sha256(canonicalJson(merge));

function applicationNoIn(manifest: CaseManifest, applicationId: string): string {
  return manifest.applications.find((a) => a.id === applicationId)?.applicationNo ?? applicationId;
}

export function createDeliberationService(
  options: DeliberationServiceOptions,
): DeliberationService {
  const chooser = options.chooser ?? noDeliberationChooser;
  // One operation at a time: an import and an append never see each other half done.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
  // The last merge prepared, by what it was made of: verifying and opening every bundle again
  // on each record would cost a signature check and an age unwrap per section each time.
  let cached: { open: OpenedPackage; key: string; prepared: PreparedGroupMerge } | null = null;

  const sessionOr = (): Session | DeliberationUnavailable => {
    const found = ((): Session | DeliberationUnavailable => {
      const open = options.openPackage();
      if (open === null) return 'no-package';
      const identity = options.unlockedIdentity();
      if (identity === null || identity.card.fingerprint !== open.view.recipient.fingerprint) {
        return 'no-identity';
      }
      if (!open.canSign) return 'passphrase-only';
      return { open, manifest: open.manifest, identity };
    })();
    // The merge holds the members' opened sections: let go of it once the package or the
    // identity is gone (locked, closed, switched).
    if (typeof found === 'string' || cached?.open !== found.open) cached = null;
    return found;
  };

  const session = (): Session => {
    const found = sessionOr();
    if (found === 'no-package') throw new AppError('package-not-open');
    if (typeof found === 'string') throw new AppError('deliberation-needs-identity');
    return found;
  };

  const checkPlace = (s: Session, place: DeliberationPlace) => {
    if (place.caseId !== s.manifest.caseId || place.roundId !== s.manifest.round.id) {
      throw new AppError('deliberation-other-round');
    }
  };

  const storeOf = (s: Session): MemberBundleStore => {
    if (options.bundleFolder === null) throw new AppError('journal-unavailable');
    return memberBundleStore(options.bundleFolder, s.manifest.caseId, s.identity.card.fingerprint);
  };

  const slotOf = (s: Session) => ({ caseId: s.manifest.caseId, roundId: s.manifest.round.id });

  const prepare = async (
    s: Session,
    bundles: readonly Uint8Array[],
    history?: ReviewBundleHistory,
  ): Promise<PreparedGroupMerge> => {
    const key = [s.manifest.caseId, s.identity.card.fingerprint, s.manifest.round.id]
      .concat(bundles.map((b) => sha256(b)).sort())
      .join('\n');
    // The same package opened (its manifest: readers, roles) and the same bundles.
    if (history === undefined && cached?.open === s.open && cached.key === key) {
      return cached.prepared;
    }
    const prepared = await prepareGroupMerge({
      identity: s.identity,
      manifest: s.manifest,
      bundles,
      ...(history === undefined ? {} : { history }),
    });
    cached = { open: s.open, key, prepared };
    return prepared;
  };

  /** The stored bundles the journal admitted, read back and checked against their hashes. */
  const storedBundles = async (s: Session, journal: DeliberationJournal) => {
    if (journal.imported.length === 0) return [];
    const store = storeOf(s);
    return Promise.all(journal.imported.map((b) => store.read(slotOf(s), b)));
  };

  /**
   * A kept bundle gone or altered is put back from a chosen file with its SHA-256: the way out
   * of `deliberation-bundle-missing` is to import that file again.
   */
  const restoreKept = async (
    s: Session,
    store: MemberBundleStore,
    chosen: readonly Uint8Array[],
  ) => {
    const journal = deliberationJournalOf(
      await options.journal.liveRecords(),
      s.manifest.round.id,
      '',
    );
    const byDigest = new Map(chosen.map((bytes) => [sha256(bytes), bytes]));
    for (const bundle of journal.imported) {
      const bytes = byDigest.get(bundle.sha256);
      if (bytes === undefined) continue;
      try {
        await store.read(slotOf(s), bundle);
      } catch (error) {
        if (!isAppError(error, 'deliberation-bundle-missing')) throw error;
        await store.put(slotOf(s), bundle, bytes);
      }
    }
  };

  /** Everything from the journal: which group this person chairs is the merge's. */
  const compute = async (s: Session): Promise<Computed> => {
    const records = await options.journal.liveRecords();
    // The group is known once merged; the records of the round are the group's (one group a round).
    const anyGroup = deliberationJournalOf(records, s.manifest.round.id, '');
    const bundles = await storedBundles(s, anyGroup);
    const prepared = await prepare(s, bundles);
    const journal = deliberationJournalOf(records, s.manifest.round.id, prepared.merge.groupId);
    const deliberation = deliberationSummary({
      merge: prepared.merge,
      rubric: s.manifest.round.rubric,
      roundKind: s.manifest.round.kind,
      rule: RULE,
      records: journal.records,
    });
    return { session: s, journal, prepared, bundles, deliberation };
  };

  const viewOf = (c: Computed): AvailableDeliberation => {
    const { manifest } = c.session;
    const { merge } = c.prepared;
    const group = manifest.groups.find((g) => g.id === merge.groupId);
    const nameOf = new Map((group?.members ?? []).map((m) => [m.expertId, m.name]));
    const opened = new Set(c.journal.records.map((r) => r.applicationId));
    return {
      available: true,
      caseId: manifest.caseId,
      round: { id: manifest.round.id, kind: manifest.round.kind, name: manifest.round.name },
      group: { id: merge.groupId, name: group?.name ?? merge.groupId },
      merger: merge.merger,
      rule: { quorum: RULE.quorum, pass: RULE.pass, source: 'default' },
      members: merge.members.map((m) => ({
        expertId: m.expertId,
        name: nameOf.get(m.expertId) ?? '',
        fingerprint: m.fingerprint,
        role: m.role,
        submitted:
          m.submitted === null
            ? null
            : {
                sequence: m.submitted.sequence,
                sha256: m.submitted.digest,
                superseded: m.submitted.superseded.map((x) => ({
                  sequence: x.sequence,
                  sha256: x.digest,
                })),
              },
      })),
      applications: merge.applications.map((a) => {
        const facts = manifest.applications.find((x) => x.id === a.applicationId);
        return {
          applicationId: a.applicationId,
          applicationNo: facts?.applicationNo ?? a.applicationId,
          applicantName: facts?.applicantName ?? '',
          experienceTitle: facts?.experienceTitle ?? '',
          chairRole: a.chairRole,
          opened: opened.has(a.applicationId),
        };
      }),
      merge,
      mergeDigest: mergeDigestOf(merge),
      deliberation: [...c.deliberation],
      records: [...c.journal.entries],
      exports: [...c.journal.exports],
    };
  };

  const currentState = async (): Promise<DeliberationState> => {
    const s = sessionOr();
    if (typeof s === 'string') return { available: false, reason: s };
    try {
      return viewOf(await compute(s));
    } catch (error) {
      if (isAppError(error, 'merge-not-chairing')) {
        return { available: false, reason: 'not-chairing' };
      }
      throw error;
    }
  };

  /** Refuses a merge that changes an application whose deliberation is open. */
  const checkFrozen = (
    s: Session,
    before: GroupMerge,
    after: GroupMerge,
    records: readonly DeliberationRecord[],
    newAuthors: ReadonlySet<string>,
  ) => {
    const opened = new Set(records.map((r) => r.applicationId));
    for (const application of after.applications) {
      if (!opened.has(application.applicationId)) continue;
      const was = before.applications.find((a) => a.applicationId === application.applicationId);
      if (was !== undefined && canonicalJson(was) === canonicalJson(application)) continue;
      // Whose bundle changed it: a new author whose place in the application differs.
      const placeOf = (a: typeof application | undefined, expertId: string) =>
        canonicalJson([
          a?.rows.find((r) => r.expertId === expertId) ?? null,
          a?.missing.find((m) => m.expertId === expertId) ?? null,
          a?.recused.find((r) => r.expertId === expertId) ?? null,
        ]);
      const expertId =
        [...newAuthors].sort().find((id) => placeOf(was, id) !== placeOf(application, id)) ??
        [...newAuthors].sort()[0] ??
        '';
      throw new AppError('deliberation-member-frozen', {
        expertId,
        applicationNo: applicationNoIn(s.manifest, application.applicationId),
      });
    }
  };

  return {
    state: () => exclusive(currentState),

    importBundles: (place) =>
      exclusive(async () => {
        const s = session();
        checkPlace(s, place);
        const store = storeOf(s);
        const paths = await chooser.chooseMemberBundles();
        if (paths === null || paths.length === 0) {
          return { imported: null, state: viewOf(await compute(s)) };
        }
        if (paths.length > MAX_FILES) throw new AppError('limits-exceeded');
        const chosen = await Promise.all(paths.map((p) => readFile(p)));
        await restoreKept(s, store, chosen);
        const before = await compute(s);
        const held = new Map(before.journal.imported.map((b) => [b.sha256, b]));
        const fresh = chosen.filter((bytes) => !held.has(sha256(bytes)));

        // The bundles held are the history a new one is admitted against: an older sequence of
        // a member than one held is stale, another bundle with a held sequence equivocation.
        const history = new ReviewBundleHistory();
        for (const b of before.journal.imported) {
          history.admit({
            caseId: s.manifest.caseId,
            roundId: s.manifest.round.id,
            author: b.fingerprint,
            sequence: b.sequence,
            digest: b.sha256,
          });
        }
        const prepared = await prepare(s, [...before.bundles, ...fresh], history);
        const added: ImportedMemberBundle[] = prepared.memberBundles
          .filter(({ verified }) => !held.has(verified.digest))
          .map(({ verified }) => ({
            expertId: verified.header.roster.statement.member.expertId,
            fingerprint: verified.header.author.fingerprint,
            sequence: verified.header.sequence,
            sha256: verified.digest,
          }))
          .sort(
            (a, b) =>
              (a.expertId < b.expertId ? -1 : a.expertId > b.expertId ? 1 : 0) ||
              a.sequence - b.sequence,
          );
        checkFrozen(
          s,
          before.prepared.merge,
          prepared.merge,
          before.journal.records,
          new Set(added.map((b) => b.expertId)),
        );
        // The records still fit (they must: no opened application changed).
        deliberationSummary({
          merge: prepared.merge,
          rubric: s.manifest.round.rubric,
          roundKind: s.manifest.round.kind,
          rule: RULE,
          records: before.journal.records,
        });

        const outcomes = chosen.map((bytes): ImportedBundle => {
          const digest = sha256(bytes);
          const old = held.get(digest);
          if (old !== undefined) {
            return {
              expertId: old.expertId,
              sequence: old.sequence,
              outcome: 'already-present',
              supersedes: null,
            };
          }
          const bundle = added.find((b) => b.sha256 === digest)!;
          const earlier = [...before.journal.imported, ...added]
            .filter((b) => b.fingerprint === bundle.fingerprint && b.sequence < bundle.sequence)
            .map((b) => b.sequence);
          return {
            expertId: bundle.expertId,
            sequence: bundle.sequence,
            outcome: 'added',
            supersedes: earlier.length === 0 ? null : Math.max(...earlier),
          };
        });
        if (added.length > 0) {
          const bytesOf = new Map(chosen.map((b) => [sha256(b), b]));
          const written: ImportedMemberBundle[] = [];
          try {
            for (const bundle of added) {
              await store.put(slotOf(s), bundle, bytesOf.get(bundle.sha256)!);
              written.push(bundle);
            }
            // One record for the whole import: all of it is admitted, or none.
            await options.journal.appendSigned(() => ({
              kind: 'member-bundles-imported',
              roundId: s.manifest.round.id,
              bundles: added,
            }));
          } catch (error) {
            await Promise.all(written.map((b) => store.remove(slotOf(s), b)));
            throw error;
          }
        }
        return { imported: outcomes, state: viewOf(await compute(s)) };
      }),

    append: (place, record) =>
      exclusive(async () => {
        const s = session();
        checkPlace(s, place);
        const c = await compute(s);
        let number = 0;
        await options.journal.appendSigned((records) => {
          const now = deliberationJournalOf(records, s.manifest.round.id, c.prepared.merge.groupId);
          number = now.highestNumber + 1;
          const all = [...now.records, record];
          try {
            deliberationSummary({
              merge: c.prepared.merge,
              rubric: s.manifest.round.rubric,
              roundKind: s.manifest.round.kind,
              rule: RULE,
              records: all,
            });
          } catch (error) {
            if (!isAppError(error, 'merge-records-invalid')) throw error;
            const problem = recordProblem(
              {
                merge: c.prepared.merge,
                rubric: s.manifest.round.rubric,
                roundKind: s.manifest.round.kind,
                before: c.deliberation,
              },
              record,
            );
            if (problem === null) throw error;
            throw new AppError('deliberation-record-refused', { number, problem });
          }
          return deliberationEntryOf(s.manifest.round.id, number, record);
        });
        return { number, state: viewOf(await compute(s)) };
      }),

    exportGroupBundle: (place) =>
      exclusive(async () => {
        const s = session();
        checkPlace(s, place);
        const c = await compute(s);
        const { manifest, identity } = s;
        const { merge } = c.prepared;
        const undecided = c.deliberation
          .filter((d) => d.decision === null)
          .map((d) => applicationNoIn(manifest, d.applicationId));
        if (undecided.length > 0) {
          throw new AppError('deliberation-undecided', { applicationNos: undecided });
        }
        const roster = manifest.rosterStatement;
        if (roster === undefined) throw new AppError('review-package-without-roster');
        const sequence = (c.journal.exports.at(-1)?.sequence ?? 0) + 1;
        const defaultName = `${manifest.caseId}.${manifest.round.id}.${merge.groupId}.group.${sequence}.qbbundle`;
        const path = await chooser.chooseGroupBundleFile(defaultName);
        if (path === null) return { exported: null, state: viewOf(c) };
        const bytes = await writeGroupBundle({
          identity,
          roster,
          rubric: manifest.round.rubric,
          sequence,
          memberBundles: c.prepared.memberBundles,
          merge,
          records: c.journal.records,
          deliberation: [...c.deliberation],
          rule: RULE,
          readersOf: (id) => c.prepared.readersOf(id),
        });
        // What is written is checked as any verifier will check it, against this package.
        verifyGroupBundle(bytes, {
          officeFingerprint: manifest.office.fingerprint,
          caseId: manifest.caseId,
          roundId: manifest.round.id,
          rubricDigest: manifest.rubricDigest,
        });
        const fileName = basename(path);
        const mergeDigest = mergeDigestOf(merge);
        const bundleSha256 = sha256(bytes);
        await writeFileAtomic(path, bytes);
        let at: string;
        try {
          const { record } = await options.journal.appendSigned(() => ({
            kind: 'group-bundle-exported',
            roundId: manifest.round.id,
            groupId: merge.groupId,
            sequence,
            bundleSha256,
            mergeDigest,
            fileName,
          }));
          at = record.at;
        } catch (error) {
          await rm(path, { force: true });
          throw error;
        }
        return {
          exported: { sequence, fileName, sha256: bundleSha256, mergeDigest, at },
          state: viewOf(await compute(s)),
        };
      }),
  };
}
