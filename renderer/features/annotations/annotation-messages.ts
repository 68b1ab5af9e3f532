import type { FeatureMessages } from '../../app/i18n/use-messages';

const zhCn = {
  'list.title': '批注',
  'list.count': '共 {count} 条',
  'list.empty': '尚无批注。在材料中选中文字即可添加批注。',
  'list.page': '第 {page} 页',
  'list.noQuote': '（无引文）',
  'list.note': '批注内容',
  'list.delete': '删除',
  'list.open': '转到原文',
  'list.written': '写于 {at}',
  'list.notFound': '找不到原文位置：材料中已没有这段文字（材料可能已更新），批注仍保留在此。',
  'journal.closed.no-package': '开启案卷包后，批注和阅读位置会保存在您的工作日志中。',
  'journal.closed.no-identity': '请先解锁身份：批注和阅读位置保存在您本人签名的工作日志中。',
  'journal.closed.not-recipient':
    '当前身份不是此案卷包的收件人：请解锁指纹为 {recipient} 的身份后再添加批注。',
  'journal.closed.unavailable': '此环境不保存工作日志。',
} as const;

type AnnotationMessageKey = keyof typeof zhCn;

export const annotationMessages: FeatureMessages<AnnotationMessageKey> = {
  'zh-CN': zhCn,
  en: {
    'list.title': 'Annotations',
    'list.count': '{count} in all',
    'list.empty': 'No annotations yet. Select text in a material to annotate it.',
    'list.page': 'Page {page}',
    'list.noQuote': '(no quote)',
    'list.note': 'Note',
    'list.delete': 'Delete',
    'list.open': 'Go to the passage',
    'list.written': 'Written {at}',
    'list.notFound':
      'Passage not found: the material no longer holds this text (it may have been updated); the note is kept here.',
    'journal.closed.no-package':
      'Once a case package is open, annotations and reading positions are kept in your journal.',
    'journal.closed.no-identity':
      'Unlock your identity first: annotations and reading positions are kept in a journal you sign.',
    'journal.closed.not-recipient':
      'The unlocked identity is not the package recipient: unlock the identity with the fingerprint {recipient} to annotate.',
    'journal.closed.unavailable': 'This host keeps no journal.',
  },
};
