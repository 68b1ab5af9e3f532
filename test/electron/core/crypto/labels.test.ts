/** SECURITY 25 and the signature half of 8: every label is distinct and checked. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isCryptoError } from '../../../../electron/core/crypto/crypto-error';
import { KEY_PURPOSES, labelKey, unlabelKey } from '../../../../electron/core/crypto/key-purpose';
import { unwrapKey, wrapKey } from '../../../../electron/core/crypto/key-wrap';
import { rawPublicKeyOf } from '../../../../electron/core/crypto/ed25519-keys';
import {
  SIGNATURE_CONTEXTS,
  signFor,
  verifyFor,
} from '../../../../electron/core/crypto/signature-context';
import { generateIdentity, identityToRecipient } from 'age-encryption';

const labelsDoc = fileURLToPath(new URL('../../../../docs/labels.md', import.meta.url));

function noneIsAPrefixOfAnother(labels: readonly string[]): boolean {
  return labels.every((a, i) => labels.every((b, j) => i === j || !b.startsWith(a)));
}

describe('purpose labels and signature contexts', () => {
  it('are distinct, end in a zero byte, and none is a prefix of another', () => {
    for (const table of [Object.values(KEY_PURPOSES), Object.values(SIGNATURE_CONTEXTS)]) {
      expect(new Set(table).size).toBe(table.length);
      expect(table.every((label) => label.endsWith('\0'))).toBe(true);
      expect(noneIsAPrefixOfAnother(table)).toBe(true);
    }
  });

  it('are all listed in docs/labels.md', async () => {
    const doc = await readFile(labelsDoc, 'utf8');
    for (const label of [...Object.values(KEY_PURPOSES), ...Object.values(SIGNATURE_CONTEXTS)]) {
      expect(doc, label).toContain(`\`${label.replace('\0', '\\0')}\``);
    }
  });

  it('a key wrapped for one purpose is refused as another, with its own code', async () => {
    const identity = await generateIdentity();
    const key = new Uint8Array(32).fill(7);
    const wraps = await wrapKey('workspaceKey', key, {
      recipients: [await identityToRecipient(identity)],
      scryptLogN: 10,
    });
    expect(Buffer.from(await unwrapKey('workspaceKey', wraps, { identity }))).toEqual(
      Buffer.from(key),
    );
    await expect(unwrapKey('caseKey', wraps, { identity })).rejects.toSatisfy((e) =>
      isCryptoError(e, 'wrong-purpose'),
    );
    expect(() => unlabelKey('caseKey', new Uint8Array(32))).toThrow(
      expect.objectContaining({ code: 'tampered' }),
    );
    expect(() => unlabelKey('caseKey', labelKey('caseKey', key).subarray(0, 40))).toThrow(
      expect.objectContaining({ code: 'tampered' }),
    );
  });

  it('a signature made for one context never verifies for another', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const publicKey = rawPublicKeyOf(privateKey);
    const parts = [Buffer.from('the same bytes')];
    const signature = signFor('identityCard', privateKey, parts);
    expect(verifyFor('identityCard', publicKey, parts, signature)).toBe(true);
    for (const other of Object.keys(SIGNATURE_CONTEXTS)) {
      if (other === 'identityCard') continue;
      expect(verifyFor(other as keyof typeof SIGNATURE_CONTEXTS, publicKey, parts, signature)).toBe(
        false,
      );
    }
  });
});
