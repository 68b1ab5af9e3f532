/**
 * Characters as the index counts them: by code point, so a character outside the BMP (𠀀) is
 * one character, never two halves.
 */

/** The first code point of a non-empty string. */
export function firstCodePoint(text: string): number {
  return text.codePointAt(0)!;
}

/** The last code point of a non-empty string (a surrogate pair read whole). */
export function lastCodePoint(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xdc00 && last <= 0xdfff && text.length >= 2) {
    const high = text.charCodeAt(text.length - 2);
    if (high >= 0xd800 && high <= 0xdbff)
      return (high - 0xd800) * 0x400 + (last - 0xdc00) + 0x10000;
  }
  return last;
}
