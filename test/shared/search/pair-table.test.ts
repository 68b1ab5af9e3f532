/**
 * The index's table of character pairs and its bitmaps: every pair kept apart from every other
 * through the table's growth, and sets of sentences counted and walked in order.
 */
import { describe, expect, it } from 'vitest';
import { PairTable } from '../../../shared/search/pair-table';
import {
  countSentences,
  emptySentenceBits,
  forEachSentence,
  intersectInto,
} from '../../../shared/search/sentence-bits';

describe('pair table', () => {
  it('keeps every pair apart as it grows, and knows the pairs it never saw', () => {
    const table = new PairTable();
    for (let a = 0; a < 120; a++)
      for (let b = 0; b < 40; b++) table.listFor(0x4e00 + a, b).push(a * 40 + b);
    expect(table.size).toBe(4800);
    for (let a = 0; a < 120; a++) {
      for (let b = 0; b < 40; b++) {
        const list = table.get(0x4e00 + a, b)!;
        const bits = emptySentenceBits(4800);
        list.markInto(bits);
        const seen: number[] = [];
        forEachSentence(bits, (s) => seen.push(s));
        expect(seen).toEqual([a * 40 + b]);
      }
    }
    expect(table.get(0x4e00, 40)).toBeUndefined();
    expect(table.get(0x20000, 0)).toBeUndefined();
  });
});

describe('sentence bitmaps', () => {
  it('intersect, count and walk in order', () => {
    const a = emptySentenceBits(100);
    const b = emptySentenceBits(100);
    for (const s of [0, 31, 32, 63, 64, 99]) a[s >>> 5]! |= 1 << (s & 31);
    for (const s of [31, 64, 70, 99]) b[s >>> 5]! |= 1 << (s & 31);
    expect(countSentences(a)).toBe(6);
    expect(intersectInto(a, b)).toBe(3);
    const seen: number[] = [];
    forEachSentence(a, (s) => seen.push(s));
    expect(seen).toEqual([31, 64, 99]);
  });
});
