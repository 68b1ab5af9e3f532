import { describe, expect, it } from 'vitest';
import { callsFor, volumeSetOf } from '../../../../renderer/features/intake/volume-sets';

const named = (...names: string[]) => names.map((name) => ({ name }));
const callNames = (calls: { name: string }[][]) => calls.map((call) => call.map((f) => f.name));

describe('volumeSetOf', () => {
  it('puts .partN.rar volumes of one name in one set, whatever the case', () => {
    expect(volumeSetOf('2026001华东.part1.rar')).toBe('part:2026001华东');
    expect(volumeSetOf('2026001华东.PART12.RAR')).toBe('part:2026001华东');
  });

  it('puts old-style .rar, .r00 … .z99 volumes of one name in one set', () => {
    expect(volumeSetOf('申报.rar')).toBe('old:申报');
    expect(volumeSetOf('申报.r00')).toBe('old:申报');
    expect(volumeSetOf('申报.s01')).toBe('old:申报');
  });

  it('leaves other archives alone', () => {
    expect(volumeSetOf('申报.zip')).toBeNull();
    expect(volumeSetOf('申报.7z')).toBeNull();
    expect(volumeSetOf('申报.r0')).toBeNull();
  });
});

describe('callsFor', () => {
  it('sends each archive alone and a RAR set together, in the order dropped', () => {
    const calls = callsFor(
      named('a.zip', 'b.part1.rar', 'c.7z', 'b.part2.rar', 'd.rar', 'd.r00', 'b.part3.rar'),
    );
    expect(callNames(calls)).toEqual([
      ['a.zip'],
      ['b.part1.rar', 'b.part2.rar', 'b.part3.rar'],
      ['c.7z'],
      ['d.rar', 'd.r00'],
    ]);
  });

  it('keeps two files of the same name that are not volumes apart', () => {
    expect(callNames(callsFor(named('a.zip', 'a.zip')))).toEqual([['a.zip'], ['a.zip']]);
  });

  it('makes no call for no files', () => {
    expect(callsFor([])).toEqual([]);
  });
});
