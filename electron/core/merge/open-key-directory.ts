/**
 * The reader's side of the key directory (docs/group-bundle-format.md, "The key directory"):
 * the directory's KEY_DIRECTORY_ENTRIES age files tried with the reader's identity (one X25519
 * each), the one for them read, and the group sections it lists opened with the file keys it
 * carries (the wrap's header MAC, its payload and purpose label checked on the stanza workers,
 * no X25519), while every other section's wrap is unwrapped as before: a merger who leaves a key
 * out gains nothing. A directory entry that is not what a writer writes, a second entry for the
 * same reader, or a carried key that does not open its section is `group-key-directory-wrong`;
 * never silently replaced by unwrapping.
 */
import { AppError } from '../../../shared/errors';
import { openAgeFiles, openAgeFilesWithKeys } from '../crypto/age-open-many';
import type { OpenManyOptions } from '../crypto/age-open-many';
import { unlabelKey } from '../crypto/key-purpose';
import { unwrapSectionKeys } from '../bundle/section-wrap';
import type { UnwrapOutcome } from '../bundle/section-wrap';
import type { DirectoryKey } from './group-key-directory';
import { parseDirectoryPayload } from './group-key-directory';
import type { VerifiedGroupBundle } from './verify-group-bundle';

const wrong = (entry: number, detail: string) =>
  new AppError('group-key-directory-wrong', { entry }, detail);

/** The reader's directory entry: its number (from 1) and keys; null when none is for the reader. */
async function readersEntry(
  verified: VerifiedGroupBundle,
  ageIdentity: string,
  options: OpenManyOptions,
): Promise<{ entry: number; keys: DirectoryKey[] } | null> {
  const opened = await openAgeFiles(verified.directory, ageIdentity, options);
  let mine: { entry: number; keys: DirectoryKey[] } | null = null;
  try {
    for (const [index, outcome] of opened.entries()) {
      const entry = index + 1;
      if ('error' in outcome) throw wrong(entry, 'the entry does not open');
      if (outcome.payload === null) continue;
      const keys = parseDirectoryPayload(outcome.payload, verified.sections.length);
      if (keys === null) throw wrong(entry, 'not a directory a writer writes');
      if (mine !== null) {
        for (const key of keys) key.fileKey.fill(0);
        throw wrong(entry, 'a second entry for the same reader');
      }
      mine = { entry, keys };
    }
  } catch (error) {
    for (const key of mine?.keys ?? []) key.fileKey.fill(0);
    throw error;
  } finally {
    for (const outcome of opened) if ('payload' in outcome) outcome.payload?.fill(0);
  }
  return mine;
}

/**
 * Each section's key for the reader, in place (as unwrapSectionKeys answers): the key, null when
 * the section is not for them, or the error to meet at that section. Version 1 bundles have no
 * directory: every wrap is unwrapped.
 */
export async function sectionKeysOf(
  verified: VerifiedGroupBundle,
  ageIdentity: string,
  options: OpenManyOptions = {},
): Promise<UnwrapOutcome[]> {
  const wraps = verified.sections.map((s) => s.wrap);
  if (verified.header.version !== 3) return unwrapSectionKeys(wraps, ageIdentity);
  const mine = await readersEntry(verified, ageIdentity, options);
  const carried = mine?.keys ?? [];
  try {
    const carriedAt = new Set(carried.map((k) => k.index));
    const others = wraps.flatMap((wrap, index) => (carriedAt.has(index) ? [] : [{ wrap, index }]));
    // Both batches at once: the stanza workers check the carried keys and try the other wraps.
    const [withKeys, unwrapped] = await Promise.all([
      openAgeFilesWithKeys(
        carried.map((k) => ({ file: wraps[k.index]!, fileKey: k.fileKey })),
        options,
      ),
      unwrapSectionKeys(
        others.map((o) => o.wrap),
        ageIdentity,
      ),
    ]);
    const out: UnwrapOutcome[] = wraps.map(() => ({ key: null }));
    others.forEach((o, i) => (out[o.index] = unwrapped[i]!));
    carried.forEach((k, i) => {
      const outcome = withKeys[i]!;
      const entry = mine!.entry;
      if ('error' in outcome || outcome.payload === null) {
        out[k.index] = { error: wrong(entry, 'a key does not open its section') };
        return;
      }
      try {
        out[k.index] = { key: unlabelKey('bundleSectionKey', outcome.payload) };
      } catch {
        out[k.index] = { error: wrong(entry, 'a key opens no section key') };
      }
    });
    return out;
  } finally {
    for (const key of carried) key.fileKey.fill(0);
  }
}
