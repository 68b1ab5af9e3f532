/**
 * The review bundle's file name as the save dialog offers it (issue 10, point 5): words a
 * Chinese user recognises, and for every input a name Windows, macOS and Linux all take: no
 * separator or character Windows refuses, no control or direction mark, no reserved device name,
 * no leading dot, no trailing dot or space, at most 200 bytes of UTF-8 cut between whole
 * characters, the sequence's words always kept.
 */
import { describe, expect, it } from 'vitest';
import {
  groupBundleFileName,
  resultBundleFileName,
  MAX_FILE_NAME_BYTES,
  safeFileName,
  safeTypedFileName,
  submittedBundleFileName,
} from '../../../../electron/core/review/bundle-file-name';

/** A character Windows refuses in a name: its reserved punctuation and the C0 controls. */
const windowsRefuses = (char: string) => '<>:"/\\|?*'.includes(char) || char.charCodeAt(0) < 0x20;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/iu;

/** What every name must be, whatever it was made from. */
function expectSafe(name: string): void {
  expect(Array.from(name).filter(windowsRefuses)).toEqual([]);
  expect(name).not.toMatch(/[\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u);
  expect(name).not.toMatch(RESERVED);
  expect(name.startsWith('.')).toBe(false);
  expect(name).not.toMatch(/[ .]\.qbbundle$/u);
  expect(name.endsWith('.qbbundle')).toBe(true);
  expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  // Whole characters only: no lone surrogate (it would not survive UTF-8).
  expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name);
  expect(name.normalize('NFC')).toBe(name);
}

describe('the name a submitted review bundle is offered under', () => {
  it('says the round, the expert and the submission’s number in words', () => {
    expect(
      submittedBundleFileName({
        year: 2026,
        roundName: '2026年资料评审',
        expertName: '张专家',
        sequence: 1,
      }),
    ).toBe('评审意见包_2026年资料评审_张专家_第1次提交.qbbundle');
    // The year when the round's name does not say it.
    expect(
      submittedBundleFileName({
        year: 2026,
        roundName: '答辩评审',
        expertName: '欧阳 明',
        sequence: 12,
      }),
    ).toBe('评审意见包_2026年度_答辩评审_欧阳 明_第12次提交.qbbundle');
  });

  it('folds separators, refused characters, controls and direction marks out of the parts', () => {
    const name = submittedBundleFileName({
      year: 2026,
      roundName: '../资料:评审\\第*一?轮"<>|',
      expertName: '\u202e张\u0000专\u200b家\t_.',
      sequence: 2,
    });
    expectSafe(name);
    expect(name).toBe('评审意见包_2026年度_资料 评审 第 一 轮_张 专家_第2次提交.qbbundle');
    // Invisible characters vanish rather than leave a gap.
    expect(safeTypedFileName('张\u200b专\u202e家')).toBe('张专家.qbbundle');
  });

  it('leaves an empty part out rather than writing two separators', () => {
    const name = submittedBundleFileName({
      year: 2026,
      roundName: '2026年资料评审',
      expertName: ' \u200e ',
      sequence: 3,
    });
    expect(name).toBe('评审意见包_2026年资料评审_第3次提交.qbbundle');
  });

  it('stays within 200 bytes for long names of four-byte characters, keeping the number', () => {
    const name = submittedBundleFileName({
      year: 2026,
      roundName: '𠀀'.repeat(300),
      expertName: '𪚥'.repeat(300),
      sequence: 123_456,
    });
    expectSafe(name);
    expect(name.endsWith('_第123456次提交.qbbundle')).toBe(true);
  });

  it('writes composed characters (a name typed on macOS arrives decomposed)', () => {
    const name = submittedBundleFileName({
      year: 2026,
      roundName: 'Re\u0301vision',
      expertName: 'José'.normalize('NFD'),
      sequence: 1,
    });
    expectSafe(name);
    expect(name).toContain('Révision');
    expect(name).toContain('José');
  });
});

describe('a file name made safe', () => {
  it('never gives a name Windows reserves for a device', () => {
    for (const stem of ['CON', 'nul', 'Com1', 'LPT9', 'aux', 'com²']) {
      const name = safeFileName(stem, '.qbbundle');
      expectSafe(name);
      expect(name).toBe(`_${stem}.qbbundle`);
    }
    expect(safeFileName('', '.qbbundle')).toBe('_.qbbundle');
  });

  it('keeps a name the person typed when it is safe, and adds the extension', () => {
    expect(safeTypedFileName('给王组长的意见.qbbundle')).toBe('给王组长的意见.qbbundle');
    expect(safeTypedFileName('给王组长的意见.QBBUNDLE')).toBe('给王组长的意见.qbbundle');
    expect(safeTypedFileName('给王组长的意见')).toBe('给王组长的意见.qbbundle');
    expect(safeTypedFileName('v1.2 草稿')).toBe('v1.2 草稿.qbbundle');
  });

  it('replaces what another system refuses in a typed name, and trims dots and spaces', () => {
    expect(safeTypedFileName('意见:第1稿?.qbbundle')).toBe('意见_第1稿_.qbbundle');
    expect(safeTypedFileName('意见. . ')).toBe('意见.qbbundle');
    expect(safeTypedFileName('..隐藏')).toBe('隐藏.qbbundle');
    expect(safeTypedFileName('nul.qbbundle')).toBe('_nul.qbbundle');
    expectSafe(safeTypedFileName('a'.repeat(400)));
  });

  it('holds for every name drawn from a mix of hostile characters', () => {
    // A fixed generator (xorshift), so the run is the same every time.
    let state = 0x9e3779b9;
    const next = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) / 0x1_0000_0000;
    };
    const alphabet = [
      ...'<>:"/\\|?*._ -aZ0',
      '\u0000',
      '\u001f',
      '\u007f',
      '\u0085',
      '\u200b',
      '\u202e',
      '\u2067',
      '\ufeff',
      '\ud800',
      '\udc00',
      '评',
      '𠀀',
      'e\u0301',
      'CON',
      'com1',
    ];
    for (let i = 0; i < 500; i += 1) {
      const text = Array.from(
        { length: Math.floor(next() * 120) },
        () => alphabet[Math.floor(next() * alphabet.length)]!,
      ).join('');
      expectSafe(safeTypedFileName(text));
      expectSafe(
        submittedBundleFileName({
          year: 2026,
          roundName: text,
          expertName: text.split('').reverse().join(''),
          sequence: 1 + Math.floor(next() * 1000),
        }),
      );
    }
  });
});

describe('the names the group and result bundles are offered under', () => {
  it('names the round and the group, or the round alone, with the number', () => {
    expect(
      groupBundleFileName({
        year: 2026,
        roundName: '2026年资料评审',
        groupName: '第一组',
        sequence: 2,
      }),
    ).toBe('合议包_2026年资料评审_第一组_第2次.qbbundle');
    expect(resultBundleFileName({ year: 2026, roundName: '答辩评审', sequence: 1 })).toBe(
      '评审结果包_2026年度_答辩评审_第1次.qbbundle',
    );
  });

  it('keeps a hostile group name from making a path or a reserved name', () => {
    const name = groupBundleFileName({
      year: 2026,
      roundName: '../资料评审',
      groupName: 'CON/..\\组\u202e',
      sequence: 1,
    });
    expect(name).not.toMatch(/[\\/]/);
    expect(name).not.toContain('..');
    expect(name).not.toContain('\u202e');
    expect(name.endsWith('.qbbundle')).toBe(true);
  });
});
