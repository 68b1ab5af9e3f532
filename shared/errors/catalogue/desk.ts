/**
 * The expert's desk refusing a case package (the format's own failures are crypto's): the
 * office's key pinned per case, the package's recipient, and its signed package sequence.
 * Fingerprints are public (read aloud by phone), so the words may name them.
 */
import { fixedWords } from '../catalogue-entry';
import type { CatalogueOf, NoParams } from '../catalogue-entry';

export interface DeskErrorParams {
  /** First use of a case: the office's fingerprint must be typed in before it is pinned. */
  'office-fingerprint-needed': NoParams;
  /** The fingerprint typed in is not the package's signer. */
  'office-fingerprint-differs': { readonly given: string; readonly signer: string };
  /** The case is pinned to one office key and this package is signed by another. */
  'office-key-changed': { readonly pinned: string; readonly signer: string };
  /** The package names another person as its recipient. */
  'package-for-someone-else': { readonly recipient: string; readonly yours: string };
  /** An older package of the case and round than one already opened here. */
  'package-superseded': { readonly found: number; readonly highest: number };
  /** The signed manifest does not hold together (or is of a format this app does not read). */
  'package-manifest-invalid': NoParams;
  'package-not-open': NoParams;
  /** The per-user record of pinned keys or package sequences cannot be read. */
  'desk-memory-damaged': NoParams;
}

export const deskCatalogue: CatalogueOf<DeskErrorParams> = {
  'office-fingerprint-needed': fixedWords(
    '第一次打开此案卷，请输入办公室告知您的办公室指纹。',
    'This case is opened for the first time here: enter the office fingerprint you were given.',
  ),
  'office-fingerprint-differs': {
    kind: 'refused',
    zh: ({ given, signer }) =>
      `案卷包的签名者指纹是 ${signer}，与您输入的办公室指纹 ${given} 不符，未打开。请与办公室电话核对。`,
    en: ({ given, signer }) =>
      `The package is signed by ${signer}, not by the office fingerprint you entered (${given}); it was not opened. Check with the office by phone.`,
  },
  'office-key-changed': {
    kind: 'refused',
    zh: ({ pinned, signer }) =>
      `警告：此案卷包由另一把密钥签名！本机为此案卷记住的办公室指纹是 ${pinned}，此案卷包的签名者是 ${signer}。案卷包未打开；请勿使用，并立即与办公室电话核实。`,
    en: ({ pinned, signer }) =>
      `Warning: this package is signed by another key! This machine pinned the office fingerprint ${pinned} for this case; the package is signed by ${signer}. It was not opened: do not use it, and check with the office by phone at once.`,
  },
  'package-for-someone-else': {
    kind: 'refused',
    zh: ({ recipient, yours }) =>
      `此案卷包是发给另一位专家（指纹 ${recipient}）的，不是您的（${yours}），未打开。`,
    en: ({ recipient, yours }) =>
      `This package is for another person (fingerprint ${recipient}), not for you (${yours}); it was not opened.`,
  },
  'package-superseded': {
    kind: 'refused',
    zh: ({ found, highest }) =>
      `此案卷包是第 ${found} 份，本机已打开过同一案卷与轮次的第 ${highest} 份；旧的案卷包不再使用，未打开。`,
    en: ({ found, highest }) =>
      `This is package number ${found}; this machine has already opened number ${highest} of the same case and round. The older package is no longer used and was not opened.`,
  },
  'package-manifest-invalid': fixedWords(
    '案卷包的清单不完整或格式不符，未打开。请确认软件为最新版本，或请办公室重新签发。',
    'The package’s manifest is incomplete or of another format; it was not opened. Update the application, or ask the office to issue the package again.',
  ),
  'package-not-open': fixedWords('尚未打开案卷包。', 'No case package is open.', 'not-found'),
  'desk-memory-damaged': fixedWords(
    '本机记录的办公室指纹或案卷包序号已损坏；为防止冒充与回退，暂不能打开案卷包。',
    'This machine’s record of pinned office keys or package numbers is damaged; to guard against impostors and rollback, no package can be opened.',
  ),
};
