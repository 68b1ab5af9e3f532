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
import type { Rubric } from '../../shared/domain/rubric';
import { packageManifest, reviewAt, reviewBundleFrom } from '../fixtures/review-bundles';
import { keepIdentityFile } from '../fixtures/round-identities';
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

function manifestOf(sealed: SealedForExpert, expertId: string) {
  return packageManifest(
    sealed.packageOf(expertId),
    sealed.office.card.fingerprint,
    sealed.people.get(expertId)!.identity,
  );
}

/** What a member wrote on each application: resubmissions say so in their comments. */
function reviewTexts(sequence: number) {
  const note = sequence > 1 ? '（修改后重新提交）' : '';
  return {
    comments: { c1: `方法科学，原理清楚。${note}`, c1p1: '符合质量管理基本规律。' },
    overall: {
      strengths: `体系完整，数据翔实。${note}`,
      weaknesses: '对标数据偏少。',
      suggestions: '补充与行业标杆的对比。',
    },
  };
}

export async function sealForDeliberation(
  fixture: OfficeFixture,
  bundleFolder: string,
): Promise<DeliberationRound> {
  const sealed = await sealForExpert(fixture, { leaderConflict: true });
  for (const id of ['e01', 'e04'])
    await keepIdentityFile(fixture.appDataDir, sealed.people.get(id)!);
  const office = await manifestOf(sealed, 'e09');
  const applicationIds = office.applications.map((a) => a.id);
  const rubric = office.round.rubric;
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
      const bytes = await reviewBundleFrom(
        sealed.people.get(expertId)!.identity,
        manifest,
        sequence,
        (applicationId) => {
          const ratio = RATIOS[expertId]![applicationIds.indexOf(applicationId)]!;
          return reviewAt(rubric, ratio, reviewTexts(sequence), 0.6);
        },
      );
      await writeFile(file, bytes);
      (bundles[expertId] ??= []).push(file);
    }
  }
  return { sealed, applicationIds, bundles, rubric };
}
