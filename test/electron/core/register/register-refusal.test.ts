/** A refusal from the isolated worker is re-made only from a code and parameters it may send. */
import { describe, expect, it } from 'vitest';
import {
  isRegisterFileError,
  registerRefusalFrom,
} from '../../../../electron/core/register/register-file-error';
import { AppError } from '../../../../shared/errors';

describe('registerRefusalFrom', () => {
  it('re-makes a refusal the worker may send', () => {
    const error = registerRefusalFrom('zip-bomb', { part: 'xl/worksheets/sheet1.xml' });
    expect(error).toBeInstanceOf(AppError);
    expect(error?.toData()).toEqual({
      code: 'zip-bomb',
      params: { part: 'xl/worksheets/sheet1.xml' },
    });
    expect(isRegisterFileError(error)).toBe(true);
    expect(registerRefusalFrom('too-large', { fileBytes: 2, limitBytes: 1 })?.code).toBe(
      'too-large',
    );
  });

  it.each([
    ['a code of another family', 'rolled-back', { found: 1, highest: 2 }],
    ['the parent’s own code', 'register-reader-failed', { ended: true }],
    ['an unknown code', 'toString', {}],
    ['prose in place of parameters', 'empty', { message: '/home/x/登记表.xlsx' }],
    ['a part name too long to be one', 'zip-bomb', { part: 'x'.repeat(300) }],
    ['a figure that is no count', 'too-large', { fileBytes: -1, limitBytes: 1 }],
    ['no parameters at all', 'encrypted', undefined],
  ])('refuses %s', (_label, code, params) => {
    expect(registerRefusalFrom(code, params)).toBeNull();
  });
});
