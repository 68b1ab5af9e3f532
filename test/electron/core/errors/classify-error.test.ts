import { describe, expect, it } from 'vitest';
import { classifyError, errorClassOf } from '../../../../electron/core/errors/classify-error';
import { AppError } from '../../../../shared/errors';

const PATH = '/home/专家/某公司申报材料/推荐表.pdf';

function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: no such file or directory, open '${PATH}'`), {
    code,
    path: PATH,
    syscall: 'open',
  });
}

describe('classifyError', () => {
  it('keeps an AppError as it is', () => {
    expect(
      classifyError(new AppError('rolled-back', { found: 3, highest: 4 }), 'office:open'),
    ).toEqual({ code: 'rolled-back', params: { found: 3, highest: 4 } });
  });

  it.each([
    ['ENOENT', 'file-not-found'],
    ['ENOTDIR', 'file-not-found'],
    ['ENOSPC', 'disk-full'],
    ['EACCES', 'permission-denied'],
    ['EPERM', 'permission-denied'],
    ['EROFS', 'permission-denied'],
  ])('tells %s as %s, without the path', (code, expected) => {
    const reason = classifyError(systemError(code), 'office:seal');
    expect(reason).toEqual({ code: expected, params: {} });
    expect(JSON.stringify(reason)).not.toContain('推荐表');
  });

  it('makes anything else internal, naming the channel only', () => {
    expect(classifyError(new Error(`disk on fire at ${PATH}`), 'office:seal')).toEqual({
      code: 'internal',
      params: { channel: 'office:seal' },
    });
    expect(classifyError(new TypeError('x is undefined'))).toEqual({
      code: 'internal',
      params: {},
    });
    expect(classifyError('a thrown string')).toEqual({ code: 'internal', params: {} });
    // An object that only looks like a file-system error is not taken for one.
    expect(classifyError({ code: 'ENOENT' })).toEqual({ code: 'internal', params: {} });
  });
});

describe('errorClassOf', () => {
  it('names the class, never the message', () => {
    expect(errorClassOf(new TypeError(PATH))).toBe('TypeError');
    expect(errorClassOf(new AppError('tampered'))).toBe('AppError');
    expect(errorClassOf(PATH)).toBe('string');
  });
});
