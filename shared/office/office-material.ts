import { z } from 'zod';
import { MaterialSchema } from '../domain/material';

/**
 * 材料登记: what the office records of one received file. Only metadata: the bytes stay in the
 * encrypted store and are found again by sha256.
 */
export const OfficeMaterialSchema = MaterialSchema.extend({
  mediaType: MaterialSchema.shape.mediaType.optional(),
  /** When the archive holding the file arrived (the e-mail's time), with its UTC offset. */
  receivedAt: z.iso.datetime({ offset: true }),
  /** What intake found wrong with the file (unreadable, wrong format…); [] when none. */
  problems: z.array(z.string().max(500)).max(50),
});
export type OfficeMaterial = z.infer<typeof OfficeMaterialSchema>;

/** The file name's extension in lower case, without the dot; '' when it has none. */
export function fileExtension(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  return match?.[1]?.toLowerCase() ?? '';
}
