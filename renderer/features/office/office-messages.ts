import type { FeatureMessages } from '../../app/i18n/use-messages';

const zhCn = {
  'gate.title': '打开办公室案卷',
  'gate.explain':
    '办公室案卷保存本年度收到的全部申报材料与评审安排，始终加密存放。请输入办公室身份口令，然后在弹出的对话框中选择身份文件与案卷文件夹。',
  'gate.passphrase': '办公室身份口令',
  'gate.open': '打开已有案卷',
  'gate.create': '新建案卷',
  'gate.year': '评选年度',
  'gate.or': '或',
  'bar.case': '案卷',
  'bar.fingerprint': '办公室指纹',
  'restore.title': '从备份恢复',
  'restore.explain':
    '案卷文件夹中的状态比本机已见过的旧。若是您有意用备份替换了当前案卷，可以在此明确恢复该版本。',
  'restore.caution':
    '若不清楚案卷为何变旧（例如同步盘回退、他人复制了旧文件），请不要恢复：较新的版本中可能有后来登记的回避等记录。请先设法找回最新的案卷文件。',
  'restore.start': '从备份恢复…',
  'restore.generation': '要恢复的版本',
  'restore.seen': '文件夹中是第 {found} 版，本机已见过第 {highest} 版。',
  'restore.confirm':
    '我确认恢复第 {generation} 版：此后的修改将丢失；恢复操作将记入本机和案卷的日志。',
  'restore.dialogs': '点击后将再次选择办公室身份文件和案卷文件夹。',
  'restore.submit': '恢复并打开…',
  'restore.cancel': '取消',
  'restore.done': '已从备份恢复第 {generation} 版，此操作已记入日志。',
};

export const officeMessages: FeatureMessages<keyof typeof zhCn> = {
  'zh-CN': zhCn,
  en: {
    'gate.title': 'Open the office case',
    'gate.explain':
      "The office case holds this year's materials and review set-up, always encrypted. Enter the office identity's passphrase, then choose the identity file and the case folder in the dialogs.",
    'gate.passphrase': 'Office identity passphrase',
    'gate.open': 'Open a case',
    'gate.create': 'New case',
    'gate.year': 'Year',
    'gate.or': 'or',
    'bar.case': 'Case',
    'bar.fingerprint': 'Office fingerprint',
    'restore.title': 'Restore from a backup',
    'restore.explain':
      'The state in the case folder is older than one this machine has seen. If you replaced the case with a backup on purpose, you may restore that generation here, explicitly.',
    'restore.caution':
      'If you do not know why the case is older (a synced folder rolled back, someone copied an old file), do not restore: the newer state may hold records made since, such as conflicts. Try to recover the newest case files first.',
    'restore.start': 'Restore from a backup…',
    'restore.generation': 'Generation to restore',
    'restore.seen':
      'The folder holds generation {found}; this machine has seen generation {highest}.',
    'restore.confirm':
      'I confirm restoring generation {generation}: later changes are lost, and the restore is logged on this machine and in the case.',
    'restore.dialogs': 'You choose the office identity file and the case folder again next.',
    'restore.submit': 'Restore and open…',
    'restore.cancel': 'Cancel',
    'restore.done': 'Generation {generation} restored from the backup; the restore is logged.',
  },
};
