/**
 * The unlock_and_hydrate_25 row's round, sealed through the office's own core (the same sealRound
 * the app's 封装 calls): 25 applications, each with a small stored .docx of Chinese paragraphs
 * (the passages the journal's annotations quote) and a scanned recommendation form; one group
 * (a leader and the expert), the chair and the vice-chair. The expert's identity file is made at
 * the app's real work factor (scrypt 2^18, DEFAULT_SCRYPT_LOG_N) and put where the harness's
 * identity service looks (userData/identities), as the identity screens leave it.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { createIdentity } from '../../electron/core/identity';
import type { Identity } from '../../electron/core/identity';
import { identityFileName } from '../../electron/core/identity/identity-folder';
import { DEFAULT_SCRYPT_LOG_N } from '../../electron/core/crypto/scrypt-work-factor';
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
import type { OfficeRecord } from '../../shared/office/office-record';
import { registerPeople } from '../electron/core/office/sealable-case';
import { benchIdentity } from './bench-people';

export const UNLOCK_APPLICATIONS = 25;
export const EXPERT_NAME = '张专家';
export const EXPERT_PASSPHRASE = '评审专家 口令 灯笼果园 1927 基准';
/** Paragraphs in each application's .docx; the annotations quote them. */
export const PARAGRAPHS = 24;

const PEOPLE = [
  { id: 'e01', name: '王组长', role: 'leader' },
  { id: 'e03', name: EXPERT_NAME, role: 'member' },
  { id: 'e09', name: '李主任', role: 'chair' },
  { id: 'e10', name: '赵副主任', role: 'vice-chair' },
] as const;

/** The text of paragraph `i` (1-based) of application `n`'s .docx. */
export function paragraphText(n: number, i: number): string {
  return `第${i}段：基准申报单位${n}的全面质量管理覆盖研发、采购、制造与服务各环节，关键过程能力指数提升至一点六七，持续改进机制运行有效。`;
}

async function applicationDocx(n: number): Promise<Uint8Array> {
  const children = Array.from(
    { length: PARAGRAPHS },
    (_, i) => new Paragraph(paragraphText(n, i + 1)),
  );
  const doc = new Document({ sections: [{ children }] });
  return zipSync(unzipSync(new Uint8Array(await Packer.toBuffer(doc))), { level: 0 });
}

function scan(label: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${label}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
}

export interface UnlockRound {
  readonly office: Identity;
  readonly expert: Identity;
  /** The identity file's bytes (scrypt at `scryptLogN`), as written in userData/identities. */
  readonly identityFile: Uint8Array;
  readonly scryptLogN: number;
  readonly packageFile: string;
}

/** Seals the round into `dir`/packages and puts the expert's identity file in `appDataDir`. */
export async function sealUnlockRound(dir: string, appDataDir: string): Promise<UnlockRound> {
  const office = await benchIdentity('全国质量标杆工作办公室', 'office', '中国质量协会');
  const people = new Map<string, Identity>();
  let identityFile: Uint8Array | undefined;
  for (const p of PEOPLE) {
    if (p.id !== 'e03') {
      people.set(p.id, await benchIdentity(p.name, 'expert', `${p.name}的单位`));
      continue;
    }
    const created = await createIdentity(
      { name: p.name, organisation: `${p.name}的单位`, region: '北京', role: 'expert' },
      EXPERT_PASSPHRASE,
      { scryptLogN: DEFAULT_SCRYPT_LOG_N },
    );
    people.set(p.id, created.identity);
    identityFile = created.file;
  }
  const expert = people.get('e03')!;
  const identities = join(appDataDir, 'identities');
  await mkdir(identities, { recursive: true });
  await writeFile(join(identities, identityFileName(expert.card.fingerprint)), identityFile!);

  const session = await createOfficeRecord(join(dir, '2026.qboffice'), {
    office,
    year: 2026,
    memory: createGenerationMemory(createMemoryJsonStore()),
  });
  const stored: { n: number; kind: 'application-text' | 'recommendation-form'; name: string }[] =
    [];
  const sizes: { size: number; sha256: string }[] = [];
  for (let n = 1; n <= UNLOCK_APPLICATIONS; n += 1) {
    const files = [
      {
        kind: 'application-text' as const,
        name: `基准申报单位${n}申报材料.docx`,
        bytes: await applicationDocx(n),
      },
      { kind: 'recommendation-form' as const, name: '推荐表.pdf', bytes: scan(`推荐表 ${n}`) },
    ];
    for (const file of files) {
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      await session.workspace.putMaterial(sha256, file.bytes);
      stored.push({ n, kind: file.kind, name: file.name });
      sizes.push({ size: file.bytes.length, sha256 });
    }
  }
  await session.update((current) => {
    let next: OfficeRecord = current;
    for (let n = 1; n <= UNLOCK_APPLICATIONS; n += 1) {
      next = upsertApplication(next, {
        applicationNo: `2026${String(n).padStart(3, '0')}`,
        applicantName: `基准申报单位${n}有限公司`,
        experienceTitle: `质量管理经验${n}`,
        recommendingUnitId: 'unregistered',
        scope: n % 2 === 0 ? 2 : 1,
        focusArea: 'none',
        isSme: false,
      });
    }
    next = registerPeople(next, PEOPLE, people);
    const ids = next.applications.map((a) => a.id);
    for (const [i, s] of stored.entries()) {
      next = addMaterial(next, {
        id: `m-${i}`,
        applicationId: ids[s.n - 1]!,
        kind: s.kind,
        fileName: s.name,
        mediaType:
          s.kind === 'application-text'
            ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
            : 'application/pdf',
        size: sizes[i]!.size,
        sha256: sizes[i]!.sha256,
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
  const outDir = join(dir, 'packages');
  await mkdir(outDir, { recursive: true });
  await sealRound(session, { office, roundId: 'material', outDir });
  return {
    office,
    expert,
    identityFile: identityFile!,
    scryptLogN: DEFAULT_SCRYPT_LOG_N,
    packageFile: join(outDir, 'e03.qbcase'),
  };
}
