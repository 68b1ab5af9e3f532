import type { FeatureMessages } from '../../app/i18n/use-messages';

type Key =
  | 'title'
  | 'rounds'
  | 'noRound'
  | 'problems.title'
  | 'problems.none'
  | 'problems.blocking'
  | 'problems.warning'
  | 'recipients.title'
  | 'recipients.none'
  | 'col.expert'
  | 'col.seats'
  | 'col.applications'
  | 'col.conflicts'
  | 'col.file'
  | 'col.fingerprint'
  | 'col.materials'
  | 'col.size'
  | 'count'
  | 'pass.title'
  | 'pass.hint'
  | 'pass.first'
  | 'pass.second'
  | 'pass.mismatch'
  | 'seal'
  | 'seal.hint'
  | 'seal.blocked'
  | 'seal.busy'
  | 'report.title'
  | 'report.folder'
  | 'report.office'
  | 'report.tell'
  | 'report.warnings'
  | 'report.passphrase';

export const sealMessages: FeatureMessages<Key> = {
  'zh-CN': {
    title: '封装分发',
    rounds: '评审轮次',
    noRound: '案卷中还没有评审轮次。',
    'problems.title': '封装前检查',
    'problems.none': '未发现问题，可以封装。',
    'problems.blocking': '须先解决',
    'problems.warning': '提醒',
    'recipients.title': '将为以下 {count} 人各封装一份案卷',
    'recipients.none': '尚无可封装的人员：请先指定主任委员、建立专业组。',
    'col.expert': '专家',
    'col.seats': '席位',
    'col.applications': '申报经验',
    'col.conflicts': '回避的申报',
    'col.file': '文件',
    'col.fingerprint': '专家指纹',
    'col.materials': '材料',
    'col.size': '大小',
    count: '{count} 项',
    'pass.title': '案卷口令（可选）',
    'pass.hint':
      '设置后，每份案卷也可用此口令打开；请通过与案卷不同的渠道告知专家。不设则只能用专家本人的身份打开。',
    'pass.first': '口令',
    'pass.second': '再次输入',
    'pass.mismatch': '两次输入的口令不一致',
    seal: '封装…',
    'seal.hint': '点击后选择保存案卷的文件夹。',
    'seal.blocked': '请先解决上方标红的问题。',
    'seal.busy': '正在封装案卷',
    'report.title': '封装完成：{count} 份案卷',
    'report.folder': '已保存到文件夹“{folder}”。',
    'report.office': '办公室指纹',
    'report.tell': '请将办公室指纹告知专家，用于核对案卷签名',
    'report.warnings': '提醒',
    'report.passphrase': '各案卷另可用所设口令打开。',
  },
  en: {
    title: 'Seal & distribute',
    rounds: 'Rounds',
    noRound: 'The case has no round yet.',
    'problems.title': 'Checks before sealing',
    'problems.none': 'No problems: ready to seal.',
    'problems.blocking': 'Must fix',
    'problems.warning': 'Note',
    'recipients.title': 'One package each for these {count} people',
    'recipients.none': 'Nobody to seal for yet: appoint the chair and form groups first.',
    'col.expert': 'Expert',
    'col.seats': 'Seats',
    'col.applications': 'Applications',
    'col.conflicts': 'Excluded (conflict)',
    'col.file': 'File',
    'col.fingerprint': 'Expert fingerprint',
    'col.materials': 'Materials',
    'col.size': 'Size',
    count: '{count}',
    'pass.title': 'Package passphrase (optional)',
    'pass.hint':
      "Each package also opens with this passphrase; tell experts by another channel. Without one, only the expert's own identity opens it.",
    'pass.first': 'Passphrase',
    'pass.second': 'Repeat',
    'pass.mismatch': 'The passphrases differ',
    seal: 'Seal…',
    'seal.hint': 'You choose the output folder next.',
    'seal.blocked': 'Fix the problems marked in red first.',
    'seal.busy': 'Sealing the packages',
    'report.title': 'Sealed: {count} packages',
    'report.folder': 'Saved in folder "{folder}".',
    'report.office': 'Office fingerprint',
    'report.tell': 'Tell the experts the office fingerprint so they can check the signature',
    'report.warnings': 'Notes',
    'report.passphrase': 'Each package also opens with the passphrase set.',
  },
};
