import { describe, expect, it } from 'vitest';
import { competitionRanks, strictOrder } from '../../../shared/scoring/ranking';

describe('competitionRanks', () => {
  it('shares a rank between equal totals and skips after them: 1, 2, 2, 4', () => {
    const ranked = competitionRanks([
      { id: 'd', total: 80 },
      { id: 'c', total: 85 },
      { id: 'a', total: 90 },
      { id: 'b', total: 85 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('shares the top rank too: 1, 1, 3', () => {
    const ranked = competitionRanks([
      { id: 'x', total: 88 },
      { id: 'y', total: 88 },
      { id: 'z', total: 70 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it('treats float noise as equal but any real difference as not', () => {
    const ranked = competitionRanks([
      { id: 'a', total: 0.1 + 0.2 },
      { id: 'b', total: 0.3 },
      { id: 'c', total: 0.2999 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it('keeps the entries’ other fields', () => {
    expect(competitionRanks([{ id: 'a', total: 1, name: '甲' }])[0]).toEqual({
      id: 'a',
      total: 1,
      name: '甲',
      rank: 1,
    });
  });
});

describe('strictOrder', () => {
  it('orders by total first', () => {
    const result = strictOrder([
      { applicationNo: '1', total: 80, criteria: { c1: 30, c2: 30, c3: 20 } },
      { applicationNo: '2', total: 90, criteria: { c1: 25, c2: 25, c3: 40 } },
    ]);
    expect(result.order.map((e) => [e.applicationNo, e.position])).toEqual([
      ['2', 1],
      ['1', 2],
    ]);
    expect(result.tieBreaks).toEqual([]);
  });

  it('breaks a tie by (三) first', () => {
    // Both 80; (三) 34 beats 32 although (一) is lower.
    const result = strictOrder([
      { applicationNo: '1', total: 80, criteria: { c1: 25, c2: 23, c3: 32 } },
      { applicationNo: '2', total: 80, criteria: { c1: 23, c2: 23, c3: 34 } },
    ]);
    expect(result.order.map((e) => e.applicationNo)).toEqual(['2', '1']);
    expect(result.tieBreaks).toEqual([
      { above: '2', below: '1', rule: { kind: 'criterion', criterionId: 'c3' } },
    ]);
  });

  it('then by (一)', () => {
    // Both 80 and (三) 34; (一) 24 beats 22.
    const result = strictOrder([
      { applicationNo: '1', total: 80, criteria: { c1: 22, c2: 24, c3: 34 } },
      { applicationNo: '2', total: 80, criteria: { c1: 24, c2: 22, c3: 34 } },
    ]);
    expect(result.order.map((e) => e.applicationNo)).toEqual(['2', '1']);
    expect(result.tieBreaks[0]?.rule).toEqual({ kind: 'criterion', criterionId: 'c1' });
  });

  it('then by (二)', () => {
    // Totals that are trimmed means need not be the sum of the trimmed subtotals, so equal
    // totals, (三) and (一) can still differ in (二).
    const result = strictOrder([
      { applicationNo: '1', total: 80, criteria: { c1: 23, c2: 22, c3: 34 } },
      { applicationNo: '2', total: 80, criteria: { c1: 23, c2: 24, c3: 34 } },
    ]);
    expect(result.order.map((e) => e.applicationNo)).toEqual(['2', '1']);
    expect(result.tieBreaks[0]?.rule).toEqual({ kind: 'criterion', criterionId: 'c2' });
  });

  it('finally by 申报编号, numerically', () => {
    const same = { total: 80, criteria: { c1: 23, c2: 23, c3: 34 } };
    const result = strictOrder([
      { applicationNo: '10', ...same },
      { applicationNo: '9', ...same },
    ]);
    expect(result.order.map((e) => e.applicationNo)).toEqual(['9', '10']);
    expect(result.tieBreaks).toEqual([
      { above: '9', below: '10', rule: { kind: 'application-no' } },
    ]);
  });

  it('reports each adjacent tie in a longer list', () => {
    const result = strictOrder([
      { applicationNo: 'A5', total: 70, criteria: { c1: 20, c2: 20, c3: 30 } },
      { applicationNo: 'A4', total: 85, criteria: { c1: 25, c2: 25, c3: 35 } },
      { applicationNo: 'A3', total: 85, criteria: { c1: 26, c2: 24, c3: 35 } },
      { applicationNo: 'A2', total: 85, criteria: { c1: 22, c2: 25, c3: 38 } },
      { applicationNo: 'A1', total: 90, criteria: { c1: 27, c2: 27, c3: 36 } },
    ]);
    expect(result.order.map((e) => `${e.position}:${e.applicationNo}`)).toEqual([
      '1:A1',
      '2:A2',
      '3:A3',
      '4:A4',
      '5:A5',
    ]);
    expect(result.tieBreaks).toEqual([
      { above: 'A2', below: 'A3', rule: { kind: 'criterion', criterionId: 'c3' } },
      { above: 'A3', below: 'A4', rule: { kind: 'criterion', criterionId: 'c1' } },
    ]);
  });

  it('takes another tie order', () => {
    const result = strictOrder(
      [
        { applicationNo: '1', total: 80, criteria: { c1: 25, c2: 23, c3: 32 } },
        { applicationNo: '2', total: 80, criteria: { c1: 23, c2: 23, c3: 34 } },
      ],
      ['c1'],
    );
    expect(result.order.map((e) => e.applicationNo)).toEqual(['1', '2']);
  });

  it('refuses a repeated 申报编号 and a missing tie-break criterion', () => {
    const entry = { applicationNo: '1', total: 80, criteria: { c1: 1, c2: 1, c3: 1 } };
    expect(() => strictOrder([entry, entry])).toThrow('申报编号重复：1');
    expect(() => strictOrder([{ ...entry, criteria: { c1: 1, c2: 1 } }])).toThrow('c3');
  });
});
