import {
  scopeCategories,
  type FocusArea,
  type ScopeCategory,
} from '../../../shared/domain/application';

/** A cell read as a value: absent (empty cell), the value, or not understood. */
export type CellReading<T> =
  | { readonly kind: 'absent' }
  | { readonly kind: 'value'; readonly value: T }
  | { readonly kind: 'invalid' };

const ABSENT = { kind: 'absent' } as const;
const INVALID = { kind: 'invalid' } as const;
const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六'];

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * A leading item number: '1', '（一）', '(1)', '第一项', '一、…', '1.…'. Null when the text does
 * not start with one, or starts with a longer number ('12').
 */
function leadingNumber(text: string): number | null {
  const match = /^第?\(?([1-9]|[一二三四五六七八九])\)?(?:项|类)?(?=$|[^\d])/.exec(text);
  const token = match?.[1];
  if (token === undefined) return null;
  const numeral = CHINESE_NUMERALS.indexOf(token);
  return numeral >= 0 ? numeral + 1 : /^\d$/.test(token) ? Number(token) : null;
}

/**
 * 遴选范围 (Article 10): an item number ('（一）', '1', '一') or the item's label or the start of
 * its wording ('专精特新中小企业', '企业运用大数据…').
 */
export function readScope(cell: string): CellReading<ScopeCategory> {
  const text = compact(cell);
  if (text === '') return ABSENT;
  const number = leadingNumber(text);
  if (number !== null) return number <= 6 ? { kind: 'value', value: number } : INVALID;
  const category = scopeCategories.find(
    (s) => text.includes(compact(s.zh)) || text.startsWith(compact(s.article).slice(0, 10)),
  );
  return category ? { kind: 'value', value: category.id } : INVALID;
}

/** 重点领域 (notice 一.(一)): 1 / 产业基础 words, 2 / 专精特新, or none ('无', '否', '—'). */
export function readFocusArea(cell: string): CellReading<FocusArea> {
  const text = compact(cell);
  if (text === '') return ABSENT;
  if (/^(?:无|否|非重点领域|不属于|不涉及|—+|-+|\/)$/.test(text))
    return { kind: 'value', value: 'none' };
  const number = leadingNumber(text);
  if (number === 1 || /基础/.test(text)) return { kind: 'value', value: 'key-basics' };
  if (number === 2 || /专精特新/.test(text)) return { kind: 'value', value: 'specialized-sme' };
  return INVALID;
}

/** 是否中小企业: 是/否, Y/N, yes/no, true/false, 1/0, √/×. */
export function readYesNo(cell: string): CellReading<boolean> {
  const text = compact(cell).toLowerCase();
  if (text === '') return ABSENT;
  if (
    /^(?:y|yes|true|1|√|✓|✔)$/.test(text) ||
    (text.startsWith('是') && !text.startsWith('是否'))
  ) {
    return { kind: 'value', value: true };
  }
  if (/^(?:n|no|false|0|×|✗|✘)$/.test(text) || /^(?:否|不是|非)/.test(text)) {
    return { kind: 'value', value: false };
  }
  return INVALID;
}

/** A free-text cell: NFC, line breaks inside the cell removed, trimmed; null when empty. */
export function readText(cell: string): string | null {
  const text = cell
    .normalize('NFC')
    .replace(/\s*[\r\n]+\s*/g, '')
    .trim();
  return text === '' ? null : text;
}
