/**
 * Bad group bundles for the committee round (committee-round.ts), made by real changes: one as
 * someone else would make it (their roster statement, their group, their case or round; one
 * application, decided with no member bundle): an unknown office, a merger the package does not
 * seat, a group outside the case, another case or round; and g1's leader's bundle embedding a
 * member bundle with a flipped byte.
 */
import { deliberationSummary } from '../../../../shared/merge/deliberation-summary';
import { mergeGroup } from '../../../../shared/merge/group-merge';
import { signRosterStatement } from '../../../../electron/core/bundle';
import type { Identity } from '../../../../electron/core/identity';
import { prepareGroupMerge, writeGroupBundle } from '../../../../electron/core/merge';
import { keysOf } from '../bundle/bundle-fixtures';
import type { CommitteeRound } from './committee-round';

export interface ForgedGroupBundle {
  readonly signer: Identity;
  readonly expertId: string;
  readonly office: Identity;
  readonly groupId?: string;
  readonly caseId?: string;
  readonly roundId?: string;
}

export async function forgedGroupBundle(
  round: CommitteeRound,
  options: ForgedGroupBundle,
): Promise<Uint8Array> {
  const manifest = round.manifests.get('e01')!;
  const applicationId = round.applicationIds[0]!;
  const groupId = options.groupId ?? 'g1';
  const caseId = options.caseId ?? manifest.caseId;
  const roundId = options.roundId ?? manifest.round.id;
  const roster = signRosterStatement(options.office.signingKey, {
    format: 'qb-roster-statement',
    version: 1,
    caseId,
    roundId,
    rubricDigest: manifest.rubricDigest,
    packageSequence: 1,
    reviewSections: 2,
    office: keysOf(options.office),
    member: {
      ...keysOf(options.signer),
      expertId: options.expertId,
      seats: [{ role: 'leader', groupId }],
    },
  });
  const me = { expertId: options.expertId, fingerprint: options.signer.card.fingerprint };
  const groupMerge = mergeGroup({
    caseId,
    roundId,
    groupId,
    rubric: manifest.round.rubric,
    rubricDigest: manifest.rubricDigest,
    merger: me,
    members: [{ ...me, role: 'leader' }],
    applications: [{ applicationId, chairRole: 'leader' }],
    submissions: [],
  });
  return writeGroupBundle({
    identity: options.signer,
    roster,
    rubric: manifest.round.rubric,
    sequence: 1,
    memberBundles: [],
    merge: groupMerge,
    records: [],
    deliberation: deliberationSummary({
      merge: groupMerge,
      rubric: manifest.round.rubric,
      roundKind: 'material',
      records: [],
    }),
    readersOf: () => [
      { fingerprint: round.office.card.fingerprint, ageRecipient: round.office.card.ageRecipient },
    ],
  });
}

/** g1's leader's group bundle, e02's member bundle in it with a byte flipped in a section. */
export async function groupBundleWithBadMember(round: CommitteeRound): Promise<Uint8Array> {
  const manifest = round.manifests.get('e01')!;
  const leader = round.identity('e01');
  const prepared = await prepareGroupMerge({
    identity: leader,
    manifest,
    bundles: ['e01', 'e02', 'e03'].map((id) => round.reviews.get(id)!),
  });
  const memberBundles = prepared.memberBundles.map((m) => {
    if (m.verified.header.roster.statement.member.expertId !== 'e02') return m;
    const bytes = Buffer.from(m.bytes);
    bytes[bytes.length - 100]! ^= 1;
    return { bytes, verified: m.verified };
  });
  const records = prepared.merge.applications.map((a) => ({
    kind: 'decision' as const,
    applicationId: a.applicationId,
    decision: 'enter-defense' as const,
  }));
  return writeGroupBundle({
    identity: leader,
    roster: manifest.rosterStatement!,
    rubric: manifest.round.rubric,
    sequence: 1,
    memberBundles,
    merge: prepared.merge,
    records,
    deliberation: deliberationSummary({
      merge: prepared.merge,
      rubric: manifest.round.rubric,
      roundKind: 'material',
      records,
    }),
    readersOf: (id) => prepared.readersOf(id),
  });
}
