import { describe, expect, it } from 'vitest';
import { AppError, isAppError, wireErrorOf } from '../../../shared/errors';

describe('AppError', () => {
  it('carries a code and its parameters, and words its message from the catalogue', () => {
    const error = new AppError('rolled-back', { found: 3, highest: 4 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AppError');
    expect(error.code).toBe('rolled-back');
    expect(error.params).toEqual({ found: 3, highest: 4 });
    expect(error.message).toMatch(
      /^案卷状态被回退：文件夹中是第 3 版，本机已见过第 4 版。.*\/ The workspace/,
    );
    expect(error.toData()).toEqual({ code: 'rolled-back', params: { found: 3, highest: 4 } });
  });

  it('takes no parameters where the code has none, and keeps a detail apart from the words', () => {
    const error = new AppError('tampered', undefined, 'chunk 3 fails authentication');
    expect(error.params).toEqual({});
    expect(error.detail).toBe('chunk 3 fails authentication');
    expect(error.message).toMatch(/\(chunk 3 fails authentication\)$/);
    expect(error.toData()).toEqual({ code: 'tampered', params: {} });
  });

  it('is recognised by code', () => {
    const error = new AppError('truncated');
    expect(isAppError(error)).toBe(true);
    expect(isAppError(error, 'truncated', 'tampered')).toBe(true);
    expect(isAppError(error, 'tampered')).toBe(false);
    expect(isAppError(Object.assign(new Error('x'), { code: 'truncated' }))).toBe(false);
  });
});

describe('wireErrorOf', () => {
  it('gives the kind as code, the typed reason, and the message in both languages', () => {
    expect(wireErrorOf({ code: 'office-not-open', params: {} })).toEqual({
      code: 'not-found',
      reason: { code: 'office-not-open', params: {} },
      message: '尚未打开办公室案卷。/ No office workspace is open.',
    });
  });

  it('carries the issues of invalid input', () => {
    const wire = wireErrorOf(
      { code: 'invalid-input', params: { channel: 'office:setDeadline', issues: [] } },
      ['year: invalid_type'],
    );
    expect(wire).toMatchObject({ code: 'invalid-input', issues: ['year: invalid_type'] });
    expect(wire.message).toBe(
      '请求的数据无效（office:setDeadline）。/ Invalid input for office:setDeadline.',
    );
  });
});
