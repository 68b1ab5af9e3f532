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
import { createHash } from 'node:crypto';
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
import { createIdentity } from '../../electron/core/identity';
import type { Identity } from '../../electron/core/identity';
import { createGenerationMemory } from '../../electron/core/office/generation-memory';
import { sealRound } from '../../electron/core/office/office-seal';
import { createOfficeRecord } from '../../electron/core/office/office-session';
import { createMemoryJsonStore } from '../../electron/core/storage/json-store';
import type { CaseManifest } from '../../shared/case/case-manifest';
import { rubricParts } from '../../shared/domain/rubric';
import type { Rubric } from '../../shared/domain/rubric';
import {
  addMaterial,
  assignApplication,
  setCommittee,
  setGroup,
  setRoundApplications,
  upsertApplication,
} from '../../shared/office/office-record';
import type { OfficeRecord } from '../../shared/office/office-record';
import { registerPeople } from '../electron/core/office/sealable-case';
import { storedDocx } from '../support/marker-documents';
import { MATERIAL_MARKER, OFFICE_PASSPHRASE, fixtureApplications } from './office-fixture';

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

function scan(label: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${label}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
}

/** Each part's score as `ratio` of its maximum, to the half point: the scores typed or written. */
export function scoresAt(rubric: Rubric, ratio: number): Record<string, number> {
  return Object.fromEntries(
    rubricParts(rubric).map(({ part }) => [part.id, Math.round(part.maxPoints * ratio * 2) / 2]),
  );
}

export async function sealChainRound(officeFolder: string, packages: string): Promise<ChainRound> {
  const { identity: office, file: officeFile } = await createIdentity(
    { name: '全国质量标杆工作办公室', organisation: '中国质量协会', role: 'office' },
    OFFICE_PASSPHRASE,
    { scryptLogN: 14 },
  );
  const people = new Map<string, ChainPerson>();
  for (const p of CHAIN_PEOPLE) {
    const created = await createIdentity(
      { name: p.name, organisation: `${p.name}的单位`, region: '北京', role: 'expert' },
      CHAIN_PASSPHRASE,
      { scryptLogN: 12 },
    );
    people.set(p.id, { identity: created.identity, file: created.file });
  }
  await mkdir(officeFolder, { recursive: true });
  const workspace = join(officeFolder, '2026.qboffice');
  const session = await createOfficeRecord(workspace, {
    office,
    year: 2026,
    memory: createGenerationMemory(createMemoryJsonStore()),
  });
  const stored: {
    index: number;
    kind: 'application-text' | 'recommendation-form';
    name: string;
    bytes: Uint8Array;
    sha256: string;
  }[] = [];
  for (const [index, app] of fixtureApplications.entries()) {
    const files = [
      {
        kind: 'application-text' as const,
        name: `${app.name}申报材料.docx`,
        bytes: await storedDocx(`${app.title}：${MATERIAL_MARKER}`),
      },
      { kind: 'recommendation-form' as const, name: '推荐表.pdf', bytes: scan(`推荐表 ${index}`) },
    ];
    for (const file of files) {
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      await session.workspace.putMaterial(sha256, file.bytes);
      stored.push({ index, ...file, sha256 });
    }
  }
  const identities = new Map([...people].map(([id, p]) => [id, p.identity]));
  await session.update((current) => {
    let next: OfficeRecord = current;
    for (const app of fixtureApplications) {
      next = upsertApplication(next, {
        applicationNo: app.no,
        applicantName: app.name,
        experienceTitle: app.title,
        recommendingUnitId: 'unregistered',
        scope: app.scope,
        focusArea: 'none',
        isSme: false,
      });
    }
    next = registerPeople(next, CHAIN_PEOPLE, identities);
    const ids = next.applications.map((a) => a.id);
    for (const [n, s] of stored.entries()) {
      next = addMaterial(next, {
        id: `m-${n}`,
        applicationId: ids[s.index]!,
        kind: s.kind,
        fileName: s.name,
        mediaType:
          s.kind === 'application-text'
            ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
            : 'application/pdf',
        size: s.bytes.length,
        sha256: s.sha256,
        receivedAt: '2026-06-20T10:00:00+08:00',
        problems: [],
      });
    }
    next = setRoundApplications(next, 'material', ids);
    next = setCommittee(next, { chairId: 'e09', viceChairId: 'e10' });
    for (const group of CHAIN_GROUPS) {
      next = setGroup(next, {
        id: group.id,
        name: group.name,
        leaderId: group.leaderId,
        memberIds: [...group.memberIds],
      });
      for (const index of group.applications) {
        next = assignApplication(next, {
          roundId: 'material',
          applicationId: ids[index]!,
          groupId: group.id,
        });
      }
    }
    return next;
  });
  const applicationIds = (await session.read()).applications.map((a) => a.id);
  await sealRound(session, { office, roundId: 'material', outDir: packages, scryptLogN: 10 });
  const packageOf = (expertId: string) => join(packages, `${expertId}.qbcase`);
  const manifest = await manifestOf(office, people, packageOf, 'e09');
  return {
    office,
    officeFile,
    workspace,
    people,
    applicationIds,
    rubric: manifest.round.rubric,
    packageOf,
  };
}

async function manifestOf(
  office: Identity,
  people: ReadonlyMap<string, ChainPerson>,
  packageOf: (expertId: string) => string,
  expertId: string,
): Promise<CaseManifest> {
  const opened = await openCasePackage(packageOf(expertId), {
    officeFingerprint: office.card.fingerprint,
    identity: people.get(expertId)!.identity.ageIdentity,
  });
  try {
    return opened.manifest as CaseManifest;
  } finally {
    await opened.close();
  }
}

function draftFor(rubric: Rubric, ratio: number, who: string): ReviewDraft {
  return {
    kind: 'review',
    partScores: scoresAt(rubric, ratio),
    comments: { c1: `方法科学，原理清楚（${who}）。` },
    overall: {
      strengths: `体系完整，数据翔实（${who}）。`,
      weaknesses: '对标数据偏少。',
      suggestions: '补充与行业标杆的对比。',
    },
    recommendation: ratio >= 0.6 ? 'recommend' : 'not-recommend',
    noDiscussionNeeded: false,
  };
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
  const roster = manifest.rosterStatement;
  if (roster === undefined) throw new Error('sealing put no roster statement in the package');
  const rubric = manifest.round.rubric;
  const bytes = await writeReviewBundle({
    identity,
    roster,
    rubric,
    sequence: 1,
    undertaking: signUndertaking(identity, {
      caseId: manifest.caseId,
      roundId: manifest.round.id,
      text: manifest.undertaking.text,
      signedAt: '2026-11-20T09:00:00+08:00',
    }),
    applications: manifest.applications.map((a) => ({
      applicationId: a.id,
      materials: materialHashesOf(manifest, a.id),
      outcome: draftFor(rubric, ratio, expertId),
      readers: sectionReadersOf(manifest, a.id),
    })),
  });
  await mkdir(folder, { recursive: true });
  const file = join(folder, `${expertId}-core-1.qbbundle`);
  await writeFile(file, bytes);
  return file;
}
