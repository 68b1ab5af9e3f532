/**
 * The expert's desk as the app drives it: the package desk, the operating system's dialog that
 * chooses the package, and the identity unlocked in this process. It adds only what the app has
 * (a path from the dialog, kept here for a retry, and the unlocked identity) and answers with the
 * public view of shared/desk/desk-views.ts; every check is the package desk's.
 */
import { basename, isAbsolute } from 'node:path';
import type {
  DeskPackageSource,
  DeskPackageView,
  DeskStatus,
} from '../../../shared/desk/desk-views';
import { AppError } from '../../../shared/errors';
import type { Identity } from '../identity/identity';
import type { OpenedPackage } from './open-package';
import type { PackageChooser } from './package-chooser';
import type { PackageDesk } from './package-desk';

export interface ExpertDeskOptions {
  readonly desk: PackageDesk;
  readonly chooser: PackageChooser;
  /** The identity unlocked in this process, tried first; null when none is. */
  readonly unlockedIdentity: () => Identity | null;
}

export interface ExpertDeskOpenRequest {
  readonly officeFingerprint?: string;
  readonly passphrase?: string;
  readonly source?: DeskPackageSource;
  /** With source `dropped`: the path of the file dropped on the window. */
  readonly droppedPath?: string;
}

/**
 * A dropped file's path as main accepts it: absolute, naming a .qbcase. The path comes from the
 * preload (the File the person dropped); a renderer could name another path here, so nothing but
 * a case package is ever opened from it, and then only read and checked as the dialog's choice is.
 */
function droppedPackagePath(path: string | undefined): string {
  if (path === undefined || !isAbsolute(path) || !/\.qbcase$/i.test(path)) {
    throw new AppError('package-drop-refused');
  }
  return path;
}

export interface ExpertDesk {
  status(): DeskStatus;
  /**
   * Opens the package the dialog chooses (or the one chosen last, after a refusal). A cancelled
   * dialog changes nothing and answers with the status as it was.
   */
  open(request: ExpertDeskOpenRequest): Promise<DeskStatus>;
  close(): Promise<DeskStatus>;
  /** The open package's view; 'package-not-open' when there is none. */
  view(): DeskPackageView;
  readMaterial(materialId: string): Promise<Uint8Array>;
}

function viewOf(opened: OpenedPackage, fileName: string): DeskPackageView {
  const { view } = opened;
  return {
    fileName,
    caseId: view.caseId,
    packageId: view.packageId,
    packageSequence: view.packageSequence,
    year: view.year,
    office: { ...view.office },
    round: { ...view.round },
    recipient: {
      expertId: view.recipient.expertId,
      name: view.recipient.name,
      fingerprint: view.recipient.fingerprint,
      seats: view.recipient.seats.map((seat) => ({ ...seat })),
    },
    applications: view.applications.map((application) => ({
      id: application.id,
      applicationNo: application.applicationNo,
      applicantName: application.applicantName,
      experienceTitle: application.experienceTitle,
      materials: application.materials.map((material) => ({ ...material })),
    })),
    unlockedWith: opened.unlockedWith,
    canSign: opened.canSign,
    pin: opened.pin,
    sequence:
      opened.sequence.kind === 'newer'
        ? {
            ...opened.sequence,
            kept: [...opened.sequence.kept],
            dropped: [...opened.sequence.dropped],
            added: [...opened.sequence.added],
          }
        : { kind: opened.sequence.kind },
  };
}

export function createExpertDesk(options: ExpertDeskOptions): ExpertDesk {
  const { desk, chooser } = options;
  // The path the dialog gave last: a retry after a refusal opens it again without a dialog.
  let chosenPath: string | null = null;
  let opened: DeskPackageView | null = null;

  const status = (): DeskStatus => ({
    opened,
    chosenFile: chosenPath === null ? null : basename(chosenPath),
  });

  return {
    status,
    async open(request) {
      const identity = options.unlockedIdentity();
      // Asked before the dialog: without either, nothing could unwrap the case key.
      if (identity === null && request.passphrase === undefined) {
        throw new AppError('package-credential-needed');
      }
      const path =
        request.source === 'dropped'
          ? droppedPackagePath(request.droppedPath)
          : request.source === 'last-chosen' && chosenPath !== null
            ? chosenPath
            : await chooser.choosePackage();
      if (path === null) return status();
      chosenPath = path;
      const next = await desk.open(path, {
        ...(identity ? { identity } : {}),
        ...(request.passphrase === undefined ? {} : { passphrase: request.passphrase }),
        ...(request.officeFingerprint === undefined
          ? {}
          : { officeFingerprint: request.officeFingerprint }),
      });
      opened = viewOf(next, basename(path));
      return status();
    },
    async close() {
      await desk.close();
      opened = null;
      return status();
    },
    view() {
      desk.current();
      return opened!;
    },
    readMaterial: (materialId) => desk.readMaterial(materialId),
  };
}
