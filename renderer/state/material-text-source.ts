/**
 * A material's bytes for the package search (features/search), asked of main as the desk asks
 * for the one being read, but without making it the one being read: the search goes through every
 * material in turn and keeps none of them (their text lives in its worker's memory only).
 */
import { api } from '../ipc/client';

/**
 * The material's verified bytes; 'undertaking' when main refused it only because the round's
 * undertaking is not signed yet (it can be read once it is); null when main refused or failed to
 * read it for good (a corrupt file, a closed application).
 */
export async function fetchMaterialBytes(
  materialId: string,
): Promise<Uint8Array | 'undertaking' | null> {
  const result = await api().desk.readMaterial({ materialId });
  if (result.ok) return result.value;
  return result.error.reason.code === 'review-undertaking-before-reading' ? 'undertaking' : null;
}
