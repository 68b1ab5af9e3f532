/**
 * The whole chain's round (issue 11, point 7), sealed by the office's own core (the same
 * sealRound the app's 封装 button calls): the office fixture's three applications, each with a
 * stored .docx carrying the materials' marker and a scanned recommendation form; two groups,
 * 第一组 (leader e01, members e03 and e04) reviewing the first two applications and 第二组 (leader
 * e05, members e06 and e07) reviewing the third; the chair and the vice-chair. The packages land
 * in the office's folder. The review bundles of the people the e2e does not drive in the app
 * (the two leaders and e07) are written by the core (writeReviewBundle), each from the person's
 * own package, as review:submit builds them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Identity } from '../../electron/core/identity';
import type { Rubric } from '../../shared/domain/rubric';
import { packageManifest, reviewAt, reviewBundleFrom, scoresAt } from '../fixtures/review-bundles';
import { createExpertIdentities, createOfficeIdentity } from '../fixtures/round-identities';
import { pdfMaterial, scannedPdf, sealOfficeRound, seatsOf } from '../fixtures/sealed-round';
import { fixtureRoundApplications, markedApplicationText } from './fixture-round-applications';
import { OFFICE_PASSPHRASE } from './office-fixture';

export { scoresAt };

export const CHAIN_PASSPHRASE = '评审链条 口令 灯笼果园 1927 测试';

export const CHAIN_PEOPLE = [
  { id: 'e01', name: '王组长', role: 'leader' },
  { id: 'e03', name: '张专家', role: 'member' },
  { id: 'e04', name: '陈专家', role: 'member' },
  { id: 'e05', name: '刘组长', role: 'leader' },
  { id: 'e06', name: '杨专家', role: 'member' },
  { id: 'e07', name: '黄专家', role: 'member' },
  { id: 'e09', name: '李主任', role: 'chair' },
  { id: 'e10', name: '赵副主任', role: 'vice-chair' },
] as const;

export const CHAIN_GROUPS = [
  { id: 'g1', name: '第一组', leaderId: 'e01', memberIds: ['e03', 'e04'], applications: [0, 1] },
  { id: 'g2', name: '第二组', leaderId: 'e05', memberIds: ['e06', 'e07'], applications: [2] },
] as const;

/** The people whose bundles the core writes (the e2e drives e03, e04 and e06 in the app). */
export const CORE_WRITTEN = ['e01', 'e05', 'e07'] as const;

/** One person of the round: their unlocked identity and its file (CHAIN_PASSPHRASE). */
export interface ChainPerson {
  readonly identity: Identity;
  readonly file: Uint8Array;
}

export interface ChainRound {
  readonly office: Identity;
  /** The office's identity file (OFFICE_PASSPHRASE), as the office's app opens it. */
  readonly officeFile: Uint8Array;
  /** The office's workspace, as sealing left it. */
  readonly workspace: string;
  readonly people: ReadonlyMap<string, ChainPerson>;
  /** The round's applications in the fixture's order. */
  readonly applicationIds: readonly string[];
  readonly rubric: Rubric;
  /** The package file of a person of the round (`<expertId>.qbcase`). */
  packageOf(expertId: string): string;
}

export async function sealChainRound(officeFolder: string, packages: string): Promise<ChainRound> {
  const { identity: office, file: officeFile } = await createOfficeIdentity(OFFICE_PASSPHRASE, 14);
  const people = await createExpertIdentities(CHAIN_PEOPLE, CHAIN_PASSPHRASE, 12);
  const workspace = join(officeFolder, '2026.qboffice');
  const sealed = await sealOfficeRound({
    office,
    workspace,
    outDir: packages,
    applications: await fixtureRoundApplications(async (app, index) => [
      await markedApplicationText(app),
      pdfMaterial('推荐表.pdf', scannedPdf(`推荐表 ${index}`)),
    ]),
    people: seatsOf(CHAIN_PEOPLE, (id) => people.get(id)!.identity.card),
    groups: CHAIN_GROUPS,
    committee: { chairId: 'e09', viceChairId: 'e10' },
    scryptLogN: 10,
  });
  const manifest = await manifestOf(office, people, sealed.packageOf, 'e09');
  return {
    office,
    officeFile,
    workspace,
    people,
    applicationIds: sealed.applicationIds,
    rubric: manifest.round.rubric,
    packageOf: sealed.packageOf,
  };
}

function manifestOf(
  office: Identity,
  people: ReadonlyMap<string, ChainPerson>,
  packageOf: (expertId: string) => string,
  expertId: string,
) {
  return packageManifest(
    packageOf(expertId),
    office.card.fingerprint,
    people.get(expertId)!.identity,
  );
}

/**
 * A person's review bundle of every application of their package (first submission), each
 * scored at `ratio` of the maximum, written to `folder` as the save dialog would; its path.
 */
export async function writeCoreReviewBundle(
  round: ChainRound,
  expertId: string,
  ratio: number,
  folder: string,
): Promise<string> {
  const { identity } = round.people.get(expertId)!;
  const manifest = await manifestOf(round.office, round.people, round.packageOf, expertId);
  const outcome = reviewAt(
    manifest.round.rubric,
    ratio,
    {
      comments: { c1: `方法科学，原理清楚（${expertId}）。` },
      overall: {
        strengths: `体系完整，数据翔实（${expertId}）。`,
        weaknesses: '对标数据偏少。',
        suggestions: '补充与行业标杆的对比。',
      },
    },
    0.6,
  );
  const bytes = await reviewBundleFrom(identity, manifest, 1, () => outcome);
  await mkdir(folder, { recursive: true });
  const file = join(folder, `${expertId}-core-1.qbbundle`);
  await writeFile(file, bytes);
  return file;
}
