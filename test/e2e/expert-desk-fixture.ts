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
import { join } from 'node:path';
import type { Identity } from '../../electron/core/identity';
import {
  createExpertIdentities,
  createOfficeIdentity,
  keepIdentityFile,
} from '../fixtures/round-identities';
import { pdfMaterial, scannedPdf, sealOfficeRound, seatsOf } from '../fixtures/sealed-round';
import type { RoundGroup } from '../fixtures/sealed-round';
import {
  SMALL_PANEL_COMMITTEE,
  SMALL_PANEL_EXPERT,
  SMALL_PANEL_PEOPLE,
  firstGroup,
} from '../fixtures/small-panel';
import { fixtureRoundApplications, markedApplicationText } from './fixture-round-applications';
import type { OfficeFixture } from './office-fixture';
import { EVIDENCE_PDF, evidencePdf, longDocx } from './long-materials';

export const EXPERT_PASSPHRASE = '评审专家 口令 灯笼果园 1927 测试';

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
export { EVIDENCE_PDF };
/** How many ordinary paragraphs the long .docx holds; the passage stands after the 1,000th. */
const PARAGRAPHS = 1_200;

/** The second application's .docx: the marker's paragraph first, then sections of text. */
function longDeskDocx(first: string): Promise<Uint8Array> {
  return longDocx(first, PARAGRAPHS, [
    { after: 1_000, text: `主要成效：${WORD_PASSAGE}，顾客投诉率下降三成。` },
  ]);
}

/** The groups of the round: 第一组 reviews every application but the chair's own group's. */
function groupsOf(options: SealForExpertOptions): RoundGroup[] {
  const members = options.leaderConflict === true ? [SMALL_PANEL_EXPERT, STAND_IN.id] : undefined;
  if (options.chairLeadsGroup !== true) return [firstGroup([0, 1, 2], members)];
  const others = [0, 1, 2].filter((index) => index !== CHAIR_GROUP_INDEX);
  return [
    firstGroup(others, members),
    { id: 'g2', name: '第二组', leaderId: 'e09', memberIds: [], applications: [CHAIR_GROUP_INDEX] },
  ];
}

export async function sealForExpert(
  fixture: OfficeFixture,
  options: SealForExpertOptions = {},
): Promise<SealedForExpert> {
  const roster =
    options.leaderConflict === true ? [...SMALL_PANEL_PEOPLE, STAND_IN] : [...SMALL_PANEL_PEOPLE];
  const office = (await createOfficeIdentity('office passphrase for the desk e2e', 10)).identity;
  const people = await createExpertIdentities(roster, EXPERT_PASSPHRASE, 12);
  await keepIdentityFile(fixture.appDataDir, people.get(SMALL_PANEL_EXPERT)!);
  const applications = await fixtureRoundApplications(async (app, index) => [
    await markedApplicationText(app, index === 1 ? longDeskDocx : undefined),
    pdfMaterial('推荐表.pdf', scannedPdf(`推荐表 ${index}`)),
    ...(index === 1 ? [pdfMaterial(EVIDENCE_PDF, evidencePdf(PDF_PASSAGE), 'evidence')] : []),
  ]);
  const outDir = fixture.choices.outputFolder!;
  const sealed = await sealOfficeRound({
    office,
    workspace: join(fixture.officeFolder, '2026.qboffice'),
    outDir,
    applications,
    people: seatsOf(roster, (id) => people.get(id)!.identity.card),
    groups: groupsOf(options),
    committee: SMALL_PANEL_COMMITTEE,
    ...(options.leaderConflict === true
      ? {
          conflicts: [
            {
              expertId: 'e01',
              application: LEADER_CONFLICT_INDEX,
              kind: 'same-organisation' as const,
            },
          ],
          standIns: [{ application: LEADER_CONFLICT_INDEX, expertId: STAND_IN.id }],
        }
      : {}),
    withPassphrases: options.withPassphrases === true,
    scryptLogN: 10,
  });
  const passphrase = sealed.report.packages.find(
    (p) => p.expertId === SMALL_PANEL_EXPERT,
  )?.passphrase;
  return {
    office,
    expert: people.get(SMALL_PANEL_EXPERT)!.identity,
    packageFile: sealed.packageOf(SMALL_PANEL_EXPERT),
    ...(passphrase === undefined ? {} : { passphrase }),
    people,
    packageOf: sealed.packageOf,
    ...(options.leaderConflict === true
      ? {
          leaderConflict: {
            applicationId: sealed.applicationIds[LEADER_CONFLICT_INDEX]!,
            standInId: STAND_IN.id,
          },
        }
      : {}),
  };
}
