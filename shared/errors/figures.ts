/** How figures and lists read inside an error message, in each language. */
import type { ErrorLocale } from './catalogue-entry';

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

/** A size as people read it: 1 GiB, 1.5 MiB, 512 字节 / 512 bytes. */
export function byteSize(bytes: number, locale: ErrorLocale): string {
  if (bytes >= GiB) return `${(bytes / GiB).toFixed(bytes % GiB === 0 ? 0 : 1)} GiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(bytes % MiB === 0 ? 0 : 1)} MiB`;
  return locale === 'zh-CN' ? `${bytes} 字节` : `${bytes} bytes`;
}

/** Items in a row: 甲、乙、丙 / a, b, c. */
export function listOf(items: readonly (string | number)[], locale: ErrorLocale): string {
  return items.join(locale === 'zh-CN' ? '、' : ', ');
}
