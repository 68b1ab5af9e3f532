import { readFile } from 'node:fs/promises';
import { unlockIdentity } from '../../core/identity/identity-file';
import { writeFileAtomic } from '../../core/storage/atomic-write';
import { usageError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import { readPassphrase } from '../passphrase';

export const identityCard: Command = {
  words: ['identity', 'card'],
  summary: '导出公开身份卡（自签名），供办公室登记 / export the self-signed identity card',
  help: `用法: qbreview identity card 身份文件.qbid [--out 身份卡.json] [--passphrase-file FILE]
  导出前须以口令解锁身份：身份卡取自解锁后的密钥并由其签名，他人改不了卡上的姓名、单位与地区。
  请把指纹当面或电话告诉办公室，办公室登记时要核对。
  --out FILE               写入身份卡文件；否则打印到屏幕 / write the card to a file, else print it
  --passphrase-file FILE   身份口令文件；否则读 QBREVIEW_PASSPHRASE 或在终端输入`,
  options: { out: { type: 'string' }, 'passphrase-file': { type: 'string' } },
  async run(context, args) {
    const [file] = args.positionals;
    if (!file) throw usageError('需要身份文件路径。');
    const bytes = await readFile(file);
    const passphrase = await readPassphrase(context.io, {
      file: stringOption(args, 'passphrase-file'),
      prompt: '身份口令',
    });
    // The card of the unlocked identity, never the file's clear copy: whoever could write the
    // file could have put their own keys there under this person's name.
    const { card } = await unlockIdentity(bytes, passphrase);
    const out = stringOption(args, 'out');
    if (out) {
      await writeFileAtomic(out, `${JSON.stringify(card, null, 2)}\n`);
      context.say(`已写入身份卡：${out}`);
    } else if (!context.json) {
      context.say(JSON.stringify(card, null, 2));
    }
    context.say(`${card.name}（${card.organisation}） 指纹 / fingerprint: ${card.fingerprint}`);
    context.say('请把指纹当面或电话告诉办公室核对。/ Read this fingerprint to the office.');
    return { card, ...(out ? { file: out } : {}) };
  },
};
