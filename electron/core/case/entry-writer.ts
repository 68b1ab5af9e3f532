/** Encrypts one entry chunk by chunk straight into the output, hashing the ciphertext. */
import { createHash } from 'node:crypto';
import { encryptChunk } from './chunk-cipher';
import type { IndexRecord, EntryKind } from './case-index';
import type { PlaintextChunk } from './material-source';
import type { PipelinedOutput } from './pipelined-output';

export async function writeEntry(
  output: PipelinedOutput,
  entry: { readonly kind: EntryKind; readonly id: string; readonly key: Uint8Array },
  chunks: AsyncIterable<PlaintextChunk>,
): Promise<IndexRecord> {
  const offset = output.offset;
  const hash = createHash('sha256');
  let plaintextLength = 0;
  let counter = 0;
  for await (const chunk of chunks) {
    const parts = encryptChunk(entry.key, counter++, chunk.last, chunk.bytes);
    for (const part of parts) hash.update(part);
    plaintextLength += chunk.bytes.length;
    await output.push(parts);
  }
  return {
    kind: entry.kind,
    id: entry.id,
    offset,
    plaintextLength,
    ciphertextSha256: new Uint8Array(hash.digest()),
  };
}
