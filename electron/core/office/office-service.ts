/**
 * The office's record as a service: every operation the office performs, by name, over one open
 * record. The app's IPC adapter and the command line call these same methods; neither applies a
 * rule of shared/office to a session itself. Paths are given by the caller (the app's dialogs,
 * the command line's arguments); what comes back is the core's own report, which each side words.
 */
import type { Committee } from '../../../shared/domain/committee';
import type { ConflictOfInterest } from '../../../shared/domain/conflict';
import type { Group } from '../../../shared/domain/group';
import type { DeliberationRule } from '../../../shared/domain/deliberation';
import type { MaterialKind } from '../../../shared/domain/material';
import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import type { Rubric } from '../../../shared/domain/rubric';
import { AppError } from '../../../shared/errors';
import type { FormalCheckItemChange } from '../../../shared/office/formal-check';
import type { FormalCheckItemId } from '../../../shared/office/formal-check-items';
import { setMaterialKind } from '../../../shared/office/material-correction';
import {
  addConflict,
  addDefenseRound,
  applicationsPassingFormalCheck,
  assignApplication,
  defenseRoundIdFor,
  registerExpert,
  removeConflict,
  clearStandIn,
  resetUnits,
  setCommittee,
  setDeadline,
  setFormalCheckItem,
  setGroup,
  setRoundApplications,
  setRubric,
  setStandIn,
  setUndertaking,
  setRoundRule,
  setUnits,
  unitsOf,
  upsertApplication,
} from '../../../shared/office/office-record';
import type {
  ApplicationInput,
  AssignmentChange,
  OfficeRecord,
} from '../../../shared/office/office-record';
import type { OfficeOverview, OfficeStatus } from '../../../shared/office/office-views';
import type { Identity } from '../identity/identity';
import { expertFromCard } from './expert-registration';
import type { RegistrationInput } from './expert-registration';
import type { GenerationMemory } from './generation-memory';
import { parsingIsolation } from '../intake/isolated/parsing-isolation';
import type { ParsingIsolation } from '../intake/isolated/parsing-isolation';
import { intakeInputsIntoCase } from './office-intake';
import type { OfficeIntakeOptions, OfficeIntakeReport } from './office-intake';
import { openStatus, overviewOf } from './office-overview';
import { importRegisterBytesIntoCase, importRegisterIntoCase } from './office-register';
import type { OfficeRegisterReport } from './office-register';
import type { RegisterSource } from '../register/import-register';
import { reissuePackage, sealRound } from './office-seal';
import type { SealReport } from './office-seal';
import { createOfficeRecord, openOfficeRecordAs } from './office-session';
import type { OfficeSession } from './office-session';
import { slipsOf, writePassphraseSlips } from './passphrase-slips';
// Issue 11, point 3: the office's follow-up acts and their signed export.
import { recordFollowUpAct } from '../../../shared/office/followup/followup-rules';
import type { FollowUpRequest } from '../../../shared/office/followup/followup-rules';
import { exportFollowUp } from './followup-export';
import { importedReReview, importedResult } from './result-import';
import { resultDetailView } from '../../../shared/office/followup/result-detail-view';
import type { ResultDetailView } from '../../../shared/office/followup/result-detail-view';
import { followUpState } from '../../../shared/office/followup/followup-state';
import { resultImportStanding } from '../../../shared/office/followup/result-import-standing';
import { chineseDate } from '../../../shared/report/report-words';
import {
  OFFICE_REPORT_KINDS,
  OFFICE_REPORT_PLAINTEXT_WARNING,
  officeReportSet,
} from '../report/office-report-files';
import type { OfficeReportKind } from '../report/office-report-files';
import { exportRecordedReports } from '../report/report-exporter';
import type { ReportExport } from '../report/report-exporter';
import type { ReportExportChooser } from '../report/report-export-chooser';

/** An archive or folder on disk, or a file the app received as bytes. */
export type IntakeInput = Parameters<typeof intakeInputsIntoCase>[1][number];

export interface SealRequest {
  readonly roundId: string;
  readonly outDir: string;
  readonly withPassphrases: boolean;
}

export interface ReissueRequest extends SealRequest {
  readonly expertId: string;
  readonly note?: string;
}

export interface DefenseRoundOrder {
  readonly materialRoundId: string;
  readonly shortlist: readonly string[];
  /** The new round's id; the next free one (defense, defense-2…) when left out. */
  readonly id?: string;
}

export interface OfficeService {
  /** The folder of the record (the caller gave it; reports name only its last part). */
  readonly dir: string;
  readonly office: Identity;
  readonly session: OfficeSession;
  status(): Promise<OfficeStatus>;
  read(): Promise<OfficeRecord>;
  overview(): Promise<OfficeOverview>;

  upsertApplication(application: ApplicationInput): Promise<OfficeOverview>;
  setMaterialKind(materialId: string, kind: MaterialKind): Promise<OfficeOverview>;
  setFormalCheckItem(
    applicationId: string,
    itemId: FormalCheckItemId,
    change: FormalCheckItemChange,
  ): Promise<OfficeOverview>;
  setDeadline(deadline: string | null): Promise<OfficeOverview>;
  /** The year's recommending units, kept in the record: quotas and the register read them. */
  setUnits(units: readonly RecommendingUnit[]): Promise<OfficeOverview>;
  resetUnits(): Promise<OfficeOverview>;
  registerExpert(card: string, input: RegistrationInput): Promise<OfficeOverview>;
  setGroup(group: Group): Promise<OfficeOverview>;
  setCommittee(committee: Committee): Promise<OfficeOverview>;
  assign(change: AssignmentChange): Promise<OfficeOverview>;
  addConflict(conflict: ConflictOfInterest): Promise<OfficeOverview>;
  removeConflict(expertId: string, applicationId: string): Promise<OfficeOverview>;
  setRoundApplications(roundId: string, applicationIds: readonly string[]): Promise<OfficeOverview>;
  /** Every application that passed the formal check goes into the round (Article 18). */
  includePassing(roundId: string): Promise<OfficeOverview>;
  /** Opens the defense round (答辩评审) from a material round's shortlist, dated now. */
  addDefenseRound(order: DefenseRoundOrder): Promise<{ overview: OfficeOverview; id: string }>;
  setRubric(roundId: string, rubric: Rubric): Promise<OfficeOverview>;
  /** 代行组长: who reads an application's reviews in place of its conflicted group leader. */
  setStandIn(roundId: string, applicationId: string, expertId: string): Promise<OfficeOverview>;
  clearStandIn(roundId: string, applicationId: string): Promise<OfficeOverview>;
  /** 保密承诺 of a draft round; null goes back to the default text. */
  setUndertaking(roundId: string, text: string | null): Promise<OfficeOverview>;
  /** 表决规则 (quorum and pass share) of a draft round; null goes back to the default. */
  setRoundRule(roundId: string, rule: DeliberationRule | null): Promise<OfficeOverview>;
  /**
   * 后续工作记录 (issue 11, point 3): one act of the follow-up, recorded with who (this office's
   * fingerprint and the staff member named as handler) and when (now).
   */
  recordFollowUp(request: FollowUpRequest, handler: string): Promise<OfficeOverview>;
  /** The follow-up record signed by the office, as the bytes of its export file. */
  exportFollowUp(): Promise<Uint8Array>;
  /**
   * The chair's result bundle of a round: verified against this record's roster, round, case and
   * rubric, opened, checked to cover the round's applications, and recorded (result-import.ts).
   */
  importResult(bytes: Uint8Array, roundId: string, handler: string): Promise<OfficeOverview>;
  /**
   * The same, with what the screen shows of the opened merge (its list, cuts and ranking). The
   * bundle's bytes (encrypted to the office already) are kept sealed in the workspace, so the
   * view opens again after a restart (openedResult). The very bundle already on record is not
   * recorded again (`alreadyImported`); an older one of its signer is refused
   * (result-import-standing.ts).
   */
  importResultShown(
    bytes: Uint8Array,
    roundId: string,
    handler: string,
  ): Promise<{ overview: OfficeOverview; result: ResultDetailView; alreadyImported: boolean }>;
  /**
   * The round's current result bundle, read from the workspace and opened again with the office
   * identity (verified as on import): its view, or null when none is imported or its bytes were
   * not kept (an import recorded before they were).
   */
  openedResult(roundId: string): Promise<ResultDetailView | null>;
  /**
   * The office's reports of a round (公示名单, 异议处理记录: office-report-files.ts, as `qbreview
   * report --office` writes them), a deliberate plaintext export into a new folder inside the
   * one `chooser` gives (its dialog shows the warning), then recorded as `reports-exported` with
   * every file's SHA-256; the folder is removed again if the record refuses it. Null when the
   * dialog was cancelled: nothing built, written or recorded.
   */
  exportReports(
    chooser: ReportExportChooser,
    request: { readonly roundId: string; readonly reports: readonly OfficeReportKind[] },
    handler: string,
  ): Promise<{ exported: ReportExport; overview: OfficeOverview } | null>;
  /** 答辩评审 from the imported result of a material round: its signed 入围答辩名单. */
  addDefenseRoundFromResult(
    materialRoundId: string,
  ): Promise<{ overview: OfficeOverview; id: string }>;
  /** The committee's signed re-review of an objection, checked and recorded as its outcome. */
  importReReview(bytes: Uint8Array, handler: string): Promise<OfficeOverview>;

  intake(
    inputs: readonly IntakeInput[],
    options?: OfficeIntakeOptions,
    onReport?: (report: OfficeIntakeReport) => void,
  ): Promise<OfficeIntakeReport[]>;
  /** The register read in the isolated worker, matched against the record's own units. */
  importRegister(source: RegisterSource): Promise<OfficeRegisterReport>;

  seal(request: SealRequest): Promise<SealReport>;
  reissue(request: ReissueRequest): Promise<SealReport>;
  /**
   * Writes one slip per package of the last sealing or reissue into `folder`, apart from the
   * packages. The passphrases live in memory only, until the next sealing or the record closes.
   */
  writeSlips(folder: string): Promise<string[]>;
  /** Whether the last sealing or reissue drew passphrases whose slips can still be written. */
  slipsPending(): boolean;
}

export interface OfficeServiceOptions {
  /** The highest state generation seen of each workspace, kept outside the folder. */
  readonly memory: GenerationMemory;
  /**
   * How archives and registers are parsed out of this process. Left out, the safe default:
   * every one, ZIP included, in the forked worker (SECURITY 7).
   */
  readonly isolation?: ParsingIsolation;
  /** The clock new rounds and log entries are dated by; the system's by default. */
  readonly now?: () => Date;
}

export interface OpenOfficeRequest {
  /** Accept this older state generation: a restore from backup, logged. */
  readonly restoreGeneration?: number;
}

export interface CreateOfficeRequest {
  readonly year: number;
  /** A second key to the record besides the office identity. */
  readonly passphrase?: string;
}

/** Opens the record in `dir` as the office identity that made it. */
export async function openOffice(
  dir: string,
  office: Identity,
  options: OfficeServiceOptions,
  request: OpenOfficeRequest = {},
): Promise<OfficeService> {
  const now = options.now ?? (() => new Date());
  if (office.card.role !== 'office') throw new AppError('not-office-identity');
  const session = await openOfficeRecordAs(dir, office, {
    memory: options.memory,
    now: now(),
    ...(request.restoreGeneration === undefined
      ? {}
      : { restoreGeneration: request.restoreGeneration }),
  });
  return officeServiceOver(session, dir, office, now, options.isolation ?? parsingIsolation());
}

/** A new record for the year in an empty folder, with its material round opened as a draft. */
export async function createOffice(
  dir: string,
  office: Identity,
  options: OfficeServiceOptions,
  request: CreateOfficeRequest,
): Promise<OfficeService> {
  const now = options.now ?? (() => new Date());
  if (office.card.role !== 'office') throw new AppError('not-office-identity');
  const session = await createOfficeRecord(dir, {
    office,
    year: request.year,
    memory: options.memory,
    now: now(),
    ...(request.passphrase === undefined ? {} : { passphrase: request.passphrase }),
  });
  return officeServiceOver(session, dir, office, now, options.isolation ?? parsingIsolation());
}

function officeServiceOver(
  session: OfficeSession,
  dir: string,
  office: Identity,
  now: () => Date,
  isolation: ParsingIsolation,
): OfficeService {
  let lastSeal: { report: SealReport; outDir: string; year: number } | null = null;

  const slipsPending = () =>
    lastSeal !== null && lastSeal.report.packages.some((p) => p.passphrase !== undefined);
  const status = async () => openStatus(dir, office, (await session.read()).year);
  const overviewAfter = (c: OfficeRecord) => overviewOf(c, openStatus(dir, office, c.year));
  // A rule refuses with an AppError; the session validates the whole record before writing.
  const change = async (rule: (c: OfficeRecord) => OfficeRecord) =>
    overviewAfter(await session.update(rule));
  const remember = async (report: SealReport, outDir: string) => {
    lastSeal = { report, outDir, year: (await session.read()).year };
    return report;
  };

  // A named function, so addDefenseRoundFromResult can call it too.
  const openDefenseRound: OfficeService['addDefenseRound'] = async ({
    materialRoundId,
    shortlist,
    id,
  }) => {
    let chosen = id ?? '';
    const overview = await change((c) => {
      chosen = id ?? defenseRoundIdFor(c);
      return addDefenseRound(c, {
        materialRoundId,
        shortlist,
        id: chosen,
        createdAt: now().toISOString(),
      });
    });
    return { overview, id: chosen };
  };

  const service: OfficeService = {
    dir,
    office,
    session,
    status,
    read: () => session.read(),
    overview: async () => overviewAfter(await session.read()),

    upsertApplication: (application) => change((c) => upsertApplication(c, application)),
    setMaterialKind: (materialId, kind) => change((c) => setMaterialKind(c, materialId, kind)),
    setFormalCheckItem: (applicationId, itemId, itemChange) =>
      change((c) => setFormalCheckItem(c, applicationId, itemId, itemChange)),
    setDeadline: (deadline) => change((c) => setDeadline(c, deadline)),
    setUnits: (units) => change((c) => setUnits(c, units)),
    resetUnits: () => change(resetUnits),
    async registerExpert(card, input) {
      const { expert, card: verified } = expertFromCard(card, input);
      return change((c) => registerExpert(c, expert, verified));
    },
    setGroup: (group) => change((c) => setGroup(c, group)),
    setCommittee: (committee) => change((c) => setCommittee(c, committee)),
    assign: (assignment) => change((c) => assignApplication(c, assignment)),
    addConflict: (conflict) => change((c) => addConflict(c, conflict)),
    removeConflict: (expertId, applicationId) =>
      change((c) => removeConflict(c, expertId, applicationId)),
    setRoundApplications: (roundId, applicationIds) =>
      change((c) => setRoundApplications(c, roundId, applicationIds)),
    includePassing: (roundId) =>
      change((c) => setRoundApplications(c, roundId, applicationsPassingFormalCheck(c))),
    addDefenseRound: openDefenseRound,
    setRubric: (roundId, rubric) => change((c) => setRubric(c, roundId, rubric)),
    setStandIn: (roundId, applicationId, expertId) =>
      change((c) => setStandIn(c, { roundId, applicationId, expertId })),
    clearStandIn: (roundId, applicationId) =>
      change((c) => clearStandIn(c, roundId, applicationId)),
    setUndertaking: (roundId, text) => change((c) => setUndertaking(c, roundId, text)),
    setRoundRule: (roundId, rule) => change((c) => setRoundRule(c, roundId, rule)),
    recordFollowUp: (request, handler) =>
      change((c) =>
        recordFollowUpAct(c, request, {
          now: now(),
          by: { fingerprint: office.card.fingerprint, handler },
        }),
      ),
    exportFollowUp: async () =>
      exportFollowUp(await session.read(), office, session.workspace.workspaceId, now()),
    async importResultShown(bytes, roundId, handler) {
      const { workspace } = session;
      const current = await session.read();
      const { request, merge } = await importedResult(
        current,
        bytes,
        roundId,
        office,
        workspace.workspaceId,
      );
      const standing = resultImportStanding(followUpState(current.followUp), request);
      // Kept before the act that names it (as materials are); kept again for an import
      // recorded before the bytes were.
      await workspace.putMaterial(request.resultDigest, bytes);
      const result = resultDetailView(merge, request.resultDigest);
      if (standing.kind === 'already-imported') {
        return { overview: overviewAfter(current), result, alreadyImported: true };
      }
      const by = { fingerprint: office.card.fingerprint, handler };
      const overview = await change((c) => recordFollowUpAct(c, request, { now: now(), by }));
      return { overview, result, alreadyImported: false };
    },
    async openedResult(roundId) {
      const { workspace } = session;
      const c = await session.read();
      const act = followUpState(c.followUp).results[roundId];
      if (!act || !(await workspace.hasMaterial(act.resultDigest))) return null;
      const bytes = await workspace.readMaterial(act.resultDigest);
      const { merge, request } = await importedResult(
        c,
        bytes,
        roundId,
        office,
        workspace.workspaceId,
      );
      // The sealed file is named and bound by this digest; a mismatch is not this import's.
      if (request.resultDigest !== act.resultDigest) return null;
      return resultDetailView(merge, act.resultDigest);
    },
    async importResult(bytes, roundId, handler) {
      return (await service.importResultShown(bytes, roundId, handler)).overview;
    },
    async exportReports(chooser, { roundId, reports }, handler) {
      // Refused before the dialog: without a handler or a notice there is nothing to record.
      if (handler.trim() === '') throw new AppError('followup-handler-missing');
      const c = await session.read();
      if (!c.rounds.some((r) => r.round.id === roundId)) {
        throw new AppError('round-not-found', { roundId });
      }
      const set = officeReportSet(c, roundId, chineseDate(now()), reports);
      if (set === null) throw new AppError('office-reports-no-notice');
      const by = { fingerprint: office.card.fingerprint, handler };
      const done = await exportRecordedReports(
        chooser,
        set.stem,
        set.files,
        (written) => {
          const request: FollowUpRequest = {
            kind: 'reports-exported',
            roundId,
            reports: OFFICE_REPORT_KINDS.filter((k) => reports.includes(k)),
            folderName: written.folderName,
            files: [...written.files],
          };
          return change((r) => recordFollowUpAct(r, request, { now: now(), by }));
        },
        OFFICE_REPORT_PLAINTEXT_WARNING,
      );
      if (done === null) return null;
      const { written, recorded: overview } = done;
      return {
        exported: { folderName: written.folderName, files: written.files.map((f) => f.name) },
        overview,
      };
    },
    async addDefenseRoundFromResult(materialRoundId) {
      const result = followUpState((await session.read()).followUp).results[materialRoundId];
      if (!result || result.listKind !== 'defense-shortlist') {
        throw new AppError('result-not-imported', { roundId: materialRoundId });
      }
      return openDefenseRound({ materialRoundId, shortlist: result.applicationIds });
    },
    async importReReview(bytes, handler) {
      const workspaceId = session.workspace.workspaceId;
      const request = await importedReReview(await session.read(), bytes, office, workspaceId);
      const by = { fingerprint: office.card.fingerprint, handler };
      return change((c) => recordFollowUpAct(c, request, { now: now(), by }));
    },

    intake: (inputs, options = {}, onReport) =>
      intakeInputsIntoCase(
        session,
        inputs,
        { ...options, isolation: options.isolation ?? isolation },
        onReport,
      ),
    async importRegister(source) {
      const units = unitsOf(await session.read());
      return 'path' in source
        ? importRegisterIntoCase(session, source.path, units, { isolation })
        : importRegisterBytesIntoCase(session, source.bytes, units, { isolation });
    },

    async seal({ roundId, outDir, withPassphrases }) {
      const report = await sealRound(session, { office, roundId, outDir, withPassphrases });
      return remember(report, outDir);
    },
    async reissue({ roundId, outDir, withPassphrases, expertId, note }) {
      const report = await reissuePackage(session, {
        office,
        roundId,
        outDir,
        withPassphrases,
        expertId,
        ...(note ? { note } : {}),
      });
      return remember(report, outDir);
    },
    slipsPending,
    async writeSlips(folder) {
      const sealed = lastSeal;
      if (!sealed || !slipsPending()) throw new AppError('no-slips-to-print');
      return writePassphraseSlips(
        folder,
        sealed.outDir,
        slipsOf(sealed.report, office, sealed.year),
      );
    },
  };
  return service;
}
