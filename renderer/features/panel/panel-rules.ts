/**
 * Small pure rules of the panel screen: the next free id, lists typed with Chinese or Latin
 * separators, and a first look at an identity card before main checks it for real.
 */
import type { Application } from '../../../shared/domain/application';
import { ExpertRoleSchema, type ExpertRole } from '../../../shared/domain/expert';
import { ExpertCardSchema, type ExpertCard } from '../../../shared/office/expert-card';

/** The first `prefix` + two-digit number not taken: e01, e02… */
export function nextFreeId(prefix: string, taken: readonly string[]): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `${prefix}${String(n).padStart(2, '0')}`;
    if (!used.has(id)) return id;
  }
}

/** "卓越绩效、精益，六西格玛" → three entries: commas (either width), 、 and semicolons split. */
export function splitList(text: string): string[] {
  const items = text
    .split(/[,，、;；\n]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}

export type CardPreview =
  | { readonly ok: true; readonly text: string; readonly card: ExpertCard }
  | { readonly ok: false; readonly message: string };

/** Reads a card's JSON for display; main parses and verifies it again when registering. */
export function previewCard(text: string): CardPreview {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: '文件不是 JSON 格式的身份卡' };
  }
  const parsed = ExpertCardSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join('；') };
  }
  return { ok: true, text, card: parsed.data };
}

/** The panel role a card suggests: its own role when it is one, else member. */
export function roleFromCard(role: string): ExpertRole {
  const parsed = ExpertRoleSchema.safeParse(role);
  return parsed.success ? parsed.data : 'member';
}

/** "2026001 华东精密轴承有限公司": how the office names an application in lists. */
export function applicationLabel(a: Pick<Application, 'applicationNo' | 'applicantName'>): string {
  return `${a.applicationNo} ${a.applicantName}`;
}

/** 第一专业组 … 第十专业组, then digits. */
export function defaultGroupName(n: number): string {
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  return `第${numerals[n - 1] ?? String(n)}专业组`;
}
