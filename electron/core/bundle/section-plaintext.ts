/**
 * What every bundle's opened section must be before it is read: canonical JSON of its schema,
 * whose reader list is the one the signed header committed to, sorted. Shared by the review and
 * the group bundle openers; each gives its schema and its error for a wrong section.
 */
import type { z } from 'zod';
import { isCanonicalJsonOf } from '../../../shared/domain/canonical-json';
import type { AppError } from '../../../shared/errors';
import { readersCommitment, sortedReaders } from './readers-commitment';

/** The section parsed from its decrypted bytes; `invalid` names what is wrong. */
export function parseCanonicalSection<S extends z.ZodType>(
  bytes: Uint8Array,
  schema: S,
  invalid: (detail: string) => AppError,
  /**
   * A check without the schema that answers true only when the schema accepts the value as it
   * is (its output the same JSON); on false the schema is run, and its answer stands.
   */
  plain?: (json: unknown) => json is z.infer<S>,
): z.infer<S> {
  let json: unknown;
  // Decoded in place (Buffer.from(bytes) alone would copy the bytes first).
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid('not JSON');
  }
  let data: z.infer<S>;
  if (plain?.(json) === true) data = json;
  else {
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw invalid(`field ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
    data = parsed.data;
  }
  // canonicalJson(data) === text, mostly by the engine's own writer over `json`.
  if (!isCanonicalJsonOf(data, text, json)) throw invalid('not in canonical form');
  return data;
}

/** The section's readers against the header's commitment for it, and in sorted order. */
export function checkCommittedReaders(
  readers: { readonly salt: string; readonly fingerprints: readonly string[] },
  committed: string | undefined,
  invalid: (detail: string) => AppError,
): void {
  const { fingerprints } = readers;
  if (readersCommitment(Buffer.from(readers.salt, 'hex'), fingerprints) !== committed) {
    throw invalid('the readers differ from the signed commitment');
  }
  if (sortedReaders(fingerprints).join() !== fingerprints.join()) throw invalid('readers unsorted');
}
