/**
 * 登记专家: from the identity card an expert sent and the fingerprint they read out (or sent by
 * another channel) to the expert record the office keeps. The card must be self-signed and its
 * fingerprint must be the one the office was told: a card swapped on the way is refused
 * (SECURITY 23). The app and the CLI both register through here.
 */
import type { Expert, ExpertRole } from '../../../shared/domain/expert';
import { AppError } from '../../../shared/errors';
import { isCryptoError } from '../crypto/crypto-error';
import { normaliseFingerprint } from '../identity/fingerprint';
import { parseIdentityCard } from '../identity/identity-card';
import type { IdentityCard } from '../identity/identity-card';

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
    if (isCryptoError(error)) throw new AppError('card-not-self-signed');
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

/** The expert to register and their verified card; AppError when the card or input is refused. */
export function expertFromCard(
  text: string,
  input: RegistrationInput,
): { expert: Expert; card: IdentityCard } {
  const card = cardFrom(text);
  if (input.fingerprint.trim() === '') throw new AppError('fingerprint-missing');
  if (normaliseFingerprint(input.fingerprint) !== card.fingerprint) {
    throw new AppError('fingerprint-mismatch');
  }
  const region = input.region?.trim() || card.region;
  if (!region) throw new AppError('no-region');
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
