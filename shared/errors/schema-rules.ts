/**
 * The rules our schemas state in their own words, each under a code with its Chinese and English.
 * A schema writes its message as `schemaRule(code)` (the Chinese, which the renderer shows as it
 * is when it checks a form with the same schema); when such a message comes back in a validation
 * error, `schemaRuleOf` finds its code again, so the error can be told in either language.
 */
const rules = {
  'sme-required': {
    zh: '遴选范围（四）或“专精特新”重点领域的申报单位须为中小企业',
    en: 'An applicant in scope (4) or in the specialised SME focus area must be an SME',
  },
  'sha256-format': {
    zh: 'sha256 须为 64 位小写十六进制',
    en: 'sha256 must be 64 lower-case hexadecimal digits',
  },
  'panel-id-format': {
    zh: '编号须为 1–32 位英文字母、数字、下划线或连字符',
    en: 'An id is 1–32 letters, digits, underscores or hyphens',
  },
  'panel-id-reserved': {
    zh: '编号不能是 Windows 保留名（CON、PRN、AUX、NUL、COM0–9、LPT0–9）',
    en: 'An id is not a name Windows reserves (CON, PRN, AUX, NUL, COM0–9, LPT0–9)',
  },
  'rubric-id-format': {
    zh: '编号须为 1–32 个小写字母、数字或连字符',
    en: 'An id is 1–32 lower-case letters, digits or hyphens',
  },
  'signing-key-format': {
    zh: '签名公钥须为 32 字节的 base64 编码',
    en: 'The signing key must be 32 bytes in base64',
  },
  'age-recipient-format': {
    zh: '加密公钥须为 age1 开头的 age 接收者',
    en: 'The encryption key must be an age recipient starting with age1',
  },
  'fingerprint-too-short': { zh: '指纹过短', en: 'The fingerprint is too short' },
  'fingerprint-too-long': { zh: '指纹过长', en: 'The fingerprint is too long' },
  'card-fingerprint-differs': {
    zh: '身份卡指纹与登记的指纹不一致',
    en: 'The card’s fingerprint differs from the registered one',
  },
  'other-conflict-needs-reason': {
    zh: '“其他”回避情形须说明理由',
    en: 'A conflict of kind “other” needs a reason',
  },
  'rubric-round-kind': {
    zh: '评分细则的轮次类型与评审轮次不一致',
    en: 'The rubric is for another kind of round',
  },
  'unit-id-format': {
    zh: '推荐单位编号须为 1–40 个小写字母、数字或连字符',
    en: 'A unit id is 1–40 lower-case letters, digits or hyphens',
  },
  'unit-name-empty': { zh: '推荐单位名称不能为空', en: 'A unit needs a name' },
  'unit-name-too-long': {
    zh: '推荐单位名称不能超过 60 个字符',
    en: 'A unit name has at most 60 characters',
  },
  'unit-name-whitespace': {
    zh: '推荐单位名称中不能含有空格或换行',
    en: 'A unit name has no spaces or line breaks',
  },
  'file-over-1-gib': { zh: '文件超过 1 GiB', en: 'The file is over 1 GiB' },
  // Rules of the group, committee, deliberation and objection schemas.
  'leader-also-member': {
    zh: '组长不应同时列为组员',
    en: 'The leader is not also listed as a member',
  },
  'members-repeated': { zh: '组员重复', en: 'A member is listed twice' },
  'chair-is-vice-chair': {
    zh: '主任委员与副主任委员不能为同一人',
    en: 'The chair and the vice-chair are two people',
  },
  'vote-once': { zh: '每位专家只能表决一次', en: 'Each expert votes once' },
  'objection-needs-findings': {
    zh: '作出结论前须填写调查核实情况',
    en: 'Record the findings of the investigation before the conclusion',
  },
  // Rules of the case manifest's roster and review readers (shared/case/manifest-roster-check.ts).
  'manifest-roster-inconsistent': {
    zh: '案卷清单中的评审名单与公钥不一致',
    en: 'The manifest’s roster and keys do not agree',
  },
  'manifest-readers-inconsistent': {
    zh: '案卷清单中的评审意见阅读范围与名单不一致',
    en: 'The manifest’s review readers do not agree with its roster',
  },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

export type SchemaRuleCode = keyof typeof rules;

/** The rule's Chinese words, for a schema's message. */
export function schemaRule(code: SchemaRuleCode): string {
  return rules[code].zh;
}

/** The rule in the given language. */
export function schemaRuleText(code: SchemaRuleCode, locale: 'zh-CN' | 'en'): string {
  return locale === 'zh-CN' ? rules[code].zh : rules[code].en;
}

const byWords: ReadonlyMap<string, SchemaRuleCode> = new Map(
  (Object.keys(rules) as SchemaRuleCode[]).map((code) => [rules[code].zh, code]),
);

/** The code of a schema message written with `schemaRule`, if it is one. */
export function schemaRuleOf(words: string): SchemaRuleCode | undefined {
  return byWords.get(words);
}

/** Every rule code, for tests. */
export const schemaRuleCodes = Object.keys(rules) as readonly SchemaRuleCode[];
