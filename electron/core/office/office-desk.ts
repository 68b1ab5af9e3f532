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
} from '../../../shared/ipc/office-views';
import { suggestConflicts } from '../../../shared/office/conflict-suggestions';
import { formalCheckOf, sealingPlanForRound } from '../../../shared/office/office-case';
import type { OfficeCase } from '../../../shared/office/office-case';
import { quotaReport } from '../../../shared/office/quota';
import { sealingRecipients } from '../../../shared/office/visibility';
import { unlockIdentity } from '../identity/identity-file';
import type { Identity } from '../identity/identity';
import { ServiceError } from '../ipc/service-error';
import type { FileChooser } from './file-chooser';
import { intakeBytesIntoCase } from './office-intake';
import { importRegisterBytesIntoCase } from './office-register';
import { sealRound, SealingBlockedError } from './office-seal';
import { createOfficeCase, openOfficeCaseAs } from './office-session';
import type { OfficeSession } from './office-session';

export interface OfficeDesk {
  status(): OfficeStatus;
  open(request: { passphrase: string; create?: { year: number } }): Promise<OfficeStatus>;
  close(): OfficeStatus;
  overview(): Promise<OfficeOverview>;
  update(change: (c: OfficeCase) => OfficeCase): Promise<OfficeOverview>;
  intake(
    files: readonly { name: string; bytes: Uint8Array }[],
    password?: string,
  ): Promise<IntakeReportView[]>;
  importRegister(file: { name: string; bytes: Uint8Array }): Promise<RegisterReportView>;
  seal(roundId: string, passphrase?: string): Promise<SealReportView>;
}

export interface OfficeDeskOptions {
  readonly chooser: FileChooser;
  /** The year's recommending units (the office's edited list, or Attachment 2). */
  readonly unitsFor: (year: number) => Promise<readonly RecommendingUnit[]>;
}

export type { MaterialKind, Rubric };

export function createOfficeDesk(options: OfficeDeskOptions): OfficeDesk {
  let current: { session: OfficeSession; office: Identity; dir: string } | null = null;

  const opened = () => {
    if (!current) throw new ServiceError('not-found', '尚未打开办公室案卷。');
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

  async function overviewOf(c: OfficeCase): Promise<OfficeOverview> {
    const units = [...(await options.unitsFor(c.year))];
    return {
      status: status(c.year),
      case: c,
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

  return {
    status: () => status(),
    async open({ passphrase, create }) {
      const identityPath = await options.chooser.chooseIdentityFile();
      if (!identityPath) throw new ServiceError('not-found', '未选择办公室身份文件。');
      const office = await unlockIdentity(await readFile(identityPath), passphrase);
      if (office.card.role !== 'office') {
        throw new ServiceError('conflict', '所选身份不是办公室身份。');
      }
      const dir = await options.chooser.chooseWorkspace(create ? 'create' : 'open');
      if (!dir) throw new ServiceError('not-found', '未选择案卷文件夹。');
      const session = create
        ? await createOfficeCase(dir, { office, year: create.year })
        : await openOfficeCaseAs(dir, office);
      current = { session, office, dir };
      return status((await session.read()).year);
    },
    close() {
      current = null;
      return status();
    },
    async overview() {
      return overviewOf(await opened().session.read());
    },
    async update(change) {
      const { session } = opened();
      let next: OfficeCase;
      try {
        next = await session.update(change);
      } catch (error) {
        // The office's rules refuse with a sentence meant for the office (参数无效、不存在…).
        if (error instanceof Error && !(error instanceof TypeError)) {
          throw new ServiceError('refused', error.message);
        }
        throw error;
      }
      return overviewOf(next);
    },
    async intake(files, password) {
      const { session } = opened();
      const reports: IntakeReportView[] = [];
      for (const file of files) {
        const report = await intakeBytesIntoCase(session, file.name, file.bytes, {
          ...(password ? { password } : {}),
        });
        reports.push({ ...report, problems: report.problems.map((p) => ({ ...p })) });
      }
      return reports;
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
    async seal(roundId, passphrase) {
      const { session, office } = opened();
      const outDir = await options.chooser.chooseOutputFolder();
      if (!outDir) throw new ServiceError('not-found', '未选择输出文件夹。');
      try {
        const report = await sealRound(session, {
          office,
          roundId,
          outDir,
          ...(passphrase ? { passphrase } : {}),
        });
        return {
          roundId,
          outputFolder: basename(outDir),
          packages: report.packages.map((p) => ({
            expertId: p.expertId,
            name: p.name,
            fingerprint: p.fingerprint,
            fileName: basename(p.file),
            applications: p.applicationIds.length,
            materials: p.materials,
            size: p.size,
          })),
          warnings: report.warnings.map((w) => w.message),
          officeFingerprint: office.card.fingerprint,
        };
      } catch (error) {
        if (error instanceof SealingBlockedError) throw new ServiceError('conflict', error.message);
        throw error;
      }
    },
  };
}
