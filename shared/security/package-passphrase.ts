/**
 * 案卷包口令: the random passphrase drawn for one package when the office seals with passphrases.
 * 32 decimal digits (about 106 bits), shown in eight groups of four: digits are read aloud
 * without ambiguity in Chinese and typed without switching the input method, and none of them
 * looks like another. The canonical form (what scrypt sees) is the 32 digits alone.
 */
export const PACKAGE_PASSPHRASE_DIGITS = 32;
const GROUP = 4;

/** "4821 0937 …": how a passphrase is shown and printed. */
export function formatPackagePassphrase(canonical: string): string {
  return canonical.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join(' ') ?? canonical;
}

/**
 * The canonical digits of a passphrase as a person typed it: full-width digits (from a Chinese
 * input method) folded, and spaces, dashes and full-width spaces dropped. null when what is left
 * is not 32 digits.
 */
export function normalisePackagePassphrase(typed: string): string | null {
  const digits = typed.normalize('NFKC').replace(/[\s\-‐‑‒–—－]/g, '');
  return new RegExp(`^[0-9]{${PACKAGE_PASSPHRASE_DIGITS}}$`).test(digits) ? digits : null;
}
