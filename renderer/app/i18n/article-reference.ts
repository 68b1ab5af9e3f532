/** "第十五条、第十九条" in Chinese, "Art. 15, 19" in English, for the articles of the regulation. */
import type { Locale } from './locale';

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numerals for 1–99, as article numbers are written (十五, 二十一). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`No article ${n}`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${digits[tens]}十`;
  return tensPart + (units === 0 ? '' : digits[units]!);
}

export function formatArticles(locale: Locale, articles: readonly number[]): string {
  if (locale === 'zh-CN') return articles.map((n) => `第${chineseNumeral(n)}条`).join('、');
  return `Art. ${articles.join(', ')}`;
}
