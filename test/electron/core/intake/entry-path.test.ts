import { describe, expect, it } from 'vitest';
import {
  extensionOf,
  printableName,
  safeEntryPath,
} from '../../../../electron/core/intake/entry-path';
import { IntakeRefusal } from '../../../../electron/core/intake/intake-problem';

function refusalOf(name: string): IntakeRefusal {
  try {
    safeEntryPath(name);
  } catch (error) {
    if (error instanceof IntakeRefusal) return error;
    throw error;
  }
  throw new Error(`accepted ${name}`);
}

describe('safeEntryPath', () => {
  it.each([
    ['/etc/passwd', '绝对路径'],
    ['C:/Windows/evil.txt', '盘符'],
    ['c:evil.txt', '盘符'],
    ['../evil.txt', '..'],
    ['a/../../evil.txt', '..'],
    ['..\\..\\Temp\\evil.txt', '..'],
    ['a\\..\\..\\evil.txt', '..'],
    ['C:\\Windows\\evil.txt', '盘符'],
    ['\\\\server\\share\\evil.txt', '绝对路径'],
    ['\\evil.txt', '绝对路径'],
    ['a\0.txt', 'NUL'],
  ])('refuses %j as path traversal (%s)', (name, reason) => {
    const refusal = refusalOf(name);
    expect(refusal.category).toBe('path-traversal');
    expect(refusal.detail).toContain(reason);
  });

  it('reads backslashes as separators, as some Windows tools write them', () => {
    expect(safeEntryPath('申报材料\\附件\\证明.pdf')).toBe('申报材料/附件/证明.pdf');
    expect(safeEntryPath('dir\\')).toBe('dir');
  });

  it('names the entry as the archive wrote it and says why in English too', () => {
    const refusal = refusalOf('..\\evil.txt');
    expect(refusal.entryPath).toBe('..\\evil.txt');
    expect(refusal.detailEn).toContain('".."');
  });

  it('drops "." and empty segments', () => {
    expect(safeEntryPath('./申报材料//申报书.docx')).toBe('申报材料/申报书.docx');
    expect(safeEntryPath('dir/')).toBe('dir');
    // Nothing left: the caller gives such an entry a name (build-materials).
    expect(safeEntryPath('.')).toBe('');
  });

  it('keeps names that merely contain dots', () => {
    expect(safeEntryPath('a..b/..c.pdf')).toBe('a..b/..c.pdf');
  });

  it('shows control characters escaped in messages', () => {
    expect(printableName('a\0b\nc')).toBe('a\\x00b\\x0ac');
    expect(refusalOf('a\0b').entryPath).toBe('a\\x00b');
  });

  it('reads extensions in lower case', () => {
    expect(extensionOf('a/推荐表.PDF')).toBe('pdf');
    expect(extensionOf('a/.hidden')).toBe('');
    expect(extensionOf('README')).toBe('');
  });
});
