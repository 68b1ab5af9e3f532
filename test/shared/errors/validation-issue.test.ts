import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { AppError, errorText, parseOrThrow, schemaRule } from '../../../shared/errors';
import { schemaRuleCodes, schemaRuleOf } from '../../../shared/errors/schema-rules';
import { ownWordsOnly, validationIssuesOf } from '../../../shared/errors/validation-issue';

const Schema = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, schemaRule('sha256-format')),
  count: z.number().int().min(1),
  note: z.string().refine((s) => !s.includes('!'), '不能含有感叹号'),
});

function issuesFor(value: unknown) {
  const parsed = Schema.safeParse(value, ownWordsOnly);
  if (parsed.success) throw new Error('expected a failure');
  return validationIssuesOf(parsed.error);
}

describe('validation issues', () => {
  it('keeps our own rules by code, our other words as they are, and the library by kind only', () => {
    expect(issuesFor({ sha256: 'XYZ', count: 0, note: '秘密!' })).toEqual([
      { path: 'sha256', rule: 'sha256-format' },
      { path: 'count', check: 'too-small' },
      { path: 'note', words: '不能含有感叹号' },
    ]);
    expect(issuesFor({ sha256: 'a'.repeat(64), count: 'x', note: '', extra: 1 })).toEqual([
      { path: 'count', check: 'type' },
      { path: '', check: 'unknown-key' },
    ]);
  });

  it('finds every rule again from its Chinese words, which are all different', () => {
    for (const code of schemaRuleCodes) expect(schemaRuleOf(schemaRule(code))).toBe(code);
    expect(schemaRuleOf('不是规则')).toBeUndefined();
  });
});

describe('parseOrThrow', () => {
  it('returns the parsed value', () => {
    expect(parseOrThrow(z.number(), 3, 'date')).toBe(3);
  });

  it('throws invalid-value naming what and where, in either language, never the value', () => {
    const secret = '保密的申报单位';
    let caught: unknown;
    try {
      parseOrThrow(Schema, { sha256: secret, count: 2, note: '' }, 'material');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError<'invalid-value'>;
    expect(error.code).toBe('invalid-value');
    expect(error.message).toContain('材料无效：sha256：sha256 须为 64 位小写十六进制');
    expect(errorText(error.toData(), 'en')).toBe(
      'The material is invalid: sha256: sha256 must be 64 lower-case hexadecimal digits',
    );
    expect(JSON.stringify(error.toData())).not.toContain(secret);
    expect(error.message).not.toContain(secret);
  });

  it('names whose value it was', () => {
    expect(() => parseOrThrow(z.string().min(1), '', 'expert', '张三')).toThrow(
      '专家 张三 无效：过短或过小',
    );
    expect(() => parseOrThrow(z.string().min(1), '', 'card', '张三')).toThrow(
      '张三的身份卡无效：过短或过小',
    );
  });
});
