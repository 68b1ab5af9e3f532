/**
 * 登记专家: from the identity card an expert sent and the fingerprint they read out (or sent by
 * another channel) to the expert record the office keeps. The card must be self-signed and its
 * fingerprint must be the one the office was told: a card swapped on the way is refused
 * (SECURITY 23). The app and the CLI both register through here.
 */
import type { Expert, ExpertRole } from '../../../shared/domain/expert';
import { isCryptoError } from '../crypto/crypto-error';
import { normaliseFingerprint } from '../identity/fingerprint';
import { parseIdentityCard } from '../identity/identity-card';
import type { IdentityCard } from '../identity/identity-card';

export type RegistrationErrorCode =
  'invalid-card' | 'fingerprint-missing' | 'fingerprint-mismatch' | 'no-region';

const MESSAGES: Readonly<Record<RegistrationErrorCode, string>> = {
  'invalid-card':
    '身份卡无效或未经本人签名：请使用专家用“导出身份卡”（qbreview identity card）导出的文件。/ The identity card is invalid or not signed by its owner: use the card the expert exported.',
  'fingerprint-missing':
    '请填写专家当面或电话告知的指纹（16 位，如 ABCD-EFGH-JKMN-PQRS）。/ Enter the fingerprint the expert read out to you (16 symbols).',
  'fingerprint-mismatch':
    '身份卡的指纹与专家告知的指纹不一致：身份卡可能在传递中被替换，请勿登记，与专家重新核对。/ The card’s fingerprint is not the one the expert gave you: the card may have been swapped on the way; do not register it.',
  'no-region':
    '身份卡没有填写地区：请补填专家所在地区（用于回避建议）。/ The card gives no region: enter the expert’s region (for conflict suggestions).',
};

export class RegistrationError extends Error {
  constructor(readonly code: RegistrationErrorCode) {
    super(MESSAGES[code]);
    this.name = 'RegistrationError';
  }
}

/** What the office sees of a card before it registers it: every field the owner signed. */
export interface CardPreview {
  readonly name: string;
  readonly organisation: string;
  readonly region?: string;
  readonly role: string;
  readonly fingerprint: string;
  readonly createdAt: string;
}

function cardFrom(text: string): IdentityCard {
  try {
    return parseIdentityCard(text);
  } catch (error) {
    if (isCryptoError(error)) throw new RegistrationError('invalid-card');
    throw error;
  }
}

/** Verifies a card's self-signature and shows what it says. */
export function previewCard(text: string): CardPreview {
  const card = cardFrom(text);
  return {
    name: card.name,
    organisation: card.organisation,
    ...(card.region === undefined ? {} : { region: card.region }),
    role: card.role,
    fingerprint: card.fingerprint,
    createdAt: card.createdAt,
  };
}

export interface RegistrationInput {
  readonly id: string;
  readonly role: ExpertRole;
  /** The fingerprint the expert read out; compared with the card's. */
  readonly fingerprint: string;
  /** The office's record of the region; the card's by default. */
  readonly region?: string;
  readonly fields: readonly string[];
  readonly industries: readonly string[];
}

/** The expert to register and their verified card, or a RegistrationError. */
export function expertFromCard(
  text: string,
  input: RegistrationInput,
): { expert: Expert; card: IdentityCard } {
  const card = cardFrom(text);
  if (input.fingerprint.trim() === '') throw new RegistrationError('fingerprint-missing');
  if (normaliseFingerprint(input.fingerprint) !== card.fingerprint) {
    throw new RegistrationError('fingerprint-mismatch');
  }
  const region = input.region?.trim() || card.region;
  if (!region) throw new RegistrationError('no-region');
  return {
    expert: {
      id: input.id,
      name: card.name,
      organisation: card.organisation,
      region,
      fields: [...input.fields],
      industries: [...input.industries],
      role: input.role,
      keyFingerprint: card.fingerprint,
    },
    card,
  };
}
