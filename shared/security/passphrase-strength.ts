/**
 * 口令强度: the minimum a passphrase a person chooses (for an identity, for the office's
 * workspace) must meet. Estimated with zxcvbn-ts (common passwords, keyboard patterns, dates,
 * repeats, the person's own name) plus the words Chinese passwords are made of; the verdict
 * speaks Chinese and English. Random package passphrases are drawn by the app and need no check.
 *
 * The one door to @zxcvbn-ts.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { CHINESE_PASSWORD_WORDS } from './chinese-password-words';
import { MIN_PASSPHRASE_LENGTH } from './passphrase-weakness';
import type { PassphraseWeakness } from './passphrase-weakness';

export {
  MIN_PASSPHRASE_LENGTH,
  passphraseWeaknessMessage,
  type PassphraseWeakness,
} from './passphrase-weakness';

/**
 * At least this many guesses (log10) by zxcvbn's estimate: 10^10 guesses of scrypt 2^18
 * (about a second each on one core) are some three hundred core-years.
 */
export const MIN_PASSPHRASE_LOG10_GUESSES = 10;

export interface PassphraseVerdict {
  readonly acceptable: boolean;
  /** Why not, when it is not acceptable. */
  readonly weakness?: PassphraseWeakness;
  /** log10 of the estimated guesses, for a strength bar. */
  readonly log10Guesses: number;
}

const WEAKNESS_BY_WARNING: Readonly<Record<string, PassphraseWeakness>> = {
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  wordByItself: 'common',
  namesByThemselves: 'common',
  commonNames: 'common',
  pwned: 'common',
  straightRow: 'pattern',
  keyPattern: 'pattern',
  sequences: 'pattern',
  simpleRepeat: 'repeat',
  extendedRepeat: 'repeat',
  recentYears: 'date',
  dates: 'date',
  userInputs: 'personal',
};

let factory: ZxcvbnFactory | undefined;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, chinese: [...CHINESE_PASSWORD_WORDS] },
    graphs: adjacencyGraphs,
  });
  return factory;
}

/**
 * Judges a passphrase a person chose. `personal` holds what an attacker would try first: the
 * person's name, organisation, the year.
 */
export function judgePassphrase(
  passphrase: string,
  personal: readonly string[] = [],
): PassphraseVerdict {
  const text = passphrase.normalize('NFKC');
  const known = personal.map((p) => p.normalize('NFKC').trim()).filter((p) => p !== '');
  const result = estimator().check(text, known);
  const log10Guesses = Math.log10(Math.max(1, result.guesses));
  if ([...text].length < MIN_PASSPHRASE_LENGTH) {
    return { acceptable: false, weakness: 'too-short', log10Guesses };
  }
  // zxcvbn matches the person's words only in Latin letters: take them out by hand, and what is
  // left must stand on its own.
  const rest = known.reduce(
    (left, word) => left.split(word.toLowerCase()).join(''),
    text.toLowerCase(),
  );
  if (rest.length < text.length) {
    const alone = judgePassphrase(rest);
    if (!alone.acceptable) return { acceptable: false, weakness: 'personal', log10Guesses };
  }
  if (log10Guesses >= MIN_PASSPHRASE_LOG10_GUESSES) return { acceptable: true, log10Guesses };
  const warning = result.feedback.warning;
  const personalMatch = result.sequence.some(
    (match) => 'dictionaryName' in match && match.dictionaryName === 'userInputs',
  );
  const chineseMatch = result.sequence.some(
    (match) => 'dictionaryName' in match && match.dictionaryName === 'chinese',
  );
  const weakness: PassphraseWeakness = personalMatch
    ? 'personal'
    : ((warning === null ? undefined : WEAKNESS_BY_WARNING[warning]) ??
      (chineseMatch ? 'common' : 'guessable'));
  return { acceptable: false, weakness, log10Guesses };
}
