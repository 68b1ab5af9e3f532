/**
 * The office's desk in the app: at most one record open at a time, reached only through IPC.
 * Every operation on the record is the OfficeService's (the command line calls the same one);
 * the desk adds what only the app has: paths from the operating system's dialogs (FileChooser),
 * never from the renderer, and reports turned into views that name files, never folders.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MaterialKind } from '../../../shared/domain/material';
import type { Rubric } from '../../../shared/domain/rubric';
import type { OfficeReportKind } from '../../../shared/office/followup/followup-acts';
import type { ReportExport } from '../report/report-exporter';
import type {
  IntakeReportView,
  OfficeOverview,
  OfficeStatus,
  RegisterReportView,
  SealReportView,
  SlipsReportView,
} from '../../../shared/office/office-views';
import { AppError } from '../../../shared/errors';
import { formatPackagePassphrase } from '../../../shared/security/package-passphrase';
import { unlockIdentity } from '../identity/identity-file';
import type { FileChooser } from './file-chooser';
import { FOLLOW_UP_PLAINTEXT_WARNING, noFollowUpExportChooser } from './followup-export-chooser';
import type { FollowUpExportChooser } from './followup-export-chooser';
import { saveFollowUpExport } from './followup-export-save';
import { previewCard } from './expert-registration';
import type { CardPreview } from './expert-registration';
import type { GenerationMemory } from './generation-memory';
import type { ParsingIsolation } from '../intake/isolated/parsing-isolation';
import type { OfficeIntakeReport } from './office-intake';
import type { OfficeRegisterReport } from './office-register';
import type { SealReport } from './office-seal';
import { createOffice, openOffice } from './office-service';
import type { OfficeService } from './office-service';

export interface OpenRequest {
  /** The office identity's passphrase. */
  readonly passphrase: string;
  /** Create a new record for the year (in an empty folder) rather than open one. */
  readonly create?: { readonly year: number };
  /** Accept this older state generation: a restore from backup, logged. */
  readonly restoreGeneration?: number;
}

export interface OfficeDesk {
  status(): Promise<OfficeStatus>;
  open(request: OpenRequest): Promise<OfficeStatus>;
  close(): OfficeStatus;
  /** The open record's service; AppError 'office-not-open' when none is open. */
  record(): OfficeService;
  intake(
    files: readonly { name: string; bytes: Uint8Array }[],
    password?: string,
  ): Promise<IntakeReportView[]>;
  importRegister(file: { name: string; bytes: Uint8Array }): Promise<RegisterReportView>;
  /** Seals the round; with passphrases, each package gets its own, shown once in the report. */
  seal(roundId: string, withPassphrases: boolean): Promise<SealReportView>;
  /** Seals one person's package again with the next sequence. */
  reissue(request: {
    roundId: string;
    expertId: string;
    withPassphrase: boolean;
    note?: string;
  }): Promise<SealReportView>;
  /** Writes the slips of the last sealing into a folder the office chooses apart from the packages. */
  writeSlips(): Promise<SlipsReportView>;
  /**
   * The signed follow-up record, saved where the office chooses after the plaintext warning
   * (followup-export-save.ts): the file's name, or null when the dialog was cancelled.
   */
  exportFollowUpRecord(): Promise<{ readonly fileName: string } | null>;
  /**
   * The office's reports of a round (公示名单, 异议处理记录) into a folder main's dialog asks for
   * with the plaintext warning, recorded with every file's SHA-256 (OfficeService.exportReports):
   * the folder's name and the files, with the new overview; null when the dialog was cancelled.
   */
  exportReports(request: {
    readonly roundId: string;
    readonly reports: readonly OfficeReportKind[];
    readonly handler: string;
  }): Promise<{
    readonly exported: ReportExport;
    readonly overview: OfficeOverview;
  } | null>;
  /** What a card says, once its self-signature holds. */
  previewCard(card: string): CardPreview;
}

export interface OfficeDeskOptions {
  readonly chooser: FileChooser;
  /** The highest state generation seen of each workspace (in the app's data directory). */
  readonly memory: GenerationMemory;
  /** How archives and registers are parsed out of this process; the safe default when left out. */
  readonly isolation?: ParsingIsolation;
  /** The clock a new round's date is read from; the system's by default. */
  readonly now?: () => Date;
  /** The save dialog of the follow-up record's export; nothing chosen when absent. */
  readonly followUpChooser?: FollowUpExportChooser;
}

export type { MaterialKind, Rubric };

function intakeView(report: OfficeIntakeReport): IntakeReportView {
  return { ...report, problems: report.problems.map((p) => ({ ...p })) };
}

function registerView(report: OfficeRegisterReport): RegisterReportView {
  return {
    format: report.format,
    rows: report.rows,
    imported: report.imported,
    skipped: report.skipped.map((row) => ({
      rowNumber: row.rowNumber,
      messages: row.problems.map((p) => p.message),
    })),
    registerOnly: [...report.registerOnly],
    archiveOnly: [...report.archiveOnly],
    nameMismatches: [...report.nameMismatches],
  };
}

function sealView(report: SealReport, outDir: string, officeFingerprint: string): SealReportView {
  return {
    roundId: report.roundId,
    outputFolder: basename(outDir),
    packages: report.packages.map((p) => ({
      expertId: p.expertId,
      name: p.name,
      fingerprint: p.fingerprint,
      fileName: basename(p.file),
      applications: p.applicationIds.length,
      materials: p.materials,
      size: p.size,
      sequence: p.sequence,
      ...(p.passphrase === undefined ? {} : { passphrase: formatPackagePassphrase(p.passphrase) }),
    })),
    warnings: report.warnings.map((w) => w.message),
    officeFingerprint,
  };
}

export function createOfficeDesk(options: OfficeDeskOptions): OfficeDesk {
  let current: OfficeService | null = null;
  const serviceOptions = {
    memory: options.memory,
    ...(options.isolation ? { isolation: options.isolation } : {}),
    ...(options.now ? { now: options.now } : {}),
  };

  const record = () => {
    if (!current) throw new AppError('office-not-open');
    return current;
  };
  const outputFolder = async () => {
    const outDir = await options.chooser.chooseOutputFolder();
    if (!outDir) throw new AppError('not-chosen', { what: 'output-folder' });
    return outDir;
  };

  return {
    status: async () => (current ? current.status() : { open: false }),
    async open({ passphrase, create, restoreGeneration }) {
      const identityPath = await options.chooser.chooseIdentityFile();
      if (!identityPath) throw new AppError('not-chosen', { what: 'identity-file' });
      const office = await unlockIdentity(await readFile(identityPath), passphrase);
      if (office.card.role !== 'office') throw new AppError('not-office-identity');
      const dir = await options.chooser.chooseWorkspace(create ? 'create' : 'open');
      if (!dir) throw new AppError('not-chosen', { what: 'workspace-folder' });
      current = create
        ? await createOffice(dir, office, serviceOptions, { year: create.year })
        : await openOffice(dir, office, serviceOptions, {
            ...(restoreGeneration === undefined ? {} : { restoreGeneration }),
          });
      return current.status();
    },
    close() {
      // The passphrases of the last sealing go with the service.
      current = null;
      return { open: false };
    },
    record,
    async intake(files, password) {
      // Files dropped together are planned together: the volumes of a RAR set are read as one,
      // every other archive on its own, each stored before the next is read.
      const reports = await record().intake(
        files.map((file) => ({ name: file.name, bytes: file.bytes })),
        password ? { password } : {},
      );
      return reports.map(intakeView);
    },
    async importRegister(file) {
      return registerView(await record().importRegister({ bytes: file.bytes }));
    },
    async seal(roundId, withPassphrases) {
      const office = record();
      const outDir = await outputFolder();
      const report = await office.seal({ roundId, outDir, withPassphrases });
      return sealView(report, outDir, office.office.card.fingerprint);
    },
    async reissue({ roundId, expertId, withPassphrase, note }) {
      const office = record();
      const outDir = await outputFolder();
      const report = await office.reissue({
        roundId,
        expertId,
        outDir,
        withPassphrases: withPassphrase,
        ...(note ? { note } : {}),
      });
      return sealView(report, outDir, office.office.card.fingerprint);
    },
    async exportFollowUpRecord() {
      const service = record();
      const bytes = await service.exportFollowUp();
      const chooser = options.followUpChooser ?? noFollowUpExportChooser;
      const target = await chooser.chooseFollowUpFile(
        `后续工作记录-${(await service.status()).year ?? ''}.json`,
        FOLLOW_UP_PLAINTEXT_WARNING,
      );
      if (target === null) return null;
      await saveFollowUpExport(target, bytes);
      return { fileName: basename(target) };
    },
    exportReports({ roundId, reports, handler }) {
      const chooser = options.followUpChooser ?? noFollowUpExportChooser;
      return record().exportReports(
        {
          chooseReportFolder: async (warning) =>
            (await chooser.chooseReportFolder?.(warning)) ?? null,
        },
        { roundId, reports },
        handler,
      );
    },
    async writeSlips() {
      const office = record();
      // Refused before the dialog: there is nothing to write.
      if (!office.slipsPending()) throw new AppError('no-slips-to-print');
      const folder = await options.chooser.chooseSlipsFolder();
      if (!folder) throw new AppError('not-chosen', { what: 'slips-folder' });
      const files = await office.writeSlips(folder);
      return { folder: basename(folder), files: files.map((f) => basename(f)) };
    },
    previewCard: (card) => previewCard(card),
  };
}
