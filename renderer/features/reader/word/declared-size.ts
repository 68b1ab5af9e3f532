/**
 * A first guard against a .docx that inflates to far more than a reader needs: the sizes its
 * ZIP directory declares, added up before mammoth (which inflates whole parts) sees the file.
 * Declared sizes can lie; this refuses the honest giants cheaply, and the worker's time limit
 * and its own heap bound the rest.
 */
import { unzipSync } from 'fflate';

/** Far above any application's Word material (a 300-page Chinese document inflates to ~20 MB). */
export const MAX_DECLARED_BYTES = 256 * 1024 * 1024;

/** The sum of the parts' declared sizes, or undefined when the directory cannot be read. */
export function declaredInflatedBytes(bytes: Uint8Array): number | undefined {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return total;
}
