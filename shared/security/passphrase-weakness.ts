/**
 * Why a chosen passphrase is refused, and what to tell the person, in Chinese and English. Apart
 * from the strength estimate (passphrase-strength.ts) so that the error catalogue can word a
 * refusal without loading the estimator.
 */

/** At least this many characters. */
export const MIN_PASSPHRASE_LENGTH = 10;

export type PassphraseWeakness =
  'too-short' | 'common' | 'pattern' | 'repeat' | 'date' | 'personal' | 'guessable';

const ADVICE_ZH = '请改用更长的口令，例如四五个互不相关的词或一句别人猜不到的话。';
const ADVICE_EN =
  'Use a longer passphrase, such as four or five unrelated words or a sentence nobody would guess.';

/** What to tell the person, in Chinese then English. */
export function passphraseWeaknessMessage(weakness: PassphraseWeakness): {
  zh: string;
  en: string;
} {
  const reasons: Record<PassphraseWeakness, { zh: string; en: string }> = {
    'too-short': {
      zh: `口令太短，至少需要 ${MIN_PASSPHRASE_LENGTH} 个字符。`,
      en: `The passphrase is too short: at least ${MIN_PASSPHRASE_LENGTH} characters.`,
    },
    common: { zh: '口令过于常见，容易被猜中。', en: 'The passphrase is too common to be safe.' },
    pattern: {
      zh: '口令是键盘连排或顺序字符，容易被猜中。',
      en: 'The passphrase is a keyboard row or a sequence.',
    },
    repeat: { zh: '口令由重复的字符或词组成。', en: 'The passphrase repeats itself.' },
    date: {
      zh: '口令含有年份或日期，容易被猜中。',
      en: 'The passphrase contains a year or a date.',
    },
    personal: {
      zh: '口令含有姓名、单位等个人信息，容易被猜中。',
      en: 'The passphrase contains your name, organisation or similar.',
    },
    guessable: { zh: '口令强度不足，容易被猜中。', en: 'The passphrase is too easy to guess.' },
  };
  const reason = reasons[weakness];
  return { zh: `${reason.zh}${ADVICE_ZH}`, en: `${reason.en} ${ADVICE_EN}` };
}
