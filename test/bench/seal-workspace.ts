/**
 * The office's case the seal_round row seals, built through the app's own core as the office
 * builds it: a case created, application folders taken in by intake (their materials stored
 * encrypted in the workspace), experts registered with their identity cards, one group that
 * every expert sits in (its leader also chairs, one member is vice-chair), and the material
 * round holding every application, all assigned to that group. So every one of the packages
 * holds every material: the same bytes in each, as the peer's per-recipient files do.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  assignApplication,
  registerExpert,
  setCommittee,
  setGroup,
  setRoundApplications,
} from '../../shared/office/office-record';
import type { Identity } from '../../electron/core/identity';
import { intakeIntoCase } from '../../electron/core/office/office-intake';
import { createGenerationMemory } from '../../electron/core/office/generation-memory';
import { createOfficeRecord } from '../../electron/core/office/office-session';
import { createMemoryJsonStore } from '../../electron/core/storage/json-store';
import type { OfficeSession } from '../../electron/core/office/office-session';
import { benchIdentity } from './bench-people';
import { MB } from './scratch-files';

const ROUND_ID = 'material';
const YEAR = 2026;

export interface SealWorkspace {
  readonly session: OfficeSession;
  readonly office: Identity;
  readonly roundId: string;
  readonly experts: readonly { readonly id: string; readonly recipient: string }[];
  /** The material files as they were taken in (plaintext, on the same disk). */
  readonly materialFiles: readonly string[];
  readonly materialBytes: number;
}

export interface SealWorkspaceShape {
  readonly experts: number;
  readonly applications: number;
  /** Each application's files: name and size in bytes. */
  readonly files: readonly { readonly name: string; readonly bytes: number }[];
}

/** A PDF-like scan: header, incompressible bytes, end marker; exactly `bytes` long. */
function scanLike(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, randomBytes(bytes - head.length - tail.length), tail]);
}

async function writeApplicationFolders(
  inputs: string,
  shape: SealWorkspaceShape,
): Promise<{ folders: string[]; files: string[]; bytes: number }> {
  const folders: string[] = [];
  const files: string[] = [];
  let bytes = 0;
  for (let a = 1; a <= shape.applications; a++) {
    const folder = join(inputs, `${YEAR}${String(a).padStart(3, '0')}+基准申报单位${a}有限公司`);
    await mkdir(folder, { recursive: true });
    for (const file of shape.files) {
      const path = join(folder, file.name);
      await writeFile(path, scanLike(file.bytes));
      files.push(path);
      bytes += file.bytes;
    }
    folders.push(folder);
  }
  return { folders, files, bytes };
}

/** The one call that creates the office's case: adapt here when its options change. */
function createBenchCase(dir: string, office: Identity): Promise<OfficeSession> {
  return createOfficeRecord(dir, {
    office,
    year: YEAR,
    memory: createGenerationMemory(createMemoryJsonStore()),
  });
}

export async function buildSealWorkspace(
  dir: string,
  shape: SealWorkspaceShape,
): Promise<SealWorkspace> {
  const office = await benchIdentity('基准办公室', 'office', '中国质量协会');
  const people = await Promise.all(
    Array.from({ length: shape.experts }, (_, i) =>
      benchIdentity(`基准专家${i + 1}`, 'expert', `基准专家单位${i + 1}`),
    ),
  );
  const ids = people.map((_, i) => `e${String(i + 1).padStart(2, '0')}`);
  const { folders, files, bytes } = await writeApplicationFolders(join(dir, 'inputs'), shape);

  const session = await createBenchCase(join(dir, `${YEAR}.qboffice`), office);
  const applicationIds: string[] = [];
  for (const folder of folders) {
    const report = await intakeIntoCase(session, folder);
    if (report.refused || report.applicationId === null || report.added !== shape.files.length) {
      throw new Error(
        `基准申报材料未能完整导入 / a bench application was not taken in whole: ${report.problems
          .map((p) => p.category)
          .join(', ')}`,
      );
    }
    applicationIds.push(report.applicationId);
  }

  const [leader, viceChair, ...members] = ids;
  if (leader === undefined || viceChair === undefined) throw new RangeError('at least 2 experts');
  await session.update((current) => {
    let c = current;
    people.forEach((person, i) => {
      c = registerExpert(
        c,
        {
          id: ids[i]!,
          name: person.card.name,
          organisation: person.card.organisation,
          region: '北京市',
          fields: ['卓越绩效'],
          industries: ['装备制造'],
          role: i === 0 ? 'leader' : 'member',
          keyFingerprint: person.card.fingerprint,
        },
        person.card,
      );
    });
    c = setGroup(c, {
      id: 'g1',
      name: '第一组',
      leaderId: leader,
      memberIds: [viceChair, ...members],
    });
    c = setCommittee(c, { chairId: leader, viceChairId: viceChair });
    c = setRoundApplications(c, ROUND_ID, applicationIds);
    for (const applicationId of applicationIds) {
      c = assignApplication(c, { roundId: ROUND_ID, applicationId, groupId: 'g1' });
    }
    return c;
  });
  return {
    session,
    office,
    roundId: ROUND_ID,
    experts: people.map((person, i) => ({ id: ids[i]!, recipient: person.card.ageRecipient })),
    materialFiles: files,
    materialBytes: bytes,
  };
}

/** 5 applications of 10 MB (a 6 MB application text and two 2 MB scans): 50 MB in all. */
export const FIFTY_MB_OF_APPLICATIONS: Omit<SealWorkspaceShape, 'experts'> = {
  applications: 5,
  files: [
    { name: '申报材料.pdf', bytes: 6 * MB },
    { name: '推荐表（盖章）.pdf', bytes: 2 * MB },
    { name: '承诺书.pdf', bytes: 2 * MB },
  ],
};
