import type { FeatureMessages } from '../../app/i18n/use-messages';

const zhCn = {
  'screen.title': '阅读材料',
  'noPackage.body':
    '尚未开启案卷包。开启办公室为您封装的案卷包后，即可在此阅读分配给您的申报材料。',
  'noPackage.unlock': '解锁案卷',
  'nav.title': '申报与材料',
  'nav.show': '显示申报列表',
  'nav.hide': '收起申报列表',
  'nav.empty': '此案卷包中没有分配给您的申报。',
  'side.show': '显示批注',
  'side.hide': '隐藏批注',
  'side.title': '批注栏',
  'material.choose': '请从左侧列表选择一份材料开始阅读。',
  'material.loading': '正在解密并核对材料…',
  'material.verified': '已在内存中解密，签名核对无误',
};

export type ReadingMessageKey = keyof typeof zhCn;

export const readingMessages: FeatureMessages<ReadingMessageKey> = {
  'zh-CN': zhCn,
  en: {
    'screen.title': 'Read materials',
    'noPackage.body':
      'No case package is open. Open the package the office sealed for you to read the applications assigned to you here.',
    'noPackage.unlock': 'Open a case',
    'nav.title': 'Applications and materials',
    'nav.show': 'Show the applications',
    'nav.hide': 'Fold the applications away',
    'nav.empty': 'This package holds no application for you.',
    'side.show': 'Show annotations',
    'side.hide': 'Hide annotations',
    'side.title': 'Annotations column',
    'material.choose': 'Choose a material in the list on the left to start reading.',
    'material.loading': 'Decrypting and checking the material…',
    'material.verified': 'Decrypted in memory; signature checked',
  },
};
