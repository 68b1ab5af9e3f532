/**
 * A fingerprint as people type it: read aloud over the phone, typed in lower case, with spaces,
 * on a Chinese keyboard in full width, with O for 0 and I or L for 1. Crockford's base32 has no
 * I, L, O or U, so those look-alikes fold safely. Shared by main (which compares) and the
 * office's screens (which say at once whether the typed fingerprint matches).
 */

/**
 * Canonical form of typed Crockford text: full-width folded, upper case, separators dropped, the
 * look-alikes O→0 and I/L→1 mapped. Returns null when a character is not Crockford base32.
 */
export function normaliseCrockfordBase32(text: string): string | null {
  const folded = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—－]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]*$/.test(folded) ? folded : null;
}

/** "XXXX-XXXX-XXXX-XXXX" from 16 symbols. */
export function groupFingerprint(symbols: string): string {
  return symbols.match(/.{4}/g)?.join('-') ?? symbols;
}

/** The canonical "XXXX-XXXX-XXXX-XXXX" form of a typed fingerprint, or null. */
export function normaliseFingerprint(text: string): string | null {
  const symbols = normaliseCrockfordBase32(text);
  return symbols !== null && symbols.length === 16 ? groupFingerprint(symbols) : null;
}
