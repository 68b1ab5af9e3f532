import type { FeatureMessages } from '../../app/i18n/use-messages';

type Key =
  | 'gate.title'
  | 'gate.explain'
  | 'gate.passphrase'
  | 'gate.open'
  | 'gate.create'
  | 'gate.year'
  | 'gate.or'
  | 'gate.opening'
  | 'bar.case'
  | 'bar.fingerprint'
  | 'bar.close'
  | 'common.busy';

export const officeMessages: FeatureMessages<Key> = {
  'zh-CN': {
    'gate.title': '打开办公室案卷',
    'gate.explain':
      '办公室案卷保存本年度收到的全部申报材料与评审安排，始终加密存放。请输入办公室身份口令，然后在弹出的对话框中选择身份文件与案卷文件夹。',
    'gate.passphrase': '办公室身份口令',
    'gate.open': '打开已有案卷',
    'gate.create': '新建案卷',
    'gate.year': '评选年度',
    'gate.or': '或',
    'gate.opening': '正在打开…',
    'bar.case': '案卷',
    'bar.fingerprint': '办公室指纹',
    'bar.close': '关闭案卷',
    'common.busy': '处理中：{what}',
  },
  en: {
    'gate.title': 'Open the office case',
    'gate.explain':
      "The office case holds this year's materials and review set-up, always encrypted. Enter the office identity's passphrase, then choose the identity file and the case folder in the dialogs.",
    'gate.passphrase': 'Office identity passphrase',
    'gate.open': 'Open a case',
    'gate.create': 'New case',
    'gate.year': 'Year',
    'gate.or': 'or',
    'gate.opening': 'Opening…',
    'bar.case': 'Case',
    'bar.fingerprint': 'Office fingerprint',
    'bar.close': 'Close case',
    'common.busy': 'Working: {what}',
  },
};
