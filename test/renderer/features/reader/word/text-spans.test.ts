import { describe, expect, it } from 'vitest';
import { pieceStarts, pointAt } from '../../../../../renderer/features/reader/word/text-spans';

describe('offsets over text pieces', () => {
  // "质量" | "" | "目标" | "分解": an empty text node between two others, as the DOM may hold.
  const lengths = [2, 0, 2, 2];
  const starts = pieceStarts(lengths);

  it('knows where each piece starts', () => {
    expect(starts).toEqual([0, 2, 2, 4]);
  });

  it('puts a start at the beginning of the piece holding its character', () => {
    expect(pointAt(starts, lengths, 0, 'start')).toEqual({ piece: 0, offset: 0 });
    expect(pointAt(starts, lengths, 1, 'start')).toEqual({ piece: 0, offset: 1 });
    expect(pointAt(starts, lengths, 2, 'start')).toEqual({ piece: 2, offset: 0 });
    expect(pointAt(starts, lengths, 5, 'start')).toEqual({ piece: 3, offset: 1 });
  });

  it('puts an end at the end of the piece holding the character before it', () => {
    expect(pointAt(starts, lengths, 2, 'end')).toEqual({ piece: 0, offset: 2 });
    expect(pointAt(starts, lengths, 3, 'end')).toEqual({ piece: 2, offset: 1 });
    expect(pointAt(starts, lengths, 4, 'end')).toEqual({ piece: 2, offset: 2 });
    expect(pointAt(starts, lengths, 6, 'end')).toEqual({ piece: 3, offset: 2 });
  });

  it('says null outside the text', () => {
    expect(pointAt(starts, lengths, 6, 'start')).toBeNull();
    expect(pointAt(starts, lengths, -1, 'start')).toBeNull();
    expect(pointAt(starts, lengths, 0, 'end')).toBeNull();
    expect(pointAt(starts, lengths, 7, 'end')).toBeNull();
    expect(pointAt([], [], 0, 'start')).toBeNull();
  });

  it('finds the right piece among many (binary search)', () => {
    const many = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 0 : 5));
    const at = pieceStarts(many);
    const point = pointAt(at, many, 2_000, 'start')!;
    expect(at[point.piece]! + point.offset).toBe(2_000);
    expect(many[point.piece]).toBe(5);
  });
});
