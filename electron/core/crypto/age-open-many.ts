/**
 * Many age files opened with one X25519 identity, as a reader opens every section wrap of a
 * merge: each header parsed and its stanzas checked here, the stanzas tried on the worker threads
 * of the stanza pool (one X25519 per stanza tried, the bulk of the work), then each file's header
 * MAC and payload checked here with the file key found. Each file's outcome is its own and in
 * place: the payload, null when no stanza is for the identity, or the error opening it alone
 * would have thrown (ageFailure's). Few files, or no pool, are opened on this thread.
 * openAgeFilesWithKeys does the same for files whose file keys are known (keys a group section
 * carries): no stanza tried, no identity sent, the header MAC and payload checked on the workers.
 */
import { identityKeyBytes } from './age-bech32';
import type { ParsedAgeFile } from './age-file';
import { InvalidAgeHeader, parseAgeFile, readAgeHeader } from './age-file';
import { openAgePayload } from './age-native';
import { ageFailure, ageIdentityOpener, isAgeIdentity } from './age-recipients';
import type { StanzaPool, StanzaTrialResult, StanzaTrialWrap } from './stanza-pool';
import { stanzaPool, wipe } from './stanza-pool';
import { InvalidX25519Stanza, x25519PublicKeyOf, x25519StanzaParts } from './x25519-stanza';

export type AgeOpenOutcome = { readonly payload: Uint8Array | null } | { readonly error: unknown };

/** Below this many files the round trip to the workers costs more than it saves. */
const POOL_THRESHOLD = 4;

export interface OpenManyOptions {
  /**
   * The pool to try stanzas on; null to stay on this thread. The process's pool by default, which
   * is none off the main thread (stanzaPool()): a worker thread tries its stanzas itself.
   */
  readonly pool?: StanzaPool | null;
}

/** What the workers need of one parsed file: its stanzas up to the first malformed X25519 one. */
function trialOf(file: Uint8Array, parsed: ParsedAgeFile): StanzaTrialWrap {
  const stanzas: { share: Uint8Array; body: Uint8Array }[] = [];
  const sealed = {
    headerNoMac: parsed.headerNoMac,
    mac: parsed.mac,
    rest: file.subarray(parsed.payloadOffset),
  };
  for (const stanza of parsed.stanzas) {
    try {
      const parts = x25519StanzaParts(stanza);
      if (parts !== null) stanzas.push(parts);
    } catch (error) {
      if (!(error instanceof InvalidX25519Stanza)) throw error;
      return {
        stanzas,
        malformed: error.message.replace(/^invalid X25519 stanza: /, ''),
        ...sealed,
      };
    }
  }
  return { stanzas, ...sealed };
}

function onThisThread(files: readonly Uint8Array[], ageIdentity: string): AgeOpenOutcome[] {
  const opener = ageIdentityOpener(ageIdentity);
  return files.map((file) => {
    try {
      return { payload: openAgeFileOrNull(file, opener) };
    } catch (error) {
      return { error: ageFailure(error) };
    }
  });
}

function openAgeFileOrNull(
  file: Uint8Array,
  opener: ReturnType<typeof ageIdentityOpener>,
): Uint8Array | null {
  const parsed = parseAgeFile(file);
  const fileKey = opener.unwrapFileKey(parsed.stanzas);
  if (fileKey === null) return null;
  try {
    return openAgePayload(file, parsed, fileKey);
  } finally {
    fileKey.fill(0);
  }
}

export async function openAgeFiles(
  files: readonly Uint8Array[],
  ageIdentity: string,
  options: OpenManyOptions = {},
): Promise<AgeOpenOutcome[]> {
  // No file (every section's key given): nothing to open, so the identity's key is not imported.
  if (files.length === 0) {
    if (!isAgeIdentity(ageIdentity)) throw new RangeError('not an age X25519 identity');
    return [];
  }
  const pool = options.pool === undefined ? stanzaPool() : options.pool;
  if (pool === null || files.length < POOL_THRESHOLD) return onThisThread(files, ageIdentity);
  const scalar = isAgeIdentity(ageIdentity) ? identityKeyBytes(ageIdentity) : null;
  if (scalar === null) throw new RangeError('not an age X25519 identity');
  const parsed: (ParsedAgeFile | { error: unknown })[] = files.map((file) => {
    try {
      return parseAgeFile(file);
    } catch (error) {
      return { error: ageFailure(error) };
    }
  });
  const empty = new Uint8Array(0);
  const trials = parsed.map((p, index) =>
    'error' in p
      ? { stanzas: [], headerNoMac: empty, mac: empty, rest: empty }
      : trialOf(files[index]!, p),
  );
  let results: StanzaTrialResult[];
  try {
    results = await pool.trial(scalar, x25519PublicKeyOf(scalar), trials);
  } catch {
    // A worker that could not start or stopped: the same work on this thread.
    return onThisThread(files, ageIdentity);
  } finally {
    scalar.fill(0);
  }
  return parsed.map((p, index) => {
    const result = results[index]!;
    if ('error' in p) {
      wipe(result);
      return { error: p.error };
    }
    if ('none' in result) return { payload: null };
    // The worker checked the stanza, the MAC and the payload as age-native.ts does; its reason
    // is the detail of the same 'tampered'.
    if ('invalid' in result) return { error: ageFailure(new InvalidAgeHeader(result.invalid)) };
    return { payload: result.payload };
  });
}

/** One age file and the file key a carrier says opens it. */
export interface FileWithKey {
  readonly file: Uint8Array;
  readonly fileKey: Uint8Array;
}

function withKeyOnThisThread(files: readonly FileWithKey[]): AgeOpenOutcome[] {
  return files.map(({ file, fileKey }) => {
    try {
      return { payload: openAgePayload(file, readAgeHeader(file), fileKey) };
    } catch (error) {
      return { error: ageFailure(error) };
    }
  });
}

/**
 * Each file opened with its given file key: the header read here (readAgeHeader, no stanza
 * decoded), the MAC and the payload checked on the stanza pool's workers, as openAgePayload
 * checks them. Each outcome in place: the payload, or what opening it alone would have thrown
 * (ageFailure's: tampered for a wrong key, a damaged header, MAC or payload). The caller keeps
 * and wipes its keys; the copies sent are wiped on both sides.
 */
export async function openAgeFilesWithKeys(
  files: readonly FileWithKey[],
  options: OpenManyOptions = {},
): Promise<AgeOpenOutcome[]> {
  const pool = options.pool === undefined ? stanzaPool() : options.pool;
  if (pool === null || files.length < POOL_THRESHOLD) return withKeyOnThisThread(files);
  const read = files.map(({ file }) => {
    try {
      return readAgeHeader(file);
    } catch (error) {
      return { error: ageFailure(error) };
    }
  });
  const empty = new Uint8Array(0);
  const trials: StanzaTrialWrap[] = read.map((r, index) =>
    'error' in r
      ? { stanzas: [], headerNoMac: empty, mac: empty, rest: empty }
      : {
          stanzas: [],
          headerNoMac: r.headerNoMac,
          mac: r.mac,
          rest: files[index]!.file.subarray(r.payloadOffset),
          fileKey: files[index]!.fileKey,
        },
  );
  let results: StanzaTrialResult[];
  try {
    results = await pool.trial(empty, empty, trials);
  } catch {
    // A worker that could not start or stopped: the same work on this thread.
    return withKeyOnThisThread(files);
  }
  return read.map((r, index) => {
    const result = results[index]!;
    if ('error' in r) {
      wipe(result);
      return { error: r.error };
    }
    if ('payload' in result) return { payload: result.payload };
    // The worker checked the MAC and the payload as age-native.ts does; its reason is the
    // detail of the same 'tampered'.
    const why = 'invalid' in result ? result.invalid : 'no payload';
    return { error: ageFailure(new InvalidAgeHeader(why)) };
  });
}
