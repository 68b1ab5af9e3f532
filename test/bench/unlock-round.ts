/**
 * The unlock_and_hydrate_25 row's round, sealed through the office's own core (the same sealRound
 * the app's 封装 calls): 25 applications, each with a small stored .docx of Chinese paragraphs
 * (the passages the journal's annotations quote) and a scanned recommendation form; one group
 * (a leader and the expert), the chair and the vice-chair. The expert's identity file is made at
 * the app's real work factor (scrypt 2^18, DEFAULT_SCRYPT_LOG_N) and put where the harness's
 * identity service looks (userData/identities), as the identity screens leave it.
 */
import { join } from 'node:path';
import { Paragraph } from 'docx';
import type { Identity } from '../../electron/core/identity';
import { DEFAULT_SCRYPT_LOG_N } from '../../electron/core/crypto/scrypt-work-factor';
import { createExpertIdentity, keepIdentityFile } from '../fixtures/round-identities';
import {
  applicationText,
  pdfMaterial,
  scannedPdf,
  sealOfficeRound,
  seatsOf,
} from '../fixtures/sealed-round';
import type { RoundApplication } from '../fixtures/sealed-round';
import {
  SMALL_PANEL_COMMITTEE,
  SMALL_PANEL_EXPERT,
  SMALL_PANEL_PEOPLE,
  firstGroup,
} from '../fixtures/small-panel';
import { storedDocument } from '../fixtures/stored-docx';
import { benchIdentity } from './bench-people';

export const UNLOCK_APPLICATIONS = 25;
export const EXPERT_NAME = '张专家';
export const EXPERT_PASSPHRASE = '评审专家 口令 灯笼果园 1927 基准';
/** Paragraphs in each application's .docx; the annotations quote them. */
export const PARAGRAPHS = 24;

/** The text of paragraph `i` (1-based) of application `n`'s .docx. */
export function paragraphText(n: number, i: number): string {
  return `第${i}段：基准申报单位${n}的全面质量管理覆盖研发、采购、制造与服务各环节，关键过程能力指数提升至一点六七，持续改进机制运行有效。`;
}

function applicationDocx(n: number): Promise<Uint8Array> {
  return storedDocument(
    Array.from({ length: PARAGRAPHS }, (_, i) => new Paragraph(paragraphText(n, i + 1))),
  );
}

async function applications(): Promise<RoundApplication[]> {
  const all: RoundApplication[] = [];
  for (let n = 1; n <= UNLOCK_APPLICATIONS; n += 1) {
    all.push({
      applicationNo: `2026${String(n).padStart(3, '0')}`,
      applicantName: `基准申报单位${n}有限公司`,
      experienceTitle: `质量管理经验${n}`,
      scope: n % 2 === 0 ? 2 : 1,
      materials: [
        applicationText(`基准申报单位${n}申报材料.docx`, await applicationDocx(n)),
        pdfMaterial('推荐表.pdf', scannedPdf(`推荐表 ${n}`)),
      ],
    });
  }
  return all;
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
  for (const p of SMALL_PANEL_PEOPLE) {
    if (p.id !== SMALL_PANEL_EXPERT) {
      people.set(p.id, await benchIdentity(p.name, 'expert', `${p.name}的单位`));
    }
  }
  // The expert's file at the app's own work factor: the unlock the row times.
  const expert = await createExpertIdentity(EXPERT_NAME, EXPERT_PASSPHRASE, DEFAULT_SCRYPT_LOG_N);
  people.set(SMALL_PANEL_EXPERT, expert.identity);
  await keepIdentityFile(appDataDir, expert);
  const sealed = await sealOfficeRound({
    office,
    workspace: join(dir, '2026.qboffice'),
    outDir: join(dir, 'packages'),
    applications: await applications(),
    people: seatsOf(SMALL_PANEL_PEOPLE, (id) => people.get(id)!.card),
    groups: [firstGroup(Array.from({ length: UNLOCK_APPLICATIONS }, (_, i) => i))],
    committee: SMALL_PANEL_COMMITTEE,
  });
  return {
    office,
    expert: expert.identity,
    identityFile: expert.file,
    scryptLogN: DEFAULT_SCRYPT_LOG_N,
    packageFile: sealed.packageOf(SMALL_PANEL_EXPERT),
  };
}
