/**
 * The sections of a bundle sealed and laid out, as the review bundle and the group bundle both
 * write them (docs/bundle-format.md, "Sections"): every section padded to the longest's padded
 * length, filler sections up to the count the office's roster statement gives, all shuffled, and
 * each real section under a fresh key wrapped for its readers. Answers the bytes in file order
 * (wrap, ciphertext, wrap, …) and the header's record of each.
 */
import { createHash } from 'node:crypto';
import type { SectionRecord } from '../../../shared/bundle/bundle-header';
import { AppError } from '../../../shared/errors';
import { padmeLength } from '../crypto/padme';
import { MAX_SECTION_PLAINTEXT_BYTES } from '../../../shared/bundle/bundle-limits';
import { fillerSection, shuffled } from './filler-section';
import { encryptSection, padSection, sectionCipherKey } from './section-cipher';

/** One real section: its canonical JSON, the commitment to its readers, their age recipients. */
export interface PlainSection {
  readonly body: Uint8Array;
  readonly commitment: string;
  readonly recipients: readonly string[];
}

export interface SealSectionsRequest {
  readonly plain: readonly PlainSection[];
  /** How many sections the bundle holds in all (the roster statement's reviewSections). */
  readonly sectionCount: number;
  readonly bundleId: Uint8Array;
  readonly random: (n: number) => Uint8Array;
  readonly wrap: (key: Uint8Array, recipients: readonly string[]) => Promise<Uint8Array>;
}

export async function sealSections(
  request: SealSectionsRequest,
): Promise<{ parts: Uint8Array[]; records: SectionRecord[] }> {
  const { plain, bundleId, random, wrap } = request;
  // Every section is as long as the longest, so lengths tell neither which application got the
  // longer text nor which one is a declared conflict.
  const paddedLength = padmeLength(4 + Math.max(...plain.map((p) => p.body.length)));
  if (paddedLength > MAX_SECTION_PLAINTEXT_BYTES) {
    throw new AppError('bundle-too-large', {}, 'a section is longer than 1 MiB');
  }
  const fillers = await Promise.all(
    Array.from({ length: request.sectionCount - plain.length }, () => fillerSection(paddedLength)),
  );
  const order = shuffled([
    ...plain.map((section) => ({ section })),
    ...fillers.map((filler) => ({ filler })),
  ]);
  const parts: Uint8Array[] = [];
  const records: SectionRecord[] = [];
  for (const [index, item] of order.entries()) {
    let wrapped: Uint8Array;
    let ciphertext: Uint8Array;
    let commitment: string;
    if ('section' in item) {
      const sectionKey = random(32);
      wrapped = await wrap(sectionKey, item.section.recipients);
      ciphertext = encryptSection(
        sectionCipherKey(sectionKey, bundleId, index),
        padSection(item.section.body, paddedLength),
      );
      sectionKey.fill(0);
      commitment = item.section.commitment;
    } else {
      ({ wrap: wrapped, ciphertext, commitment } = item.filler);
    }
    parts.push(wrapped, ciphertext);
    records.push({
      wrapLength: wrapped.length,
      ciphertextLength: ciphertext.length,
      sha256: createHash('sha256').update(wrapped).update(ciphertext).digest('hex'),
      readersCommitment: commitment,
    });
  }
  return { parts, records };
}
