/**
 * What an attacker (or a dishonest author) does to a bundle's bytes: edit its header and sign it
 * again with some key, replace a section's bytes, flip one byte. Written from the format's page,
 * not from the writer, so the tests attack the format as documented.
 */
import type { KeyObject } from 'node:crypto';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import { signFor } from '../../../../electron/core/crypto/signature-context';

export interface Parts {
  prefix: Buffer;
  header: Record<string, unknown> & { sections: Record<string, unknown>[] };
  sections: { wrap: Buffer; ciphertext: Buffer }[];
  signature: Buffer;
}

export function split(input: Uint8Array): Parts {
  const bytes = Buffer.from(input);
  const headerLength = bytes.readUInt32BE(12);
  const header = JSON.parse(bytes.subarray(16, 16 + headerLength).toString('utf8'));
  let offset = 16 + headerLength;
  const sections = (header.sections as { wrapLength: number; ciphertextLength: number }[]).map(
    (s) => {
      const wrap = bytes.subarray(offset, offset + s.wrapLength);
      const ciphertext = bytes.subarray(
        offset + s.wrapLength,
        offset + s.wrapLength + s.ciphertextLength,
      );
      offset += s.wrapLength + s.ciphertextLength;
      return { wrap, ciphertext };
    },
  );
  return {
    prefix: bytes.subarray(0, 16),
    header,
    sections,
    signature: bytes.subarray(offset, offset + 64),
  };
}

/** The bundle put together again; signed anew by `signer` when given, else with its old signature. */
export function join(parts: Parts, signer?: KeyObject): Buffer {
  const header = Buffer.from(canonicalJson(parts.header), 'utf8');
  const prefix = Buffer.from(parts.prefix);
  prefix.writeUInt32BE(header.length, 12);
  const signed = Buffer.concat([prefix, header]);
  const signature =
    signer === undefined ? parts.signature : Buffer.from(signFor('reviewBundle', signer, [signed]));
  const sections = parts.sections.flatMap((s) => [s.wrap, s.ciphertext]);
  return Buffer.concat([signed, ...sections, signature, Buffer.from('QBBEND\r\n', 'latin1')]);
}

/** The bytes with the byte at `offset` flipped. */
export function flipped(bytes: Uint8Array, offset: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[offset] = (copy[offset] ?? 0) ^ 0x01;
  return copy;
}

/** Where each region of a bundle starts and ends. */
export function regions(bytes: Uint8Array): Record<string, [number, number]> {
  const parts = split(bytes);
  const headerEnd = 16 + Buffer.from(bytes).readUInt32BE(12);
  const out: Record<string, [number, number]> = { prefix: [0, 16], header: [16, headerEnd] };
  let offset = headerEnd;
  parts.sections.forEach((s, i) => {
    out[`wrap ${i + 1}`] = [offset, offset + s.wrap.length];
    offset += s.wrap.length;
    out[`ciphertext ${i + 1}`] = [offset, offset + s.ciphertext.length];
    offset += s.ciphertext.length;
  });
  out['signature'] = [offset, offset + 64];
  out['end magic'] = [offset + 64, offset + 72];
  return out;
}
