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
import { join } from 'node:path';
import type { Identity } from '../../electron/core/identity';
import {
  createExpertIdentities,
  createOfficeIdentity,
  keepIdentityFile,
} from '../fixtures/round-identities';
import { pdfMaterial, sealOfficeRound, seatsOf } from '../fixtures/sealed-round';
import {
  SMALL_PANEL_COMMITTEE,
  SMALL_PANEL_EXPERT,
  SMALL_PANEL_PEOPLE,
  firstGroup,
} from '../fixtures/small-panel';
import { fixtureRoundApplications, markedApplicationText } from './fixture-round-applications';
import { EVIDENCE_PDF, evidencePdf, longDocx } from './long-materials';
import type { OfficeFixture } from './office-fixture';
import { chartPng } from './reader-fixture/chinese-docx';

export const SEARCH_EXPERT_PASSPHRASE = '检索专家 口令 灯笼果园 2718 测试';

/** In the long .docx near its end, and on page 2 of the evidence PDF. */
export const SHARED_PASSAGE = '顾客满意度测评结果为九十二分';
/** Written half-width in the long .docx; the e2e types it full-width. */
export const QC_SENTENCE = '公司坚持开展QC小组活动，累计完成课题四十六项。';
export { EVIDENCE_PDF };
export const SCAN_NAME = '推荐表.png';
/** Ordinary paragraphs of the long .docx (about 300 pages); the passage follows the 2,400th. */
const PARAGRAPHS = 2_600;

export interface SealedForSearch {
  readonly office: Identity;
  readonly expert: Identity;
  readonly packageFile: string;
}

/** About 300 pages; with `passages`, the QC sentence at its start and the passage near its end. */
function longSearchDocx(passages: boolean): (first: string) => Promise<Uint8Array> {
  return (first) =>
    longDocx(
      first,
      PARAGRAPHS,
      passages
        ? [
            { after: 0, text: QC_SENTENCE },
            { after: 2_400, text: `经第三方机构测评，${SHARED_PASSAGE}，位居行业前列。` },
          ]
        : [],
    );
}

export async function sealForSearch(fixture: OfficeFixture): Promise<SealedForSearch> {
  const office = (await createOfficeIdentity('office passphrase for the search e2e', 10)).identity;
  const people = await createExpertIdentities(SMALL_PANEL_PEOPLE, SEARCH_EXPERT_PASSPHRASE, 12);
  await keepIdentityFile(fixture.appDataDir, people.get(SMALL_PANEL_EXPERT)!);
  const applications = await fixtureRoundApplications(async (app, index) => [
    await markedApplicationText(app, longSearchDocx(index === 0)),
    ...(index === 0
      ? [
          {
            kind: 'recommendation-form' as const,
            fileName: SCAN_NAME,
            mediaType: 'image/png',
            bytes: new Uint8Array(chartPng()),
          },
        ]
      : []),
    ...(index === 1 ? [pdfMaterial(EVIDENCE_PDF, evidencePdf(SHARED_PASSAGE), 'evidence')] : []),
  ]);
  const sealed = await sealOfficeRound({
    office,
    workspace: join(fixture.officeFolder, '2026.qboffice'),
    outDir: fixture.choices.outputFolder!,
    applications,
    people: seatsOf(SMALL_PANEL_PEOPLE, (id) => people.get(id)!.identity.card),
    groups: [firstGroup([0, 1, 2])],
    committee: SMALL_PANEL_COMMITTEE,
    withPassphrases: false,
    scryptLogN: 10,
  });
  return {
    office,
    expert: people.get(SMALL_PANEL_EXPERT)!.identity,
    packageFile: sealed.packageOf(SMALL_PANEL_EXPERT),
  };
}
