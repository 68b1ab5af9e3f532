/**
 * The names the identity service offers for the files it writes where the person chooses: the
 * card by the person's name, a backup by the fingerprint. Both are plain names, never paths.
 */
import type { IdentityCard } from './identity-card';

/** Characters some file system refuses in a name. */
const UNSAFE = /[\\/:*?"<>|]/g;

/** "身份卡-张三-7KQ2-M9TX-PA4R-3HVN.json": what the office receives and registers. */
export function cardFileName(card: Pick<IdentityCard, 'name' | 'fingerprint'>): string {
  const name = [...card.name]
    .map((c) => (c < ' ' || c === '\u007f' ? '_' : c))
    .join('')
    .replace(UNSAFE, '_')
    .trim()
    .slice(0, 40);
  return `身份卡-${name === '' ? '' : `${name}-`}${card.fingerprint}.json`;
}

/** "身份备份-7KQ2-M9TX-PA4R-3HVN.qbid": the encrypted identity file, as it is. */
export function backupFileName(fingerprint: string): string {
  return `身份备份-${fingerprint}.qbid`;
}
