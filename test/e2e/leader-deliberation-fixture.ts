/**
 * The group leader's deliberation e2e: the desk e2e's round sealed by the office's own code with
 * the leader (e01) in conflict with the second application and e04 designated its stand-in, so
 * the group is e01 (leader), e03 and e04; and real review bundles of the three written by the
 * core (writeReviewBundle), each from the person's own package: their manifest's roster
 * statement, rubric, undertaking, material hashes and section readers, as review:submit builds
 * them. e03 submits three times (the second supersedes the first; the third comes after the
 * deliberation has begun, and is refused); e04 scores the first application
 * far below the others (a deviation warning). The leader's and the stand-in's identity files go
 * into the harness's identities folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReviewDraft } from '../../electron/core/bundle';
import {
  materialHashesOf,
  sectionReadersOf,
  signUndertaking,
  writeReviewBundle,
} from '../../electron/core/bundle';
import { openCasePackage } from '../../electron/core/case';
import { identityFileName } from '../../electron/core/identity/identity-folder';
import type { CaseManifest } from '../../shared/case/case-manifest';
import { rubricParts } from '../../shared/domain/rubric';
import type { Rubric } from '../../shared/domain/rubric';
import { sealForExpert } from './expert-desk-fixture';
import type { SealedForExpert } from './expert-desk-fixture';
import type { OfficeFixture } from './office-fixture';

export { EXPERT_PASSPHRASE } from './expert-desk-fixture';

/** Each member's share of every part's maximum, per application index (0, 1, 2). */
const RATIOS: Readonly<Record<string, readonly [number, number, number]>> = {
  e01: [0.9, 0.9, 0.85],
  e03: [0.85, 0.8, 0.8],
  // Far below the others on the first application: flagged in total and in every criterion.
  e04: [0.4, 0.75, 0.8],
};

export interface DeliberationRound {
  readonly sealed: SealedForExpert;
  readonly applicationIds: readonly string[];
  /** Each member's review bundle files, lowest sequence first (written into `bundleFolder`). */
  readonly bundles: Readonly<Record<string, readonly string[]>>;
  readonly rubric: Rubric;
}

function draftFor(rubric: Rubric, ratio: number, note: string): ReviewDraft {
  return {
    kind: 'review',
    partScores: Object.fromEntries(
      rubricParts(rubric).map(({ part }) => [part.id, Math.round(part.maxPoints * ratio * 2) / 2]),
    ),
    comments: { c1: `方法科学，原理清楚。${note}`, c1p1: '符合质量管理基本规律。' },
    overall: {
      strengths: `体系完整，数据翔实。${note}`,
      weaknesses: '对标数据偏少。',
      suggestions: '补充与行业标杆的对比。',
    },
    recommendation: ratio >= 0.6 ? 'recommend' : 'not-recommend',
    noDiscussionNeeded: false,
  };
}

async function manifestOf(sealed: SealedForExpert, expertId: string): Promise<CaseManifest> {
  const opened = await openCasePackage(sealed.packageOf(expertId), {
    officeFingerprint: sealed.office.card.fingerprint,
    identity: sealed.people.get(expertId)!.identity.ageIdentity,
  });
  try {
    return opened.manifest as CaseManifest;
  } finally {
    await opened.close();
  }
}

/** One member's review bundle of every application of their package, as review:submit writes it. */
async function reviewBundleOf(
  sealed: SealedForExpert,
  manifest: CaseManifest,
  expertId: string,
  sequence: number,
  applicationIds: readonly string[],
): Promise<Uint8Array> {
  const { identity } = sealed.people.get(expertId)!;
  const roster = manifest.rosterStatement;
  if (roster === undefined) throw new Error('sealing put no roster statement in the package');
  const rubric = manifest.round.rubric;
  return writeReviewBundle({
    identity,
    roster,
    rubric,
    sequence,
    undertaking: signUndertaking(identity, {
      caseId: manifest.caseId,
      roundId: manifest.round.id,
      text: manifest.undertaking.text,
      signedAt: '2026-11-20T09:00:00+08:00',
    }),
    applications: manifest.applications.map((a) => {
      const index = applicationIds.indexOf(a.id);
      const ratio = RATIOS[expertId]![index]!;
      return {
        applicationId: a.id,
        materials: materialHashesOf(manifest, a.id),
        outcome: draftFor(rubric, ratio, sequence > 1 ? '（修改后重新提交）' : ''),
        readers: sectionReadersOf(manifest, a.id),
      };
    }),
  });
}

export async function sealForDeliberation(
  fixture: OfficeFixture,
  bundleFolder: string,
): Promise<DeliberationRound> {
  const sealed = await sealForExpert(fixture, { leaderConflict: true });
  const identities = join(fixture.appDataDir, 'identities');
  await mkdir(identities, { recursive: true });
  for (const id of ['e01', 'e04']) {
    const person = sealed.people.get(id)!;
    await writeFile(
      join(identities, identityFileName(person.identity.card.fingerprint)),
      person.file,
    );
  }
  const office = await manifestOf(sealed, 'e09');
  const applicationIds = office.applications.map((a) => a.id);
  await mkdir(bundleFolder, { recursive: true });
  const bundles: Record<string, string[]> = {};
  for (const [expertId, sequences] of [
    ['e01', [1]],
    ['e03', [1, 2, 3]],
    ['e04', [1]],
  ] as const) {
    const manifest = await manifestOf(sealed, expertId);
    for (const sequence of sequences) {
      const file = join(bundleFolder, `${expertId}-${sequence}.qbbundle`);
      await writeFile(
        file,
        await reviewBundleOf(sealed, manifest, expertId, sequence, applicationIds),
      );
      (bundles[expertId] ??= []).push(file);
    }
  }
  return { sealed, applicationIds, bundles, rubric: office.round.rubric };
}
