/**
 * The office's side of the expert's whole flow (issue 9, point 13), through the office's own core
 * (the same sealRound the app's 封装 button calls): the expert's identity card, as the app
 * exported it, is registered beside a leader, the chair and the vice-chair; the office fixture's
 * three applications each get a stored .docx carrying the materials' marker and a PDF whose
 * Chinese text (a font the PDF does not embed) carries a marker of its own; one group; the round
 * sealed, the expert's package in the office's folder.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createIdentity, parseIdentityCard } from '../../electron/core/identity';
import type { Identity, IdentityCard } from '../../electron/core/identity';
import { createGenerationMemory } from '../../electron/core/office/generation-memory';
import { sealRound } from '../../electron/core/office/office-seal';
import { createOfficeRecord } from '../../electron/core/office/office-session';
import { createMemoryJsonStore } from '../../electron/core/storage/json-store';
import {
  addMaterial,
  assignApplication,
  registerExpert,
  setCommittee,
  setGroup,
  setRoundApplications,
  upsertApplication,
} from '../../shared/office/office-record';
import type { OfficeRecord } from '../../shared/office/office-record';
import { storedDocx } from '../support/marker-documents';
import { MATERIAL_MARKER, fixtureApplications } from './office-fixture';
import type { OfficeFixture } from './office-fixture';
import { makePdf } from './reader-fixture/make-pdf';

/** In every fixture PDF's text (the 推荐表): it must never reach the disk in plaintext either. */
export const PDF_MARKER = '推荐表正文机密标记e2e';

/** The lines of an application's recommendation form, drawn in a font the PDF does not embed. */
export function recommendationLines(applicantName: string): string[] {
  return ['全国质量标杆推荐表', `申报单位：${applicantName}`, `推荐意见：${PDF_MARKER}`];
}

export interface SealedRound {
  readonly office: Identity;
  /** The expert's card as the office registered it (the one the app exported). */
  readonly expert: IdentityCard;
  /** The expert's package, as the desk's dialog answers. */
  readonly packageFile: string;
}

const OTHERS = [
  { id: 'e01', name: '王组长', role: 'leader' },
  { id: 'e09', name: '李主任', role: 'chair' },
  { id: 'e10', name: '赵副主任', role: 'vice-chair' },
] as const;

/** The office registers `cardJson` (the expert's exported card) as e03 and seals the round. */
export async function sealRoundForCard(
  fixture: OfficeFixture,
  cardJson: string,
): Promise<SealedRound> {
  const expert = parseIdentityCard(cardJson);
  const office = (
    await createIdentity(
      { name: '全国质量标杆工作办公室', organisation: '中国质量协会', role: 'office' },
      'office passphrase for the flow e2e',
      { scryptLogN: 10 },
    )
  ).identity;
  const roster: {
    id: string;
    role: 'leader' | 'member' | 'chair' | 'vice-chair';
    card: IdentityCard;
  }[] = [{ id: 'e03', role: 'member', card: expert }];
  for (const person of OTHERS) {
    const created = await createIdentity(
      { name: person.name, organisation: `${person.name}的单位`, region: '北京', role: 'expert' },
      'another expert passphrase',
      { scryptLogN: 10 },
    );
    roster.push({ id: person.id, role: person.role, card: created.identity.card });
  }

  const session = await createOfficeRecord(join(fixture.officeFolder, '2026.qboffice'), {
    office,
    year: 2026,
    memory: createGenerationMemory(createMemoryJsonStore()),
  });
  const stored: {
    index: number;
    kind: 'application-text' | 'recommendation-form';
    name: string;
    mediaType: string;
    bytes: Uint8Array;
    sha256: string;
  }[] = [];
  for (const [index, app] of fixtureApplications.entries()) {
    const files = [
      {
        kind: 'application-text' as const,
        name: `${app.name}申报材料.docx`,
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: await storedDocx(`${app.title}：${MATERIAL_MARKER}`),
      },
      {
        kind: 'recommendation-form' as const,
        name: '推荐表.pdf',
        mediaType: 'application/pdf',
        bytes: new Uint8Array(
          makePdf([{ latin: ['Recommendation form'], chinese: recommendationLines(app.name) }]),
        ),
      },
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
    for (const { id, role, card } of roster) {
      next = registerExpert(
        next,
        {
          id,
          name: card.name,
          organisation: card.organisation,
          region: card.region ?? '北京',
          fields: [],
          industries: [],
          role,
          keyFingerprint: card.fingerprint,
        },
        card,
      );
    }
    const ids = next.applications.map((a) => a.id);
    for (const [n, s] of stored.entries()) {
      next = addMaterial(next, {
        id: `m-${n}`,
        applicationId: ids[s.index]!,
        kind: s.kind,
        fileName: s.name,
        mediaType: s.mediaType,
        size: s.bytes.length,
        sha256: s.sha256,
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
  await sealRound(session, { office, roundId: 'material', outDir, scryptLogN: 10 });
  return { office, expert, packageFile: join(outDir, 'e03.qbcase') };
}
