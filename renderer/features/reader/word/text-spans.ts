/**
 * Offsets in a text made of pieces (the text nodes under a page, in document order) and the
 * pieces they fall in: the arithmetic under a DOM Range built from offsets, and under the
 * offsets of a selection. Pure, so it is tested without a DOM (text-ranges.ts applies it).
 */

/** Where an offset of the joined text falls: the piece, and the offset inside it. */
export interface PiecePoint {
  readonly piece: number;
  readonly offset: number;
}

/** The offset at which each piece starts in the joined text. */
export function pieceStarts(lengths: readonly number[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const length of lengths) {
    starts.push(at);
    at += length;
  }
  return starts;
}

/** The last piece whose start is at or before `offset` (binary search over `starts`). */
function lastStartingAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * The point at offset `offset` of the joined text. A start is placed at the beginning of the
 * piece holding its character (never at the end of an empty or earlier piece); an end at the
 * end of the piece holding the character before it. Null outside the text.
 */
export function pointAt(
  starts: readonly number[],
  lengths: readonly number[],
  offset: number,
  side: 'start' | 'end',
): PiecePoint | null {
  const total = starts.length === 0 ? 0 : starts[starts.length - 1]! + lengths[lengths.length - 1]!;
  if (side === 'start' ? offset < 0 || offset >= total : offset <= 0 || offset > total) {
    return null;
  }
  // The character that must lie inside the piece: the one at a start, the one before an end.
  const character = side === 'start' ? offset : offset - 1;
  let piece = lastStartingAtOrBefore(starts, character);
  // Empty pieces start where the next one does: step back to the one that holds the character.
  while (piece > 0 && lengths[piece] === 0) piece -= 1;
  return { piece, offset: offset - starts[piece]! };
}
