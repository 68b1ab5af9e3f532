/**
 * What the saved-state indicator says for a set of edits: 正在保存… while any is waiting or being
 * written, 未保存 when one failed (kept, and written again on the next edit), 已保存 only when
 * every one was written and main said so (its append resolved after the journal's fsync), and
 * nothing before the first edit.
 */
import type { SaveState } from '../../shared/journal';

export type SaveIndication = 'none' | 'saving' | 'saved' | 'failed';

export function saveIndicationOf(states: readonly (SaveState | undefined)[]): SaveIndication {
  const known = states.filter((state): state is SaveState => state !== undefined);
  if (known.length === 0) return 'none';
  if (known.includes('failed')) return 'failed';
  if (known.some((state) => state === 'pending' || state === 'saving')) return 'saving';
  return 'saved';
}

export const SAVE_INDICATION_WORDS: Record<
  Exclude<SaveIndication, 'none'>,
  { zh: string; en: string }
> = {
  saving: { zh: '正在保存…', en: 'Saving…' },
  saved: { zh: '已保存', en: 'Saved' },
  failed: { zh: '未保存', en: 'Not saved' },
};

/** The indication of some edits (every edit when `subjects` is left out), and a failure's reason. */
export function indicationOfSaves<E>(
  saves: Readonly<Record<string, { readonly state: SaveState; readonly error: E | null }>>,
  subjects?: readonly string[],
): { readonly indication: SaveIndication; readonly error: E | null } {
  const chosen = subjects ?? Object.keys(saves);
  const indication = saveIndicationOf(chosen.map((subject) => saves[subject]?.state));
  const failed = chosen.map((subject) => saves[subject]).find((save) => save?.state === 'failed');
  return { indication, error: indication === 'failed' ? (failed?.error ?? null) : null };
}
