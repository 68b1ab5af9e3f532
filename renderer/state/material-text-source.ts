/**
 * A material's bytes for the package search (features/search), asked of main as the desk asks
 * for the one being read, but without making it the one being read: the search goes through every
 * material in turn and keeps none of them (their text lives in its worker's memory only).
 */
import { api } from '../ipc/client';

/** The material's verified bytes, or null when main refused or failed to read it. */
export async function fetchMaterialBytes(materialId: string): Promise<Uint8Array | null> {
  const result = await api().desk.readMaterial({ materialId });
  return result.ok ? result.value : null;
}
