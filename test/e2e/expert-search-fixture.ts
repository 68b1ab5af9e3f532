/**
 * A round sealed for the search e2e, through the office's own core (sealRound, as the app's 封装
 * button calls it): the office fixture's three applications with materials that hold real text,
 * and one that holds none. The first application's .docx is long (about 300 pages, the passage
 * searched for near its end, far below the first screen) and beside it a scanned 推荐表 as a PNG;
 * the second has a long .docx and a two-page PDF of Chinese text (a font the PDF does not embed)
 * with the same passage on page 2; the third a long .docx. Three long documents keep the index building long enough to be seen
 * (and stopped) in the e2e. Every .docx is stored uncompressed and carries the materials' marker,
 * so the secrecy scan would see a leak of its bytes.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { createIdentity } from '../../electron/core/identity';
import type { Identity } from '../../electron/core/identity';
import { identityFileName } from '../../electron/core/identity/identity-folder';
import { createGenerationMemory } from '../../electron/core/office/generation-memory';
import { sealRound } from '../../electron/core/office/office-seal';
import { createOfficeRecord } from '../../electron/core/office/office-session';
import { createMemoryJsonStore } from '../../electron/core/storage/json-store';
import type { MaterialKind } from '../../shared/domain/material';
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
import { MATERIAL_MARKER, fixtureApplications } from './office-fixture';
import type { OfficeFixture } from './office-fixture';
import { chartPng } from './reader-fixture/chinese-docx';
import { makePdf } from './reader-fixture/make-pdf';

export const SEARCH_EXPERT_PASSPHRASE = '检索专家 口令 灯笼果园 2718 测试';

const PEOPLE = [
  { id: 'e01', name: '王组长', role: 'leader' },
  { id: 'e03', name: '张专家', role: 'member' },
  { id: 'e09', name: '李主任', role: 'chair' },
  { id: 'e10', name: '赵副主任', role: 'vice-chair' },
] as const;

/** In the long .docx near its end, and on page 2 of the evidence PDF. */
export const SHARED_PASSAGE = '顾客满意度测评结果为九十二分';
/** Written half-width in the long .docx; the e2e types it full-width. */
export const QC_SENTENCE = '公司坚持开展QC小组活动，累计完成课题四十六项。';
export const EVIDENCE_PDF = '经营业绩证明.pdf';
export const SCAN_NAME = '推荐表.png';
/** Ordinary paragraphs of the long .docx (about 300 pages); the passage follows the 2,400th. */
const PARAGRAPHS = 2_600;

export interface SealedForSearch {
  readonly office: Identity;
  readonly expert: Identity;
  readonly packageFile: string;
}

/** Every member stored uncompressed: a leak of the file's bytes shows its text as UTF-8. */
async function stored(doc: Document): Promise<Uint8Array> {
  return zipSync(unzipSync(new Uint8Array(await Packer.toBuffer(doc))), { level: 0 });
}

/** About 300 pages; with `passages`, the QC sentence at its start and the passage near its end. */
async function longDocx(first: string, passages: boolean): Promise<Uint8Array> {
  const children: Paragraph[] = [new Paragraph(first)];
  if (passages) children.push(new Paragraph(QC_SENTENCE));
  for (let i = 1; i <= PARAGRAPHS; i += 1) {
    if (i % 200 === 1) {
      children.push(
        new Paragraph({
          text: `第${Math.ceil(i / 200)}节 质量管理实践`,
          heading: HeadingLevel.HEADING_1,
        }),
      );
    }
    children.push(
      new Paragraph(
        `第${i}段：全面质量管理覆盖研发、采购、制造与服务各环节，持续改进机制运行有效。`,
      ),
    );
    if (passages && i === 2_400) {
      children.push(new Paragraph(`经第三方机构测评，${SHARED_PASSAGE}，位居行业前列。`));
    }
  }
  return stored(new Document({ sections: [{ children }] }));
}

function evidencePdf(): Uint8Array {
  return new Uint8Array(
    makePdf([
      {
        latin: ['Evidence of results'],
        chinese: ['经营业绩证明', '二〇二五年营业收入同比增长百分之十八'],
      },
      { latin: ['Customer survey'], chinese: ['第三方测评', `${SHARED_PASSAGE}，较上年提高四分`] },
    ]),
  );
}

interface FixtureMaterial {
  readonly kind: MaterialKind;
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function materialsOf(index: number): Promise<FixtureMaterial[]> {
  const app = fixtureApplications[index]!;
  const first = `${app.title}：${MATERIAL_MARKER}`;
  const docx = (bytes: Uint8Array): FixtureMaterial => ({
    kind: 'application-text',
    name: `${app.name}申报材料.docx`,
    mediaType: DOCX,
    bytes,
  });
  if (index === 0) {
    return [
      docx(await longDocx(first, true)),
      {
        kind: 'recommendation-form',
        name: SCAN_NAME,
        mediaType: 'image/png',
        bytes: new Uint8Array(chartPng()),
      },
    ];
  }
  if (index === 1) {
    return [
      docx(await longDocx(first, false)),
      { kind: 'evidence', name: EVIDENCE_PDF, mediaType: 'application/pdf', bytes: evidencePdf() },
    ];
  }
  return [docx(await longDocx(first, false))];
}

export async function sealForSearch(fixture: OfficeFixture): Promise<SealedForSearch> {
  const office = (
    await createIdentity(
      { name: '全国质量标杆工作办公室', organisation: '中国质量协会', role: 'office' },
      'office passphrase for the search e2e',
      { scryptLogN: 10 },
    )
  ).identity;
  const people = new Map<string, Identity>();
  let expertFile: Uint8Array | undefined;
  for (const p of PEOPLE) {
    const created = await createIdentity(
      { name: p.name, organisation: `${p.name}的单位`, region: '北京', role: 'expert' },
      SEARCH_EXPERT_PASSPHRASE,
      { scryptLogN: 12 },
    );
    people.set(p.id, created.identity);
    if (p.id === 'e03') expertFile = created.file;
  }
  const expert = people.get('e03')!;
  const identities = join(fixture.appDataDir, 'identities');
  await mkdir(identities, { recursive: true });
  await writeFile(join(identities, identityFileName(expert.card.fingerprint)), expertFile!);

  const session = await createOfficeRecord(join(fixture.officeFolder, '2026.qboffice'), {
    office,
    year: 2026,
    memory: createGenerationMemory(createMemoryJsonStore()),
  });
  const kept: (FixtureMaterial & { index: number; sha256: string })[] = [];
  for (const index of fixtureApplications.keys()) {
    for (const material of await materialsOf(index)) {
      const sha256 = createHash('sha256').update(material.bytes).digest('hex');
      await session.workspace.putMaterial(sha256, material.bytes);
      kept.push({ ...material, index, sha256 });
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
    next = registerPeople(next, PEOPLE, people);
    const ids = next.applications.map((a) => a.id);
    for (const [n, material] of kept.entries()) {
      next = addMaterial(next, {
        id: `m-${n}`,
        applicationId: ids[material.index]!,
        kind: material.kind,
        fileName: material.name,
        mediaType: material.mediaType,
        size: material.bytes.length,
        sha256: material.sha256,
        receivedAt: '2026-06-20T10:00:00+08:00',
        problems: [],
      });
    }
    next = setRoundApplications(next, 'material', ids);
    next = setGroup(next, { id: 'g1', name: '第一组', leaderId: 'e01', memberIds: ['e03'] });
    next = setCommittee(next, { chairId: 'e09', viceChairId: 'e10' });
    for (const id of ids) {
      next = assignApplication(next, { roundId: 'material', applicationId: id, groupId: 'g1' });
    }
    return next;
  });
  const outDir = fixture.choices.outputFolder!;
  await sealRound(session, {
    office,
    roundId: 'material',
    outDir,
    withPassphrases: false,
    scryptLogN: 10,
  });
  return { office, expert, packageFile: join(outDir, 'e03.qbcase') };
}
