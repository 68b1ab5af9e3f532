import { describe, expect, it } from 'vitest';
import {
  bilingualErrorText,
  errorCodes,
  errorKindOf,
  errorText,
  isErrorCode,
} from '../../../shared/errors';
import type { AppErrorData, ErrorCode } from '../../../shared/errors';
import { sampleParams } from './error-samples';

const CJK = /[\u4e00-\u9fff]/;
const data = (code: ErrorCode) => ({ code, params: sampleParams[code] }) as AppErrorData;

/** The strings a code's sample parameters hold (names are Chinese in either language). */
function paramStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(paramStrings);
}

describe('the error catalogue', () => {
  it('words every code in Chinese and in English', () => {
    expect(errorCodes.length).toBe(Object.keys(sampleParams).length);
    for (const code of errorCodes) {
      expect(errorText(data(code), 'zh-CN'), code).toMatch(CJK);
      const english = errorText(data(code), 'en');
      expect(english, code).toMatch(/[A-Za-z]{2}/);
      // Only the parameters (a name) and the register's column as it prints it stay Chinese.
      const own = paramStrings(sampleParams[code]).reduce((t, p) => t.split(p).join(''), english);
      if (code !== 'no-header') expect(own, code).not.toMatch(CJK);
    }
  });

  it('gives every code its own words', () => {
    const zh = new Set(errorCodes.map((code) => errorText(data(code), 'zh-CN')));
    const en = new Set(errorCodes.map((code) => errorText(data(code), 'en')));
    expect(zh.size).toBe(errorCodes.length);
    expect(en.size).toBe(errorCodes.length);
  });

  it('puts the parameters in the words', () => {
    const rolledBack = { code: 'rolled-back', params: { found: 12, highest: 15 } } as const;
    expect(errorText(rolledBack, 'zh-CN')).toContain('文件夹中是第 12 版，本机已见过第 15 版');
    expect(errorText(rolledBack, 'en')).toContain(
      'the folder holds generation 12, this machine has seen generation 15',
    );
    expect(errorText({ code: 'group-not-found', params: { groupId: 'g9' } }, 'en')).toBe(
      'No such group: g9.',
    );
  });

  it('writes both languages on one line, Chinese first', () => {
    expect(bilingualErrorText({ code: 'wrong-passphrase', params: {} })).toBe(
      '口令不正确。/ The passphrase is wrong.',
    );
    // A Chinese clause without a full stop keeps a space before the slash.
    expect(bilingualErrorText({ code: 'unsupported-format', params: { found: 'pdf' } })).toBe(
      '不是 CSV 或 XLSX 文件（是PDF） / not a CSV or XLSX file (it is a PDF)',
    );
  });

  it('keeps the kinds the renderer has always branched on', () => {
    expect(errorKindOf('office-not-open')).toBe('not-found');
    expect(errorKindOf('not-chosen')).toBe('not-found');
    expect(errorKindOf('not-office-identity')).toBe('conflict');
    expect(errorKindOf('units-repeated')).toBe('conflict');
    expect(errorKindOf('rolled-back')).toBe('refused');
    expect(errorKindOf('invalid-input')).toBe('invalid-input');
    expect(errorKindOf('internal')).toBe('internal');
  });

  it('knows its codes and nothing else', () => {
    expect(isErrorCode('rolled-back')).toBe(true);
    for (const other of ['toString', '__proto__', 'constructor', 'Rolled-back', 42, null]) {
      expect(isErrorCode(other)).toBe(false);
    }
  });
});
