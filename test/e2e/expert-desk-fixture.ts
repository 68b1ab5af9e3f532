/**
 * A round the office sealed for the expert's desk e2e, through the office's own core (the same
 * sealRound the app's 封装 button calls): the office fixture's three applications, each with a
 * stored .docx carrying the materials' marker and a scanned recommendation form, one group (a
 * leader and the expert), the chair and vice-chair; the packages in the office's folder. The
 * second application's .docx is long (headings, 1,200 paragraphs: the Word reader inserts it in
 * several chunks) with a passage near its end to annotate, and it has a two-page PDF of Chinese
 * text as evidence. The expert's identity file is put in the identities folder the harness uses
 * (userData/identities), as the identity screens would leave it.
 *
 * With `leaderConflict`, the group has a second member (e04), and before sealing the office
 * records the leader's conflict with the second application and designates e04 to stand in for
 * the leader on it (the office record's own addConflict and setStandIn, as the panel screen and
 * `qbreview stand-in set` do): the manifest then lets e04, not the leader, read its reviews.
 * With `chairLeadsGroup`, the chair also leads a second group, which reviews the third
 * application (a reader with two seats).
 */
import { createHash } from 'node:crypto';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createIdentity } from '../../electron/core/identity';
import type { Identity } from '../../electron/core/identity';
import { identityFileName } from '../../electron/core/identity/identity-folder';
import { createGenerationMemory } from '../../electron/core/office/generation-memory';
import { sealRound } from '../../electron/core/office/office-seal';
import { createOfficeRecord } from '../../electron/core/office/office-session';
import { createMemoryJsonStore } from '../../electron/core/storage/json-store';
import {
  addMaterial,
  assignApplication,
  setCommittee,
  setGroup,
  setRoundApplications,
  upsertApplication,
} from '../../shared/office/office-record';
import { addConflict, setStandIn } from '../../shared/office/office-record';
import type { OfficeRecord } from '../../shared/office/office-record';
import { registerPeople } from '../electron/core/office/sealable-case';
import { storedDocx } from '../support/marker-documents';
import { MATERIAL_MARKER, fixtureApplications } from './office-fixture';
import type { OfficeFixture } from './office-fixture';
import { makePdf } from './reader-fixture/make-pdf';

export const EXPERT_PASSPHRASE = '评审专家 口令 灯笼果园 1927 测试';

const PEOPLE = [
  { id: 'e01', name: '王组长', role: 'leader' },
  { id: 'e03', name: '张专家', role: 'member' },
  { id: 'e09', name: '李主任', role: 'chair' },
  { id: 'e10', name: '赵副主任', role: 'vice-chair' },
] as const;
/** The second member of the group, sealed only with `leaderConflict`: the leader's stand-in. */
const STAND_IN = { id: 'e04', name: '陈专家', role: 'member' } as const;

/** The application (by its index in the fixture) the leader is in conflict with. */
const LEADER_CONFLICT_INDEX = 1;

/** One person of the sealed round: their unlocked identity and its file (EXPERT_PASSPHRASE). */
export interface SealedPerson {
  readonly identity: Identity;
  readonly file: Uint8Array;
}

export interface SealedForExpert {
  readonly office: Identity;
  /** The expert (e03) whose identity file is in the harness's identities folder. */
  readonly expert: Identity;
  /** The expert's package, as the desk's dialog answers. */
  readonly packageFile: string;
  /** The package's own passphrase (32 digits), when sealed with passphrases. */
  readonly passphrase?: string;
  /**
   * Everyone of the round by expert id: e01 the leader, e03 the expert, e09 the chair, e10 the
   * vice-chair, and e04 (the stand-in) with `leaderConflict`.
   */
  readonly people: ReadonlyMap<string, SealedPerson>;
  /** The package file of any person of the round (`<expertId>.qbcase` in the office's folder). */
  packageOf(expertId: string): string;
  /** With `leaderConflict`: the application the leader is in conflict with, and its stand-in. */
  readonly leaderConflict?: { readonly applicationId: string; readonly standInId: string };
}

export interface SealForExpertOptions {
  readonly withPassphrases?: boolean;
  /** The leader in conflict with the second application, e04 designated to stand in. */
  readonly leaderConflict?: boolean;
  /**
   * The chair (e09) also leads a second group (第二组, no other member), which reviews the third
   * application: the chair's package holds the whole round, of which the chair scores one.
   */
  readonly chairLeadsGroup?: boolean;
}

/** The application (by its index in the fixture) the chair's own group reviews, with chairLeadsGroup. */
export const CHAIR_GROUP_INDEX = 2;

/** The passage of the long .docx the e2e annotates: in its last chunk, far below the first screen. */
export const WORD_PASSAGE = '一次交验合格率由百分之九十六提升至百分之九十九点二';
/** The passage of the evidence PDF the e2e annotates, on its second page. */
export const PDF_PASSAGE = '顾客满意度测评结果为九十二分';
export const EVIDENCE_PDF = '经营业绩证明.pdf';
/** How many ordinary paragraphs the long .docx holds; the passage stands after the 1,000th. */
const PARAGRAPHS = 1_200;

/** The second application's .docx: the marker's paragraph first, then sections of text. */
async function longDocx(first: string): Promise<Uint8Array> {
  const children: Paragraph[] = [new Paragraph(first)];
  for (let i = 1; i <= PARAGRAPHS; i += 1) {
    if (i % 200 === 1) {
      const section = Math.ceil(i / 200);
      children.push(
        new Paragraph({ text: `第${section}节 质量管理实践`, heading: HeadingLevel.HEADING_1 }),
      );
    }
    children.push(
      new Paragraph(
        `第${i}段：全面质量管理覆盖研发、采购、制造与服务各环节，持续改进机制运行有效。`,
      ),
    );
    if (i === 1_000) {
      children.push(new Paragraph(`主要成效：${WORD_PASSAGE}，顾客投诉率下降三成。`));
    }
  }
  const doc = new Document({ sections: [{ children }] });
  // Stored, as the secrecy scan's fixtures are: a leak of its bytes shows the marker raw.
  return zipSync(unzipSync(new Uint8Array(await Packer.toBuffer(doc))), { level: 0 });
}

/** Two pages of Chinese text (a font the PDF does not embed, as office software writes). */
function evidencePdf(): Uint8Array {
  return new Uint8Array(
    makePdf([
      {
        latin: ['Evidence of results'],
        chinese: ['经营业绩证明', '二〇二五年营业收入同比增长百分之十八'],
      },
      { latin: ['Customer survey'], chinese: ['第三方测评', `${PDF_PASSAGE}，较上年提高四分`] },
    ]),
  );
}

function scan(label: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${label}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
}

export async function sealForExpert(
  fixture: OfficeFixture,
  options: SealForExpertOptions = {},
): Promise<SealedForExpert> {
  const roster = options.leaderConflict === true ? [...PEOPLE, STAND_IN] : [...PEOPLE];
  const office = (
    await createIdentity(
      { name: '全国质量标杆工作办公室', organisation: '中国质量协会', role: 'office' },
      'office passphrase for the desk e2e',
      { scryptLogN: 10 },
    )
  ).identity;
  const sealedPeople = new Map<string, SealedPerson>();
  for (const p of roster) {
    const created = await createIdentity(
      { name: p.name, organisation: `${p.name}的单位`, region: '北京', role: 'expert' },
      EXPERT_PASSPHRASE,
      { scryptLogN: 12 },
    );
    sealedPeople.set(p.id, { identity: created.identity, file: created.file });
  }
  const people = new Map([...sealedPeople].map(([id, p]) => [id, p.identity]));
  const expert = people.get('e03')!;
  const identities = join(fixture.appDataDir, 'identities');
  await mkdir(identities, { recursive: true });
  await writeFile(
    join(identities, identityFileName(expert.card.fingerprint)),
    sealedPeople.get('e03')!.file,
  );

  const session = await createOfficeRecord(join(fixture.officeFolder, '2026.qboffice'), {
    office,
    year: 2026,
    memory: createGenerationMemory(createMemoryJsonStore()),
  });
  const stored: {
    index: number;
    kind: 'application-text' | 'recommendation-form' | 'evidence';
    name: string;
    bytes: Uint8Array;
    sha256: string;
  }[] = [];
  for (const [index, app] of fixtureApplications.entries()) {
    const first = `${app.title}：${MATERIAL_MARKER}`;
    const files: { kind: (typeof stored)[number]['kind']; name: string; bytes: Uint8Array }[] = [
      {
        kind: 'application-text',
        name: `${app.name}申报材料.docx`,
        bytes: index === 1 ? await longDocx(first) : await storedDocx(first),
      },
      { kind: 'recommendation-form', name: '推荐表.pdf', bytes: scan(`推荐表 ${index}`) },
      ...(index === 1
        ? [{ kind: 'evidence' as const, name: EVIDENCE_PDF, bytes: evidencePdf() }]
        : []),
    ];
    for (const file of files) {
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      await session.workspace.putMaterial(sha256, file.bytes);
      stored.push({ index, ...file, sha256 });
    }
  }
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
    next = registerPeople(next, roster, people);
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
    const memberIds = roster.filter((p) => p.role === 'member').map((p) => p.id);
    next = setGroup(next, { id: 'g1', name: '第一组', leaderId: 'e01', memberIds });
    next = setCommittee(next, { chairId: 'e09', viceChairId: 'e10' });
    if (options.chairLeadsGroup === true) {
      next = setGroup(next, { id: 'g2', name: '第二组', leaderId: 'e09', memberIds: [] });
    }
    for (const [index, id] of ids.entries()) {
      const groupId = options.chairLeadsGroup === true && index === CHAIR_GROUP_INDEX ? 'g2' : 'g1';
      next = assignApplication(next, { roundId: 'material', applicationId: id, groupId });
    }
    if (options.leaderConflict === true) {
      const applicationId = ids[LEADER_CONFLICT_INDEX]!;
      next = addConflict(next, { expertId: 'e01', applicationId, kind: 'same-organisation' });
      next = setStandIn(next, { roundId: 'material', applicationId, expertId: STAND_IN.id });
    }
    return next;
  });
  const leaderConflict =
    options.leaderConflict === true
      ? {
          applicationId: (await session.read()).applications[LEADER_CONFLICT_INDEX]!.id,
          standInId: STAND_IN.id,
        }
      : undefined;
  const outDir = fixture.choices.outputFolder!;
  const report = await sealRound(session, {
    office,
    roundId: 'material',
    outDir,
    withPassphrases: options.withPassphrases === true,
    scryptLogN: 10,
  });
  const passphrase = report.packages.find((p) => p.expertId === 'e03')?.passphrase;
  return {
    office,
    expert,
    packageFile: join(outDir, 'e03.qbcase'),
    ...(passphrase === undefined ? {} : { passphrase }),
    people: sealedPeople,
    packageOf: (expertId) => join(outDir, `${expertId}.qbcase`),
    ...(leaderConflict === undefined ? {} : { leaderConflict }),
  };
}
