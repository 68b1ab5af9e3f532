/**
 * The office's side of the expert's whole flow (issue 9, point 13), through the office's own core
 * (the same sealRound the app's 封装 button calls): the expert's identity card, as the app
 * exported it, is registered beside a leader, the chair and the vice-chair; the office fixture's
 * three applications each get a stored .docx carrying the materials' marker and a PDF whose
 * Chinese text (a font the PDF does not embed) carries a marker of its own; one group; the round
 * sealed, the expert's package in the office's folder.
 */
import { join } from 'node:path';
import { parseIdentityCard } from '../../electron/core/identity';
import type { Identity, IdentityCard } from '../../electron/core/identity';
import { createExpertIdentities, createOfficeIdentity } from '../fixtures/round-identities';
import { pdfMaterial, sealOfficeRound } from '../fixtures/sealed-round';
import type { RoundSeat } from '../fixtures/sealed-round';
import {
  SMALL_PANEL_COMMITTEE,
  SMALL_PANEL_EXPERT,
  SMALL_PANEL_PEOPLE,
  firstGroup,
} from '../fixtures/small-panel';
import { fixtureRoundApplications, markedApplicationText } from './fixture-round-applications';
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

/** The office registers `cardJson` (the expert's exported card) as e03 and seals the round. */
export async function sealRoundForCard(
  fixture: OfficeFixture,
  cardJson: string,
): Promise<SealedRound> {
  const expert = parseIdentityCard(cardJson);
  const office = (await createOfficeIdentity('office passphrase for the flow e2e', 10)).identity;
  const others = SMALL_PANEL_PEOPLE.filter((p) => p.id !== SMALL_PANEL_EXPERT);
  const created = await createExpertIdentities(others, 'another expert passphrase', 10);
  // The expert first, registered in the region their own card names.
  const people: RoundSeat[] = [
    { id: SMALL_PANEL_EXPERT, role: 'member', card: expert, region: expert.region ?? '北京' },
    ...others.map(({ id, role }) => ({ id, role, card: created.get(id)!.identity.card })),
  ];
  const applications = await fixtureRoundApplications(async (app) => [
    await markedApplicationText(app),
    pdfMaterial(
      '推荐表.pdf',
      new Uint8Array(
        makePdf([{ latin: ['Recommendation form'], chinese: recommendationLines(app.name) }]),
      ),
    ),
  ]);
  const sealed = await sealOfficeRound({
    office,
    workspace: join(fixture.officeFolder, '2026.qboffice'),
    outDir: fixture.choices.outputFolder!,
    applications,
    people,
    groups: [firstGroup([0, 1, 2])],
    committee: SMALL_PANEL_COMMITTEE,
    scryptLogN: 10,
  });
  return { office, expert, packageFile: sealed.packageOf(SMALL_PANEL_EXPERT) };
}
