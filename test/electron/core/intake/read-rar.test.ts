import { execFileSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { intakeArchiveBytes, intakePath } from '../../../../electron/core/intake';
import type { IntakeResult } from '../../../../electron/core/intake';
import { readRar4Headers } from '../../../../electron/core/intake/rar/rar4-headers';
import { corpusPath } from './helpers/corpus-files';
import { buildRar4, buildRar4Volumes } from './helpers/rar4-builder';

const NAME = '2024001+某某科技有限公司.rar';
const gbk = (text: string) => iconv.encode(text, 'gbk');
const text = (value: string) => Buffer.from(value, 'utf8');
const categories = (result: IntakeResult) => result.problems.map((problem) => problem.category);

describe('RAR4 header parser', () => {
  it('decodes GBK names the Unicode flag does not cover, with "\\" as the separator', () => {
    const rar = buildRar4([
      { name: gbk('申报材料\\申报书.docx'), data: text('x') },
      { name: gbk('申报材料'), directory: true },
    ]);
    expect(readRar4Headers(rar)).toEqual({
      headerEncrypted: false,
      volume: false,
      files: [
        { legacyName: '申报材料/申报书.docx', isDirectory: false, isLink: false },
        { legacyName: '申报材料', isDirectory: true, isLink: false },
      ],
    });
  });

  it('marks Unix symlinks, which store their target as data', () => {
    const rar = buildRar4([
      { name: text('link'), data: text('/etc/passwd'), hostOs: 3, attributes: 0o120777 },
    ]);
    expect(readRar4Headers(rar)?.files[0]?.isLink).toBe(true);
  });

  it('gives up (null) on blocks that run past the end', () => {
    const rar = buildRar4([{ name: text('a.txt'), data: text('hello') }]);
    expect(readRar4Headers(rar.subarray(0, 30))).toBeNull();
  });
});

describe('RAR intake (isolated worker)', () => {
  it('recovers GBK names that every decoder garbles', async () => {
    const rar = buildRar4([
      { name: gbk('申报材料\\申报书.txt'), data: text('正文') },
      { name: gbk('申报材料\\承诺书.pdf'), data: text('%PDF-1.4 %%EOF') },
      { name: gbk('申报材料'), directory: true },
      { name: text('empty.txt') },
    ]);
    const result = await intakeArchiveBytes(NAME, rar);
    expect(result.problems).toEqual([]);
    expect(result.materials.map((m) => [m.path, m.size, m.kind])).toEqual([
      ['申报材料/申报书.txt', 6, 'evidence'],
      ['申报材料/承诺书.pdf', 14, 'commitment-letter'],
      ['empty.txt', 0, 'evidence'],
    ]);
    expect(Buffer.from(result.materials[0]!.bytes).toString()).toBe('正文');
  });

  it('refuses a RAR4 whose name climbs out', async () => {
    const rar = buildRar4([
      { name: text('ok.txt'), data: text('x') },
      { name: text('..\\..\\evil.txt'), data: text('x') },
    ]);
    const result = await intakeArchiveBytes(NAME, rar);
    expect(result.problems).toMatchObject([
      { category: 'path-traversal', effect: 'refused', entryPath: '../../evil.txt' },
    ]);
  });

  it('skips a Unix symlink entry and keeps the rest', async () => {
    const rar = buildRar4([
      { name: text('a.txt'), data: text('hello') },
      { name: text('link'), data: text('a.txt'), hostOs: 3, attributes: 0o120777 },
    ]);
    const result = await intakeArchiveBytes(NAME, rar);
    expect(result.problems).toMatchObject([
      { category: 'link-entry', effect: 'skipped', entryPath: 'link' },
    ]);
    expect(result.materials.map((m) => m.path)).toEqual(['a.txt']);
  });

  it('refuses a lone volume of a multi-volume set as 分卷压缩包', async () => {
    const [, second] = buildRar4Volumes({ name: text('a.txt'), data: text('hello world') }, 3);
    expect(categories(await intakeArchiveBytes(NAME, second!))).toEqual(['multi-volume']);
  });

  it('skips RAR5 hard links and symlinks (no output, then a decoder TypeError)', async () => {
    const result = await intakePath(corpusPath('libarchive/test_read_format_rar5_symlink.rar'));
    expect(result.problems.filter((p) => p.category !== 'bad-name')).toMatchObject([
      { category: 'link-entry', entryPath: 'symlink.txt' },
      { category: 'link-entry', entryPath: 'dirlink' },
    ]);
    expect(result.materials.map((m) => m.path)).toEqual(['file.txt']);
  });

  it('opens encrypted RAR4 and RAR5 with the password from the corpus README', async () => {
    for (const file of ['TestDataEncrypted.rar', 'TestDataEncrypted.rar4']) {
      const path = corpusPath(`recursive-extractor/${file}`);
      const locked = await intakePath(path);
      expect(locked.problems.filter((p) => p.category !== 'bad-name')[0]?.category).toBe(
        'password-required',
      );
      const wrong = await intakePath(path, { password: 'wrong' });
      expect(wrong.problems.filter((p) => p.category !== 'bad-name')[0]?.category).toBe(
        'wrong-password',
      );
      const open = await intakePath(path, { password: 'TestData' });
      expect(open.refused).toBe(false);
      expect(open.materials.map((m) => m.size)).toEqual([4148, 4148, 4148]);
    }
  });

  it('kills the worker at the time limit', async () => {
    const rar = buildRar4([{ name: text('a.txt'), data: text('hello') }]);
    const result = await intakeArchiveBytes(NAME, rar, { limits: { timeLimitMs: 1 } });
    expect(result.problems).toMatchObject([{ category: 'zip-bomb', effect: 'refused' }]);
    expect(result.problems[0]!.detail).toContain('time limit');
  });

  // bzip2 is installed by .ci/run; a missing tool fails here rather than skipping.
  it('refuses the 10 GB RAR bomb, by header and by real output', async () => {
    const rar = execFileSync('bzip2', ['-dc', corpusPath('recursive-extractor/10GB.rar.bz2')], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const byHeader = await intakeArchiveBytes(NAME, rar);
    expect(byHeader.problems).toMatchObject([{ category: 'zip-bomb', entryPath: 'Desktop/10GB' }]);
    // With the header check out of the way, the real output still stops at the entry limit.
    const byOutput = await intakeArchiveBytes(NAME, rar, {
      limits: { maxRatio: Number.MAX_SAFE_INTEGER, maxEntryBytes: 64 * 1024 * 1024 },
    });
    expect(byOutput.problems).toMatchObject([{ category: 'too-large', entryPath: 'Desktop/10GB' }]);
  });
});
