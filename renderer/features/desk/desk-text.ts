/**
 * What the desk screens say about a typed fingerprint, a material's size and kind, and whether a
 * material is a Word file: pure, so the screens and their tests agree.
 */
import { materialKindLabels } from '../../../shared/domain/material';
import type { MaterialKind } from '../../../shared/domain/material';
import {
  groupFingerprint,
  normaliseCrockfordBase32,
} from '../../../shared/security/fingerprint-text';
import type { Locale } from '../../app/i18n/locale';

/** A typed office fingerprint as the form reads it, before main compares it with the signer. */
export type FingerprintDraft =
  | { readonly state: 'empty' }
  /** Fewer (or more) than 16 symbols, all of them fingerprint symbols. */
  | { readonly state: 'incomplete'; readonly count: number }
  | { readonly state: 'invalid' }
  /** 16 symbols: the grouped form main will compare ("7KQ2-M9TX-PA4R-3HVN"). */
  | { readonly state: 'complete'; readonly grouped: string };

/** Full width, spaces, dashes, lower case and O/I/L look-alikes are all accepted, as main does. */
export function readFingerprintDraft(typed: string): FingerprintDraft {
  if (typed.trim() === '') return { state: 'empty' };
  const symbols = normaliseCrockfordBase32(typed);
  if (symbols === null) return { state: 'invalid' };
  if (symbols.length !== 16) return { state: 'incomplete', count: symbols.length };
  return { state: 'complete', grouped: groupFingerprint(symbols) };
}

/** A draft that may be sent: empty (the case already pinned) or complete. */
export function fingerprintSendable(draft: FingerprintDraft): boolean {
  return draft.state === 'empty' || draft.state === 'complete';
}

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/** "512 字节", "12.3 KB", "4.5 MB", "1.20 GB" (English: "512 bytes"), in the locale's digits. */
export function materialSize(bytes: number, locale: Locale): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < KB)
    return locale === 'zh-CN' ? `${number(bytes, 0)} 字节` : `${number(bytes, 0)} bytes`;
  if (bytes < MB) return `${number(bytes / KB, 1)} KB`;
  if (bytes < GB) return `${number(bytes / MB, 1)} MB`;
  return `${number(bytes / GB, 2)} GB`;
}

/** 申报材料, 推荐表…, in the UI's language. */
export function materialKindText(kind: MaterialKind, locale: Locale): string {
  const label = materialKindLabels[kind];
  return locale === 'zh-CN' ? label.zh : label.en;
}

const WORD_MEDIA_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
]);

/** A Word material (.docx, or a legacy .doc), by its media type or its name. */
export function isWordMaterial(material: { readonly name: string; readonly mediaType?: string }) {
  if (material.mediaType !== undefined && WORD_MEDIA_TYPES.has(material.mediaType)) return true;
  return /\.(docx|doc)$/i.test(material.name);
}
