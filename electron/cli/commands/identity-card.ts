import { readFile } from 'node:fs/promises';
import { readIdentityFileCard } from '../../core/identity/identity-file';
import { writeFileAtomic } from '../../core/storage/atomic-write';
import { usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';

export const identityCard: Command = {
  words: ['identity', 'card'],
  summary: '导出公开身份卡，供办公室登记 / export the public identity card',
  help: `用法: qbreview identity card 身份文件.qbid [--out 身份卡.json]
  --out FILE   写入身份卡文件；否则打印到屏幕 / write the card to a file, else print it`,
  options: { out: { type: 'string' } },
  async run(context, args) {
    const [file] = args.positionals;
    if (!file) throw usageError('需要身份文件路径。');
    // The card is the identity file's public part: no passphrase needed to export it.
    const card = readIdentityFileCard(await readFile(file));
    const out = stringOption(args, 'out');
    if (out) {
      await writeFileAtomic(out, `${JSON.stringify(card, null, 2)}\n`);
      context.say(`已写入身份卡：${out}`);
    } else if (!context.json) {
      context.say(JSON.stringify(card, null, 2));
    }
    context.say(`${card.name}（${card.organisation}） 指纹 / fingerprint: ${card.fingerprint}`);
    return { card, ...(out ? { file: out } : {}) };
  },
};
