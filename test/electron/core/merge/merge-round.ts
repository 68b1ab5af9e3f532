/**
 * A real material round for the merge's tests: sealed by the office's own code (test/electron/
 * core/desk/desk-fixtures.ts: group g1 with leader e01 and members e02, e03; e03 in conflict
 * with the first application, so it is not in e03's package; chair e09, vice-chair e10), and
 * review bundles written by each member from their own package's manifest, with the roster
 * statements the office signs per person.
 */
import type { CaseManifest } from '../../../../shared/case/case-manifest';
import type { SignedRosterStatement } from '../../../../shared/bundle/roster-statement';
import type { ReviewDraft } from '../../../../electron/core/bundle';
import {
  materialHashesOf,
  sectionReadersOf,
  signRosterStatement,
  signUndertaking,
  writeReviewBundle,
} from '../../../../electron/core/bundle';
import { openCasePackage } from '../../../../electron/core/case';
import type { Identity } from '../../../../electron/core/identity';
import { join } from 'node:path';
import { sealRound } from '../../../../electron/core/office/office-seal';
import type { DeliberationRule } from '../../../../shared/domain/deliberation';
import { addConflict, setRoundRule, setStandIn } from '../../../../shared/office/office-record';
import { keysOf, reviewDraft } from '../bundle/bundle-fixtures';
import { sealedRound } from '../desk/desk-fixtures';
import type { SealedRound } from '../desk/desk-fixtures';
import { sealableCase } from '../office/sealable-case';

/**
 * The same round, changed by the office before sealing: the leader e01 in conflict with the third
 * application and e02 designated as its stand-in (代行组长), or a deliberation rule of its own, or both.
 */
async function sealedWith(
  root: string,
  options: { leaderInConflictWithThird?: boolean; rule?: DeliberationRule },
): Promise<SealedRound> {
  const sealable = await sealableCase(root);
  const third = sealable.applicationIds[2]!;
  if (options.leaderInConflictWithThird === true) {
    await sealable.session.update((c) =>
      setStandIn(addConflict(c, { expertId: 'e01', applicationId: third, kind: 'relative' }), {
        roundId: 'material',
        applicationId: third,
        expertId: 'e02',
      }),
    );
  }
  const { rule } = options;
  if (rule !== undefined) await sealable.session.update((c) => setRoundRule(c, 'material', rule));
  const out = join(root, 'packages');
  const report = await sealRound(sealable.session, {
    office: sealable.office,
    roundId: 'material',
    outDir: out,
    withPassphrases: false,
    scryptLogN: 10,
  });
  return {
    ...sealable,
    out,
    report,
    file: (id) => join(out, `${id}.qbcase`),
    passphrase: () => '',
    identity: (id) => sealable.people.get(id)!,
  };
}

export interface MergeRound {
  readonly sealed: SealedRound;
  readonly manifests: ReadonlyMap<string, CaseManifest>;
  readonly applicationIds: readonly string[];
  identity(expertId: string): Identity;
  /** The office's roster statement for a person (seat in g1; e01 leads it). */
  statement(
    expertId: string,
    change?: Partial<SignedRosterStatement['statement']>,
  ): SignedRosterStatement;
  /** A member's review bundle of every application of their package. */
  reviewBundle(
    expertId: string,
    options?: {
      sequence?: number;
      ratio?: number;
      draft?: (applicationId: string, draft: ReviewDraft) => ReviewDraft;
      manifest?: (manifest: CaseManifest) => CaseManifest;
      /** Another roster statement than the office's own for this person. */
      roster?: SignedRosterStatement;
    },
  ): Promise<Uint8Array>;
}

const SEATS: Record<
  string,
  { role: 'leader' | 'member' | 'chair' | 'vice-chair'; groupId?: string }[]
> = {
  e01: [{ role: 'leader', groupId: 'g1' }],
  e02: [{ role: 'member', groupId: 'g1' }],
  e03: [{ role: 'member', groupId: 'g1' }],
  e09: [{ role: 'chair' }],
  e10: [{ role: 'vice-chair' }],
};

export async function mergeRound(
  root: string,
  options: {
    leaderInConflictWithThird?: boolean;
    /** The round's 表决规则 as the office sets it before sealing (the default otherwise). */
    rule?: DeliberationRule;
  } = {},
): Promise<MergeRound> {
  const sealed =
    options.leaderInConflictWithThird === true || options.rule !== undefined
      ? await sealedWith(root, options)
      : await sealedRound(root);
  const manifests = new Map<string, CaseManifest>();
  for (const id of ['e01', 'e02', 'e03', 'e09', 'e10']) {
    const opened = await openCasePackage(sealed.file(id), {
      officeFingerprint: sealed.office.card.fingerprint,
      identity: sealed.identity(id).ageIdentity,
    });
    manifests.set(id, opened.manifest as CaseManifest);
    await opened.close();
  }
  const leaderManifest = manifests.get('e01')!;
  const statement: MergeRound['statement'] = (expertId, change = {}) =>
    signRosterStatement(sealed.office.signingKey, {
      format: 'qb-roster-statement',
      version: 1,
      caseId: leaderManifest.caseId,
      roundId: leaderManifest.round.id,
      rubricDigest: leaderManifest.rubricDigest,
      packageSequence: 1,
      office: keysOf(sealed.office),
      reviewSections: 3,
      member: { ...keysOf(sealed.identity(expertId)), expertId, seats: SEATS[expertId]! },
      ...change,
    });
  return {
    sealed,
    manifests,
    applicationIds: sealed.applicationIds,
    identity: (id) => sealed.identity(id),
    statement,
    async reviewBundle(expertId, options = {}) {
      const identity = sealed.identity(expertId);
      const manifest = (options.manifest ?? ((m) => m))(manifests.get(expertId)!);
      const roster = options.roster ?? statement(expertId);
      return writeReviewBundle({
        identity,
        roster,
        rubric: manifest.round.rubric,
        sequence: options.sequence ?? 1,
        undertaking: signUndertaking(identity, {
          caseId: roster.statement.caseId,
          roundId: roster.statement.roundId,
          text: manifest.undertaking.text,
          signedAt: '2026-11-20T09:00:00+08:00',
        }),
        applications: manifest.applications.map((a) => {
          const draft = reviewDraft(manifest.round.rubric, options.ratio ?? 0.8);
          return {
            applicationId: a.id,
            materials: materialHashesOf(manifest, a.id),
            outcome: options.draft?.(a.id, draft) ?? draft,
            readers: sectionReadersOf(manifest, a.id),
          };
        }),
      });
    },
  };
}
