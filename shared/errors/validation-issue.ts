/**
 * Where a value broke its schema, as an error can carry it: the field's path (names and indexes,
 * never a value), and either our own rule or the kind of check the schema library made. The
 * library's own sentences never reach a user.
 */
import type { z } from 'zod';
import type { ErrorLocale } from './catalogue-entry';
import { schemaRuleOf, schemaRuleText } from './schema-rules';
import type { SchemaRuleCode } from './schema-rules';

/** The kinds of check the schema library makes itself, in words of our own. */
export type LibraryCheck =
  'type' | 'too-small' | 'too-big' | 'format' | 'not-allowed' | 'unknown-key' | 'invalid';

export type ValidationIssue =
  /** One of our rules (schema-rules.ts). */
  | { readonly path: string; readonly rule: SchemaRuleCode }
  /** Our own words that are not in the rule table, such as a check across fields with an id. */
  | { readonly path: string; readonly words: string }
  /** A check of the library's own (a type, a length, an enum). */
  | { readonly path: string; readonly check: LibraryCheck };

/** Marks the issues whose message the library would have written itself. */
const LIBRARY_WORDS = '\u0000library';

/**
 * Parse options that leave our own messages as they are and mark the library's: a schema's own
 * message wins over this per-parse one, so only the library's defaults carry the mark.
 */
export const ownWordsOnly = { error: () => LIBRARY_WORDS } as const;

const CHECKS: Readonly<Record<string, LibraryCheck>> = {
  invalid_type: 'type',
  too_small: 'too-small',
  too_big: 'too-big',
  invalid_format: 'format',
  invalid_value: 'not-allowed',
  unrecognized_keys: 'unknown-key',
};

/** The issues of a failed parse made with `ownWordsOnly`, at most `limit` of them. */
export function validationIssuesOf(error: z.ZodError, limit = 20): ValidationIssue[] {
  return error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.message === LIBRARY_WORDS) return { path, check: CHECKS[issue.code] ?? 'invalid' };
    const rule = schemaRuleOf(issue.message);
    return rule === undefined ? { path, words: issue.message } : { path, rule };
  });
}

const CHECK_WORDS: Readonly<Record<LibraryCheck, { zh: string; en: string }>> = {
  type: { zh: '类型不符', en: 'wrong type' },
  'too-small': { zh: '过短或过小', en: 'too short or too small' },
  'too-big': { zh: '过长或过大', en: 'too long or too large' },
  format: { zh: '格式不符', en: 'wrong format' },
  'not-allowed': { zh: '不是允许的取值', en: 'not an allowed value' },
  'unknown-key': { zh: '含有未知字段', en: 'unknown field' },
  invalid: { zh: '取值无效', en: 'invalid value' },
};

/** What is wrong, without the path. Our own words outside the table are Chinese only. */
export function issueText(issue: ValidationIssue, locale: ErrorLocale): string {
  if ('rule' in issue) return schemaRuleText(issue.rule, locale);
  if ('words' in issue) return issue.words;
  return locale === 'zh-CN' ? CHECK_WORDS[issue.check].zh : CHECK_WORDS[issue.check].en;
}

/** What is wrong and where: `path：rule`, or the rule alone at the root. */
export function issueWithPath(issue: ValidationIssue, locale: ErrorLocale): string {
  const text = issueText(issue, locale);
  if (issue.path === '') return text;
  return locale === 'zh-CN' ? `${issue.path}：${text}` : `${issue.path}: ${text}`;
}

/** True for the issues written in our own words (a rule or words), not the library's. */
export function isOwnWords(issue: ValidationIssue): boolean {
  return !('check' in issue);
}
