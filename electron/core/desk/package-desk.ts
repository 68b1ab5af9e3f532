/**
 * The expert's desk in the app: built once with its two memories (the pinned office keys and the
 * package sequences, in the app's data directory), free of Electron, so IPC, the e2e harness and
 * tests drive the same object. At most one package is open; opening another closes the first
 * only once the new one has passed every check, so a refused package leaves the reader as it was.
 */
import { AppError } from '../../../shared/errors';
import { openPackage } from './open-package';
import type { OpenPackageCredentials, OpenedPackage } from './open-package';
import type { PinStore } from './pin-store';
import type { SequenceMemory } from './sequence-memory';

export interface PackageDeskOptions {
  readonly pins: PinStore;
  readonly sequences: SequenceMemory;
}

export interface PackageDesk {
  /** Opens the package at `path` (a path from the operating system's dialog or a drop, never typed by the renderer). */
  open(path: string, credentials: OpenPackageCredentials): Promise<OpenedPackage>;
  /** The open package; 'package-not-open' when there is none. */
  current(): OpenedPackage;
  /** One material of the open package, verified, in memory only. */
  readMaterial(materialId: string): Promise<Uint8Array>;
  /** Closes the open package (its case key is wiped); nothing open is fine. */
  close(): Promise<void>;
}

export function createPackageDesk(options: PackageDeskOptions): PackageDesk {
  let opened: OpenedPackage | null = null;
  const current = (): OpenedPackage => {
    if (opened === null) throw new AppError('package-not-open');
    return opened;
  };
  return {
    async open(path, credentials) {
      const next = await openPackage(path, { ...credentials, ...options });
      const previous = opened;
      opened = next;
      await previous?.close();
      return next;
    },
    current,
    readMaterial: async (materialId) => current().readMaterial(materialId),
    async close() {
      const previous = opened;
      opened = null;
      await previous?.close();
    },
  };
}
