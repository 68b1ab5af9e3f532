/**
 * A real material round of two groups for the committee's tests, sealed by the office's own code:
 * four applications, g1 (leader e01, members e02, e03) reviewing the first two and g2 (leader
 * e04, members e05, e06) the last two, chair e09 in conflict with the fourth (so its package
 * lacks it and its result section is withheld from the chair), vice-chair e10. Every expert
 * writes a review bundle from their own package; each leader merges their group through the
 * leader's own import and signs a group bundle with a decision per application.
 */
import type { DeliberationRule } from '../../../../shared/domain/deliberation';
import { join } from 'node:path';
import type { CaseManifest } from '../../../../shared/case/case-manifest';
import type { DeliberationRecord } from '../../../../shared/merge/deliberation-records';
import { deliberationSummary } from '../../../../shared/merge/deliberation-summary';
import {
  materialHashesOf,
  sectionReadersOf,
  signUndertaking,
  writeReviewBundle,
} from '../../../../electron/core/bundle';
import { openCasePackage } from '../../../../electron/core/case';
import type { Identity } from '../../../../electron/core/identity';
import { prepareGroupMerge, writeGroupBundle } from '../../../../electron/core/merge';
import { reviewDraft } from '../bundle/bundle-fixtures';
import { person } from '../office/office-fixtures';
import { applicationText, sealOfficeRound, seatsOf } from '../../../fixtures/sealed-round';

export const COMMITTEE_PEOPLE = [
  { id: 'e01', name: '一组组长', role: 'leader' },
  { id: 'e02', name: '一组组员乙', role: 'member' },
  { id: 'e03', name: '一组组员丙', role: 'member' },
  { id: 'e04', name: '二组组长', role: 'leader' },
  { id: 'e05', name: '二组组员乙', role: 'member' },
  { id: 'e06', name: '二组组员丙', role: 'member' },
  { id: 'e09', name: '主任委员', role: 'chair' },
  { id: 'e10', name: '副主任委员', role: 'vice-chair' },
] as const;

/** Each member's score ratio per application of their group, in order: the ranking is known. */
const RATIOS: Record<string, readonly number[]> = {
  e01: [0.9, 0.7],
  e02: [0.86, 0.72],
  e03: [0.88, 0.74],
  e04: [0.8, 0.6],
  e05: [0.82, 0.64],
  e06: [0.84, 0.62],
};

export interface CommitteeRound {
  readonly office: Identity;
  readonly manifests: ReadonlyMap<string, CaseManifest>;
  /** In 申报编号 order: 2026001 … 2026004. */
  readonly applicationIds: readonly string[];
  identity(expertId: string): Identity;
  /** Every member's review bundle (sequence 1). */
  readonly reviews: ReadonlyMap<string, Uint8Array>;
  /** A leader's group bundle over their group's review bundles. */
  groupBundle(
    leaderId: 'e01' | 'e04',
    options?: {
      sequence?: number;
      decision?: (applicationId: string) => DeliberationRecord[];
      /** A rule of the leader's own (as `merge --group --quorum` could give), not the round's. */
      rule?: DeliberationRule;
    },
  ): Promise<Uint8Array>;
}

async function reviewBundle(identity: Identity, manifest: CaseManifest, expertId: string) {
  const roster = manifest.rosterStatement!;
  const ids = manifest.groups.flatMap((g) => g.applicationIds);
  return writeReviewBundle({
    identity,
    roster,
    rubric: manifest.round.rubric,
    sequence: 1,
    undertaking: signUndertaking(identity, {
      caseId: roster.statement.caseId,
      roundId: roster.statement.roundId,
      text: manifest.undertaking.text,
      signedAt: '2026-11-20T09:00:00+08:00',
    }),
    applications: manifest.applications.map((a) => ({
      applicationId: a.id,
      materials: materialHashesOf(manifest, a.id),
      outcome: reviewDraft(manifest.round.rubric, RATIOS[expertId]![ids.indexOf(a.id)]!),
      readers: sectionReadersOf(manifest, a.id),
    })),
  });
}

export async function committeeRound(root: string): Promise<CommitteeRound> {
  const office = await person('办公室');
  const people = new Map<string, Identity>();
  for (const p of COMMITTEE_PEOPLE) people.set(p.id, await person(p.name, 'expert'));
  const out = join(root, 'packages');
  const { applicationIds } = await sealOfficeRound({
    office,
    workspace: join(root, '2026.qboffice'),
    outDir: out,
    applications: [0, 1, 2, 3].map((index) => ({
      applicationNo: `202600${index + 1}`,
      applicantName: `申报单位${index + 1}有限公司`,
      experienceTitle: `经验${index + 1}`,
      scope: 1 as const,
      materials: [
        applicationText(
          `申报材料${index + 1}.docx`,
          Buffer.concat([
            Buffer.from(`第${index + 1}份申报材料`),
            Buffer.alloc(2000 * (index + 1), 32),
          ]),
        ),
      ],
    })),
    people: seatsOf(COMMITTEE_PEOPLE, (id) => people.get(id)!.card),
    groups: [
      {
        id: 'g1',
        name: '第一组',
        leaderId: 'e01',
        memberIds: ['e02', 'e03'],
        applications: [0, 1],
      },
      {
        id: 'g2',
        name: '第二组',
        leaderId: 'e04',
        memberIds: ['e05', 'e06'],
        applications: [2, 3],
      },
    ],
    committee: { chairId: 'e09', viceChairId: 'e10' },
    conflicts: [{ expertId: 'e09', application: 3, kind: 'same-organisation' }],
    withPassphrases: false,
    scryptLogN: 10,
  });
  const manifests = new Map<string, CaseManifest>();
  for (const p of COMMITTEE_PEOPLE) {
    const opened = await openCasePackage(join(out, `${p.id}.qbcase`), {
      officeFingerprint: office.card.fingerprint,
      identity: people.get(p.id)!.ageIdentity,
    });
    manifests.set(p.id, opened.manifest as CaseManifest);
    await opened.close();
  }
  const reviews = new Map<string, Uint8Array>();
  for (const id of ['e01', 'e02', 'e03', 'e04', 'e05', 'e06']) {
    reviews.set(id, await reviewBundle(people.get(id)!, manifests.get(id)!, id));
  }
  return {
    office,
    manifests,
    applicationIds,
    identity: (id) => people.get(id)!,
    reviews,
    async groupBundle(leaderId, options = {}) {
      const manifest = manifests.get(leaderId)!;
      const identity = people.get(leaderId)!;
      const memberIds = leaderId === 'e01' ? ['e01', 'e02', 'e03'] : ['e04', 'e05', 'e06'];
      const prepared = await prepareGroupMerge({
        identity,
        manifest,
        bundles: memberIds.map((id) => reviews.get(id)!),
      });
      const records = prepared.merge.applications.flatMap(
        (a) =>
          options.decision?.(a.applicationId) ?? [
            {
              kind: 'decision' as const,
              applicationId: a.applicationId,
              decision: 'enter-defense' as const,
            },
          ],
      );
      return writeGroupBundle({
        identity,
        roster: manifest.rosterStatement!,
        rubric: manifest.round.rubric,
        sequence: options.sequence ?? 1,
        ...(options.rule === undefined ? {} : { rule: options.rule }),
        memberBundles: prepared.memberBundles,
        merge: prepared.merge,
        records,
        deliberation: deliberationSummary({
          merge: prepared.merge,
          rubric: manifest.round.rubric,
          roundKind: 'material',
          records,
          ...(options.rule === undefined ? {} : { rule: options.rule }),
        }),
        readersOf: (id) => prepared.readersOf(id),
      });
    },
  };
}
