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
  | 'recipients.sealed'
  | 'col.expert'
  | 'col.seats'
  | 'col.applications'
  | 'col.conflicts'
  | 'col.issued'
  | 'col.action'
  | 'col.sequence'
  | 'col.file'
  | 'col.materials'
  | 'col.size'
  | 'col.passphrase'
  | 'count'
  | 'issued.sequence'
  | 'issued.none'
  | 'pass.title'
  | 'pass.option'
  | 'pass.hint'
  | 'seal'
  | 'seal.again'
  | 'seal.hint'
  | 'seal.againHint'
  | 'seal.blocked'
  | 'seal.busy'
  | 'report.title'
  | 'report.reissued'
  | 'report.folder'
  | 'report.office'
  | 'report.tell'
  | 'report.warnings'
  | 'report.noPassphrase'
  | 'report.once'
  | 'report.onceDetail'
  | 'report.newest'
  | 'slips.title'
  | 'slips.explain'
  | 'slips.warning'
  | 'slips.save'
  | 'slips.busy'
  | 'slips.saved'
  | 'reissue.open'
  | 'reissue.title'
  | 'reissue.explain'
  | 'reissue.note'
  | 'reissue.notePlaceholder'
  | 'reissue.withPassphrase'
  | 'reissue.submit'
  | 'reissue.cancel'
  | 'reissue.busy';

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
    'recipients.sealed': '本轮已封装的 {count} 人',
    'col.expert': '专家',
    'col.seats': '席位',
    'col.applications': '申报经验',
    'col.conflicts': '回避的申报',
    'col.issued': '已发放',
    'col.action': '操作',
    'col.sequence': '序号',
    'col.file': '文件',
    'col.materials': '材料',
    'col.size': '大小',
    'col.passphrase': '口令',
    count: '{count} 项',
    'issued.sequence': '第 {sequence} 份',
    'issued.none': '未发放',
    'pass.title': '案卷包口令',
    'pass.option': '每份案卷包另设独立口令（随机生成）',
    'pass.hint':
      '勾选后，每份案卷包除可用专家本人的身份打开外，还可用为它单独随机生成的口令打开。每个口令只能打开这一份案卷包，封装后只显示一次，可保存为口令单，须与案卷包分开交付。不勾选则只能用专家本人的身份打开。',
    seal: '封装…',
    'seal.again': '全部重新封装…',
    'seal.hint': '点击后选择保存案卷的文件夹。',
    'seal.againHint': '本轮已封装。只为个别专家补发时，请用上表中的“重新签发…”。',
    'seal.blocked': '请先解决上方标红的问题。',
    'seal.busy': '正在封装案卷',
    'report.title': '封装完成：{count} 份案卷',
    'report.reissued': '已重新签发：{name}（{id}）的第 {sequence} 份案卷',
    'report.folder': '已保存到文件夹“{folder}”。',
    'report.office': '办公室指纹',
    'report.tell': '请将办公室指纹告知专家，用于核对案卷签名',
    'report.warnings': '提醒',
    'report.noPassphrase': '这些案卷包没有另设口令，只能用专家本人的身份打开。',
    'report.once': '口令只在此显示一次',
    'report.onceDetail':
      '软件不保存口令：离开本页或关闭案卷后将无法再次查看，只能重新签发。请现在保存口令单或抄录。每个口令只能打开对应的一份案卷包，须与案卷包分开交付。',
    'report.newest': '专家应使用序号最大的一份；之前的案卷包作废。',
    'slips.title': '口令单',
    'slips.explain': '每人一页 Word 文件，含其案卷包口令，可打印后交付。',
    'slips.warning':
      '口令单是明文：请保存到与案卷包不同的文件夹（例如另一个 U 盘），不要与案卷包经同一渠道发送；打印交付后请删除。',
    'slips.save': '保存口令单…',
    'slips.busy': '正在保存口令单',
    'slips.saved': '已将 {count} 份口令单保存到文件夹“{folder}”：',
    'reissue.open': '重新签发…',
    'reissue.title': '为 {name}（{id}）重新签发案卷包',
    'reissue.explain':
      '按案卷当前状态（如新登记的回避）为此人重新封装一份，序号为第 {sequence} 份；其他人的案卷包不变。',
    'reissue.note': '原因',
    'reissue.notePlaceholder': '如：新发现回避情形、口令单遗失、替换专家',
    'reissue.withPassphrase': '另设独立口令（随机生成）',
    'reissue.submit': '重新签发…',
    'reissue.cancel': '取消',
    'reissue.busy': '正在重新签发案卷包',
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
    'recipients.sealed': 'This round is sealed for these {count} people',
    'col.expert': 'Expert',
    'col.seats': 'Seats',
    'col.applications': 'Applications',
    'col.conflicts': 'Excluded (conflict)',
    'col.issued': 'Issued',
    'col.action': 'Action',
    'col.sequence': 'No.',
    'col.file': 'File',
    'col.materials': 'Materials',
    'col.size': 'Size',
    'col.passphrase': 'Passphrase',
    count: '{count}',
    'issued.sequence': 'package {sequence}',
    'issued.none': 'not issued',
    'pass.title': 'Package passphrases',
    'pass.option': 'Give each package its own passphrase (drawn at random)',
    'pass.hint':
      "Each package then opens with the expert's own identity or with a passphrase drawn for it alone. A passphrase opens only its own package, is shown once after sealing, can be saved as a slip, and must be handed over apart from the package. Without it, only the expert's identity opens the package.",
    seal: 'Seal…',
    'seal.again': 'Seal everyone again…',
    'seal.hint': 'You choose the output folder next.',
    'seal.againHint':
      'This round is sealed. To issue one person a new package, use "Reissue…" in the table above.',
    'seal.blocked': 'Fix the problems marked in red first.',
    'seal.busy': 'Sealing the packages',
    'report.title': 'Sealed: {count} packages',
    'report.reissued': 'Reissued: package {sequence} of {name} ({id})',
    'report.folder': 'Saved in folder "{folder}".',
    'report.office': 'Office fingerprint',
    'report.tell': 'Tell the experts the office fingerprint so they can check the signature',
    'report.warnings': 'Notes',
    'report.noPassphrase':
      "These packages have no passphrase: only the expert's identity opens them.",
    'report.once': 'The passphrases are shown here once only',
    'report.onceDetail':
      'The app keeps no passphrase: once you leave this page or close the case they cannot be shown again, only reissued. Save the slips or copy them now. Each passphrase opens only its own package; hand it over apart from the package.',
    'report.newest': 'The expert uses the package with the highest number; earlier ones are void.',
    'slips.title': 'Passphrase slips',
    'slips.explain':
      'One Word page per person with their package passphrase, to print and hand over.',
    'slips.warning':
      'Slips are plaintext: save them to a folder apart from the packages (another USB stick, say), never send them the way the packages go, and delete them once handed over.',
    'slips.save': 'Save passphrase slips…',
    'slips.busy': 'Saving the passphrase slips',
    'slips.saved': '{count} slips saved in folder "{folder}":',
    'reissue.open': 'Reissue…',
    'reissue.title': 'Reissue the package of {name} ({id})',
    'reissue.explain':
      "Seals this person's package again from the case as it stands (a conflict recorded since, say), as package {sequence}; nobody else's package changes.",
    'reissue.note': 'Reason',
    'reissue.notePlaceholder': 'e.g. a conflict found late, a lost slip, a replacement expert',
    'reissue.withPassphrase': 'Its own passphrase (drawn at random)',
    'reissue.submit': 'Reissue…',
    'reissue.cancel': 'Cancel',
    'reissue.busy': 'Reissuing the package',
  },
};
