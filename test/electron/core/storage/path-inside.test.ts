import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldersOverlap, pathInside } from '../../../../electron/core/storage/path-inside';
import { AppError } from '../../../../shared/errors';

describe('pathInside', () => {
  it('joins a plain file name', () => {
    expect(pathInside('/tmp/out', 'e01.qbcase')).toBe(resolve('/tmp/out/e01.qbcase'));
    expect(pathInside('/tmp/out', '口令单-e01.docx')).toBe(resolve('/tmp/out/口令单-e01.docx'));
  });

  it.each(['../../x.qbcase', '../x', 'a/b.qbcase', 'a\\b.qbcase', '/etc/passwd', '.', '..', ''])(
    'refuses %j',
    (name) => {
      expect(() => pathInside('/tmp/out', name)).toThrow(AppError);
      expect(() => pathInside('/tmp/out', name)).toThrow('文件名超出了所选文件夹');
    },
  );
});

describe('foldersOverlap', () => {
  it('is true for the same folder and for one inside the other, either way', () => {
    expect(foldersOverlap('/a/b', '/a/b/')).toBe(true);
    expect(foldersOverlap('/a/b', join('/a/b', 'c'))).toBe(true);
    expect(foldersOverlap('/a/b/c', '/a/b')).toBe(true);
    expect(foldersOverlap('/a/b', '/a/bc')).toBe(false);
    expect(foldersOverlap('/a/b', '/a/c')).toBe(false);
  });
});
