/**
 * The workspace's `materials/` folder: one sealed file per received file, named by an HMAC of
 * the file's SHA-256 under the workspace's name key (opaque to others, stable for dedupe), each
 * bound to its workspace and name; and the sweep of what an interrupted write left behind.
 */
import { createHmac } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { readSealedFile, sealedFileSource, writeSealedFile } from './sealed-file';

export const MATERIALS_DIR = 'materials';

/** The material half of an OfficeWorkspace (office-workspace.ts), where its methods are told. */
export interface WorkspaceMaterials {
  putMaterial(sha256: string, bytes: Uint8Array): Promise<{ stored: boolean }>;
  readMaterial(sha256: string): Promise<Uint8Array>;
  readMaterialChunks(sha256: string): AsyncIterable<Uint8Array>;
  hasMaterial(sha256: string): Promise<boolean>;
  sweep(referencedSha256: Iterable<string>): Promise<{ materials: number; temp: number }>;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** The materials of the workspace in `dir`, sealed under `materialKey` and named with `nameKey`. */
export function workspaceMaterials(
  dir: string,
  workspaceId: string,
  keys: { readonly materialKey: Uint8Array; readonly nameKey: Uint8Array },
): WorkspaceMaterials {
  const { materialKey, nameKey } = keys;
  const blobName = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) {
      throw new RangeError('sha256 must be 64 lower-case hex digits');
    }
    return createHmac('sha256', nameKey).update(sha256).digest('hex');
  };
  const materialPath = (name: string) => join(dir, MATERIALS_DIR, `${name}.qbs`);
  const materialBinding = (name: string) => `qboffice material ${workspaceId} ${name}`;
  const missing = () => new AppError('material-file-missing');

  return {
    async putMaterial(sha256, bytes) {
      const name = blobName(sha256);
      if (await exists(materialPath(name))) return { stored: false };
      await writeSealedFile(materialPath(name), materialKey, materialBinding(name), bytes);
      return { stored: true };
    },
    async readMaterial(sha256) {
      const name = blobName(sha256);
      if (!(await exists(materialPath(name)))) throw missing();
      return readSealedFile(materialPath(name), materialKey, materialBinding(name));
    },
    readMaterialChunks(sha256) {
      const name = blobName(sha256);
      // Also a pieces source: sealing takes the decrypted chunks without copying them.
      return sealedFileSource(materialPath(name), materialKey, materialBinding(name), async () => {
        if (!(await exists(materialPath(name)))) throw missing();
      });
    },
    hasMaterial: (sha256) => exists(materialPath(blobName(sha256))),
    async sweep(referencedSha256) {
      const keep = new Set([...referencedSha256].map((sha256) => `${blobName(sha256)}.qbs`));
      let materials = 0;
      let temp = 0;
      for (const folder of [dir, join(dir, MATERIALS_DIR)]) {
        for (const name of await readdir(folder).catch(() => [] as string[])) {
          const isTemp = name.startsWith('.') && name.endsWith('.tmp');
          const isStray = folder !== dir && name.endsWith('.qbs') && !keep.has(name);
          if (!isTemp && !isStray) continue;
          await rm(join(folder, name), { force: true });
          if (isTemp) temp++;
          else materials++;
        }
      }
      return { materials, temp };
    },
  };
}
