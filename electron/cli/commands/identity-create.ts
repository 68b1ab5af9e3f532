import { access } from 'node:fs/promises';
import { createIdentity } from '../../core/identity/create-identity';
import { IDENTITY_ROLES } from '../../core/identity/identity-card';
import type { IdentityRole } from '../../core/identity/identity-card';
import { writeFileAtomic } from '../../core/storage/atomic-write';
import { usageError, CliError } from '../cli-error';
import { stringOption } from '../command';
import type { Command } from '../command';
import { readPassphrase } from '../passphrase';

export const identityCreate: Command = {
  words: ['identity', 'create'],
  summary: '创建身份（签名与加密密钥，口令保护） / create an identity',
  help: `用法: qbreview identity create --name 姓名 --organisation 单位 --role 角色 --out 文件.qbid
  --name NAME              姓名 / name
  --organisation ORG       所在单位 / organisation
  --region REGION          所在地区（可选） / region (optional)
  --role ROLE              ${IDENTITY_ROLES.join(' | ')}
  --out FILE               身份文件（.qbid），已存在则拒绝覆盖 / identity file; never overwritten
  --passphrase-file FILE   从文件读取新口令 / read the new passphrase from a file
  --work-factor N          scrypt 强度 log2(N)，默认 18，范围 14–20 / scrypt log2 N, 18 by default`,
  options: {
    name: { type: 'string' },
    organisation: { type: 'string' },
    region: { type: 'string' },
    role: { type: 'string' },
    out: { type: 'string' },
    'passphrase-file': { type: 'string' },
    'work-factor': { type: 'string' },
  },
  async run(context, args) {
    const name = stringOption(args, 'name');
    const organisation = stringOption(args, 'organisation');
    const role = stringOption(args, 'role');
    const out = stringOption(args, 'out');
    if (!name || !organisation || !role || !out) {
      throw usageError('需要 --name、--organisation、--role 和 --out。');
    }
    if (!(IDENTITY_ROLES as readonly string[]).includes(role)) {
      throw usageError(`--role 须为 ${IDENTITY_ROLES.join('、')} 之一。`);
    }
    const workFactor = Number(stringOption(args, 'work-factor') ?? 18);
    if (!Number.isInteger(workFactor) || workFactor < 14 || workFactor > 20) {
      throw usageError('--work-factor 须为 14 到 20 之间的整数。');
    }
    const exists = await access(out).then(
      () => true,
      () => false,
    );
    if (exists) throw new CliError(`文件已存在，未覆盖：${out}`);
    const passphrase = await readPassphrase(context.io, {
      file: stringOption(args, 'passphrase-file'),
      prompt: '新身份口令',
      confirm: true,
    });
    const region = stringOption(args, 'region');
    const { identity, file } = await createIdentity(
      { name, organisation, role: role as IdentityRole, ...(region ? { region } : {}) },
      passphrase,
      { scryptLogN: workFactor },
    );
    await writeFileAtomic(out, file);
    context.say(`已创建身份：${out}`);
    context.say(`指纹 / fingerprint: ${identity.card.fingerprint}`);
    return { file: out, fingerprint: identity.card.fingerprint, card: identity.card };
  },
};
