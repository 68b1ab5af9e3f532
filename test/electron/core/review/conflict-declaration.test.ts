/**
 * The signed records of the review: a declared conflict and the undertaking, signed by the
 * expert's key, verify under that key only, and any change to what was signed (the kind, the
 * reason, the application, the round, the text's digest) or to the signature is refused.
 */
import { describe, expect, it } from 'vitest';
import { signUndertaking, undertakingHolds } from '../../../../electron/core/bundle/undertaking';
import {
  conflictDeclarationHolds,
  signConflictDeclaration,
} from '../../../../electron/core/review';
import { JournalEntrySchema } from '../../../../shared/journal';
import { person } from '../journal/people';

const CASE_ID = '0123456789abcdef0123456789abcdef';
const keyOf = (card: { signingPublicKey: string }) => Buffer.from(card.signingPublicKey, 'base64');

function flipSignature(signature: string): string {
  const bytes = Buffer.from(signature, 'base64');
  bytes[10]! ^= 0x01;
  return bytes.toString('base64');
}

describe('a declared conflict', () => {
  const request = {
    caseId: CASE_ID,
    roundId: 'material',
    applicationId: 'a002',
    conflictKind: 'relative' as const,
    reason: '配偶在该单位任质量部经理',
    declaredAt: '2026-11-29T08:00:00.000Z',
  };

  it('verifies under the declaring expert key and is a journal entry', async () => {
    const zhang = await person('zhang');
    const signed = signConflictDeclaration(zhang, request);
    expect(signed.statement.fingerprint).toBe(zhang.card.fingerprint);
    expect(conflictDeclarationHolds(signed, keyOf(zhang.card))).toBe(true);
    expect(JournalEntrySchema.parse({ kind: 'conflict-declared', declaration: signed })).toEqual({
      kind: 'conflict-declared',
      declaration: signed,
    });
  });

  it('is refused under another key, and when any signed field or the signature changed', async () => {
    const zhang = await person('zhang');
    const li = await person('li');
    const signed = signConflictDeclaration(zhang, request);
    expect(conflictDeclarationHolds(signed, keyOf(li.card))).toBe(false);
    const tampered = [
      { ...signed.statement, conflictKind: 'other' as const },
      { ...signed.statement, reason: '无' },
      { ...signed.statement, applicationId: 'a003' },
      { ...signed.statement, roundId: 'defense' },
      { ...signed.statement, fingerprint: li.card.fingerprint },
    ];
    for (const statement of tampered) {
      expect(conflictDeclarationHolds({ ...signed, statement }, keyOf(zhang.card))).toBe(false);
    }
    expect(
      conflictDeclarationHolds(
        { ...signed, signature: flipSignature(signed.signature) },
        keyOf(zhang.card),
      ),
    ).toBe(false);
  });

  it('cannot be made for 其他 without a reason', async () => {
    const zhang = await person('zhang');
    expect(() =>
      signConflictDeclaration(zhang, { ...request, conflictKind: 'other', reason: ' ' }),
    ).toThrow();
  });

  it('does not verify as an undertaking: the contexts differ', async () => {
    const zhang = await person('zhang');
    const signed = signConflictDeclaration(zhang, request);
    const asUndertaking = {
      statement: {
        caseId: CASE_ID,
        roundId: 'material',
        textSha256: 'ab'.repeat(32),
        fingerprint: zhang.card.fingerprint,
        signedAt: request.declaredAt,
      },
      signature: signed.signature,
    };
    expect(undertakingHolds(asUndertaking, keyOf(zhang.card))).toBe(false);
  });
});

describe('a signed undertaking', () => {
  it('verifies, and is refused when the text, round or signature changed', async () => {
    const zhang = await person('zhang');
    const signed = signUndertaking(zhang, {
      caseId: CASE_ID,
      roundId: 'material',
      text: '本人承诺对评审材料严格保密。',
      signedAt: '2026-11-29T08:00:00.000Z',
    });
    expect(undertakingHolds(signed, keyOf(zhang.card))).toBe(true);
    expect(
      JournalEntrySchema.safeParse({ kind: 'undertaking-signed', undertaking: signed }).success,
    ).toBe(true);
    const other = signUndertaking(zhang, {
      caseId: CASE_ID,
      roundId: 'material',
      text: '另一段文字。',
      signedAt: '2026-11-29T08:00:00.000Z',
    });
    expect(
      undertakingHolds(
        {
          statement: { ...signed.statement, textSha256: other.statement.textSha256 },
          signature: signed.signature,
        },
        keyOf(zhang.card),
      ),
    ).toBe(false);
    expect(
      undertakingHolds(
        { statement: { ...signed.statement, roundId: 'defense' }, signature: signed.signature },
        keyOf(zhang.card),
      ),
    ).toBe(false);
    expect(
      undertakingHolds(
        { ...signed, signature: flipSignature(signed.signature) },
        keyOf(zhang.card),
      ),
    ).toBe(false);
  });
});
