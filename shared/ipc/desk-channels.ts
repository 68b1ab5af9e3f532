/**
 * `desk:` channels: the expert's open case package. The package is chosen in main's dialog (the
 * renderer never names a path); the fingerprint and passphrase go in and are forgotten; what
 * comes back is the package's public view, and a material's bytes one at a time, in memory only:
 * `desk:readMaterial` is the only way they leave main. Spread into the one channel map.
 */
import { z } from 'zod';
import { DeskPackageSourceSchema, DeskStatusSchema } from '../desk/desk-views';

const NoInput = z.object({}).strict();

export const deskChannels = {
  'desk:status': { request: NoInput, response: DeskStatusSchema },
  /** Opens a package from the dialog (or the one chosen last), closing the open one once it passed. */
  'desk:open': {
    request: z
      .object({
        /** The office fingerprint as typed: required the first time a case is opened here. */
        officeFingerprint: z.string().min(1).max(200).optional(),
        /** The package's own passphrase (from the slip), when the identity is not its recipient. */
        passphrase: z.string().min(1).max(1024).optional(),
        source: DeskPackageSourceSchema.optional(),
        /**
         * With source `dropped`: the dropped file's path, as the preload read it off the File
         * (webUtils.getPathForFile). Main opens it only as a .qbcase, read-only.
         */
        droppedPath: z.string().min(1).max(4096).optional(),
      })
      .strict(),
    response: DeskStatusSchema,
  },
  'desk:close': { request: NoInput, response: DeskStatusSchema },
  /** The open package's view; `package-not-open` when there is none. */
  'desk:view': { request: NoInput, response: DeskStatusSchema.shape.opened.unwrap() },
  /** One material's bytes, verified against the office's signature and digest; never on disk. */
  'desk:readMaterial': {
    request: z.object({ materialId: z.string().min(1).max(64) }).strict(),
    response: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
  },
} as const;

export * from '../desk/desk-views';
