/**
 * The office's desk in the app: at most one case open at a time, reached only through IPC.
 * Paths come from the operating system's dialogs (FileChooser), never from the renderer.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MaterialKind } from '../../../shared/domain/material';
import type { RecommendingUnit } from '../../../shared/domain/recommending-unit';
import type { Rubric } from '../../../shared/domain/rubric';
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
import { suggestConflicts } from '../../../shared/office/conflict-suggestions';
import {
  addDefenseRound,
  defenseRoundIdFor,
  formalCheckOf,
  registerExpert,
  sealingPlanForRound,
} from '../../../shared/office/office-record';
import type { OfficeRecord } from '../../../shared/office/office-record';
import { quotaReport } from '../../../shared/office/quota';
import { sealingRecipients } from '../../../shared/office/visibility';
import { unlockIdentity } from '../identity/identity-file';
import type { Identity } from '../identity/identity';
import type { FileChooser } from './file-chooser';
import { intakeInputsIntoCase } from './office-intake';
import { importRegisterBytesIntoCase } from './office-register';
import { expertFromCard, previewCard } from './expert-registration';
import type { CardPreview, RegistrationInput } from './expert-registration';
import type { GenerationMemory } from './generation-memory';
import { reissuePackage, sealRound } from './office-seal';
import type { SealReport } from './office-seal';
import { createOfficeRecord, openOfficeRecordAs } from './office-session';
import { slipsOf, writePassphraseSlips } from './passphrase-slips';
import type { OfficeSession } from './office-session';

export interface OpenRequest {
  /** The office identity's passphrase. */
  readonly passphrase: string;
  /** Create a new case for the year (in an empty folder) rather than open one. */
  readonly create?: { readonly year: number };
  /** Accept this older state generation: a restore from backup, logged. */
  readonly restoreGeneration?: number;
}

export interface OfficeDesk {
  status(): OfficeStatus;
  open(request: OpenRequest): Promise<OfficeStatus>;
  close(): OfficeStatus;
  overview(): Promise<OfficeOverview>;
  update(change: (c: OfficeRecord) => OfficeRecord): Promise<OfficeOverview>;
  /** Opens the defense round (答辩评审) from a material round's shortlist, with its id and date. */
  addDefenseRound(request: {
    materialRoundId: string;
    shortlist: readonly string[];
  }): Promise<OfficeOverview>;
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
  /** What a card says, once its self-signature holds. */
  previewCard(card: string): CardPreview;
  registerExpert(card: string, input: RegistrationInput): Promise<OfficeOverview>;
}

export interface OfficeDeskOptions {
  readonly chooser: FileChooser;
  /** The year's recommending units (the office's edited list, or Attachment 2). */
  readonly unitsFor: (year: number) => Promise<readonly RecommendingUnit[]>;
  /** The highest state generation seen of each workspace (in the app's data directory). */
  readonly memory: GenerationMemory;
  /** The clock a new round's date is read from; the system's by default. */
  readonly now?: () => Date;
}

export type { MaterialKind, Rubric };

export function createOfficeDesk(options: OfficeDeskOptions): OfficeDesk {
  let current: { session: OfficeSession; office: Identity; dir: string } | null = null;
  // The passphrases of the last sealing, in memory only, until the next sealing or the case is
  // closed: the slips may be written more than once (a printer jam, a second copy elsewhere).
  let lastSeal: { report: SealReport; outDir: string; year: number } | null = null;

  const opened = () => {
    if (!current) throw new AppError('office-not-open');
    return current;
  };

  const status = (year?: number): OfficeStatus =>
    current
      ? {
          open: true,
          ...(year === undefined ? {} : { year }),
          workspaceName: basename(current.dir),
          officeName: current.office.card.organisation,
          officeFingerprint: current.office.card.fingerprint,
        }
      : { open: false };

  async function overviewOf(c: OfficeRecord): Promise<OfficeOverview> {
    const units = [...(await options.unitsFor(c.year))];
    return {
      status: status(c.year),
      record: c,
      formalChecks: c.applications.map((a) => formalCheckOf(c, a.id)),
      quota: quotaReport(c.applications, units),
      conflictSuggestions: suggestConflicts({
        experts: c.experts,
        applications: c.applications,
        units,
        recorded: c.conflicts,
      }),
      sealing: c.rounds.map((r) => ({
        roundId: r.round.id,
        problems: [...sealingRecipients(sealingPlanForRound(c, r.round.id)).problems],
      })),
      units,
    };
  }

  async function update(change: (c: OfficeRecord) => OfficeRecord): Promise<OfficeOverview> {
    // The office's rules refuse with an AppError; anything else is a bug, reported as internal.
    return overviewOf(await opened().session.update(change));
  }

  return {
    status: () => status(),
    async open({ passphrase, create, restoreGeneration }) {
      const identityPath = await options.chooser.chooseIdentityFile();
      if (!identityPath) throw new AppError('not-chosen', { what: 'identity-file' });
      const office = await unlockIdentity(await readFile(identityPath), passphrase);
      if (office.card.role !== 'office') throw new AppError('not-office-identity');
      const dir = await options.chooser.chooseWorkspace(create ? 'create' : 'open');
      if (!dir) throw new AppError('not-chosen', { what: 'workspace-folder' });
      const session = create
        ? await createOfficeRecord(dir, { office, year: create.year, memory: options.memory })
        : await openOfficeRecordAs(dir, office, {
            memory: options.memory,
            ...(restoreGeneration === undefined ? {} : { restoreGeneration }),
          });
      current = { session, office, dir };
      lastSeal = null;
      return status((await session.read()).year);
    },
    close() {
      current = null;
      lastSeal = null;
      return status();
    },
    async overview() {
      return overviewOf(await opened().session.read());
    },
    update,
    addDefenseRound({ materialRoundId, shortlist }) {
      const createdAt = (options.now?.() ?? new Date()).toISOString();
      return update((c) =>
        addDefenseRound(c, { materialRoundId, shortlist, id: defenseRoundIdFor(c), createdAt }),
      );
    },
    async intake(files, password) {
      const { session } = opened();
      // Files dropped together are planned together: the volumes of a RAR set are read as one,
      // every other archive on its own, each stored before the next is read.
      const reports = await intakeInputsIntoCase(
        session,
        files.map((file) => ({ name: file.name, bytes: file.bytes })),
        password ? { password } : {},
      );
      return reports.map((report) => ({
        ...report,
        problems: report.problems.map((p) => ({ ...p })),
      }));
    },
    async importRegister(file) {
      const { session } = opened();
      const c = await session.read();
      const report = await importRegisterBytesIntoCase(
        session,
        file.bytes,
        await options.unitsFor(c.year),
      );
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
    },
    async seal(roundId, withPassphrases) {
      const { session, office } = opened();
      const outDir = await options.chooser.chooseOutputFolder();
      if (!outDir) throw new AppError('not-chosen', { what: 'output-folder' });
      const report = await sealRound(session, { office, roundId, outDir, withPassphrases });
      return remember(report, outDir);
    },
    async reissue({ roundId, expertId, withPassphrase, note }) {
      const { session, office } = opened();
      const outDir = await options.chooser.chooseOutputFolder();
      if (!outDir) throw new AppError('not-chosen', { what: 'output-folder' });
      const report = await reissuePackage(session, {
        office,
        roundId,
        expertId,
        outDir,
        withPassphrases: withPassphrase,
        ...(note ? { note } : {}),
      });
      return remember(report, outDir);
    },
    async writeSlips() {
      const { office } = opened();
      const sealed = lastSeal;
      if (!sealed || !sealed.report.packages.some((p) => p.passphrase !== undefined)) {
        throw new AppError('no-slips-to-print');
      }
      const folder = await options.chooser.chooseSlipsFolder();
      if (!folder) throw new AppError('not-chosen', { what: 'slips-folder' });
      const files = await writePassphraseSlips(
        folder,
        sealed.outDir,
        slipsOf(sealed.report, office, sealed.year),
      );
      return { folder: basename(folder), files: files.map((f) => basename(f)) };
    },
    previewCard: (card) => previewCard(card),
    async registerExpert(card, input) {
      const { expert, card: verified } = expertFromCard(card, input);
      return update((c) => registerExpert(c, expert, verified));
    },
  };

  async function remember(report: SealReport, outDir: string): Promise<SealReportView> {
    const { session, office } = opened();
    lastSeal = { report, outDir, year: (await session.read()).year };
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
        ...(p.passphrase === undefined
          ? {}
          : { passphrase: formatPackagePassphrase(p.passphrase) }),
      })),
      warnings: report.warnings.map((w) => w.message),
      officeFingerprint: office.card.fingerprint,
    };
  }
}
