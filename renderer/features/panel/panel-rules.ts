/**
 * Small pure rules of the panel screen: the next free id, lists typed with Chinese or Latin
 * separators, the role a card suggests. Cards themselves are read and verified in main.
 */
import type { Application } from '../../../shared/domain/application';
import { ExpertRoleSchema, type ExpertRole } from '../../../shared/domain/expert';

/** The longest card text the office:previewCard and office:registerExpert channels accept. */
export const MAX_CARD_CHARS = 20_000;

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
