/**
 * The index's building blocks: pair ids kept apart through the table's growth; posting lists
 * built from appended streams, merged across prepares, each sentence once per id, in order; sets
 * of sentences counted and walked in order.
 */
import { describe, expect, it } from 'vitest';
import { InvertedLists } from '../../../shared/search/inverted-lists';
import { PairTable } from '../../../shared/search/pair-table';
import {
  countSentences,
  emptySentenceBits,
  forEachSentence,
  intersectInto,
} from '../../../shared/search/sentence-bits';

function sentencesOf(lists: InvertedLists, id: number, size: number): number[] {
  const bits = emptySentenceBits(size);
  lists.markInto(id, bits);
  const seen: number[] = [];
  forEachSentence(bits, (s) => seen.push(s));
  return seen;
}

describe('pair table', () => {
  it('gives every pair its own id as it grows, and knows the pairs it never saw', () => {
    const table = new PairTable();
    for (let a = 0; a < 120; a++) {
      for (let b = 0; b < 40; b++) expect(table.idFor(0x4e00 + a, b)).toBe(a * 40 + b);
    }
    expect(table.size).toBe(4800);
    for (let a = 0; a < 120; a++) {
      for (let b = 0; b < 40; b++) expect(table.get(0x4e00 + a, b)).toBe(a * 40 + b);
    }
    expect(table.idFor(0x4e00, 0)).toBe(0);
    expect(table.get(0x4e00, 40)).toBe(-1);
    expect(table.get(0x20000, 0)).toBe(-1);
  });
});

describe('inverted lists', () => {
  it('lists each id’s sentences once, in order, merged across prepares', () => {
    const lists = new InvertedLists();
    lists.append(0, 0);
    lists.append(1, 0);
    lists.append(0, 0); // twice in one sentence: once
    lists.append(1, 2); // sentence 1 holds nothing
    lists.prepare(2, 3);
    expect(lists.count(0)).toBe(1);
    expect(sentencesOf(lists, 1, 3)).toEqual([0, 2]);
    // More sentences, a new id, and a prepare with nothing appended in between.
    lists.prepare(2, 3);
    lists.append(2, 3);
    lists.append(0, 4);
    lists.append(2, 4);
    lists.prepare(3, 6);
    expect(sentencesOf(lists, 0, 6)).toEqual([0, 4]);
    expect(sentencesOf(lists, 1, 6)).toEqual([0, 2]);
    expect(sentencesOf(lists, 2, 6)).toEqual([3, 4]);
    expect(lists.count(2)).toBe(2);
    expect(lists.count(7)).toBe(0);
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
