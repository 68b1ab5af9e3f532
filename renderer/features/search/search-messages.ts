import type { FeatureMessages } from '../../app/i18n/use-messages';

const zhCn = {
  'screen.title': '全文检索',
  'noPackage.body': '尚未开启案卷包。开启案卷包后，可在此检索其中全部材料的文字。',
  'query.label': '检索词',
  'query.placeholder': '输入要查找的文字，如“质量管理”；多个词以空格分隔',
  'query.submit': '检索',
  'build.running': '正在建立检索索引：材料 {n}/{total}',
  'build.current': '正在读取：{name}',
  'build.cancel': '停止',
  'build.cancelled': '已停止建立索引：已索引材料 {done}/{total}，检索只在这些材料中进行。',
  'build.resume': '继续建立索引',
  'build.gated': '建立索引须先签署本轮保密承诺：已索引材料 {done}/{total}。签署后继续建立索引。',
  'build.done': '检索索引已建立：{total} 份材料。索引只保存在内存中，关闭案卷后即清除。',
  'build.broken': '检索索引出错，已清除。可重新建立。',
  'build.rebuild': '重新建立索引',
  'unsearchable.title': '{count} 份材料无法检索',
  'unsearchable.no-text': '无文字层（扫描件或图片）',
  'unsearchable.failed': '无法读取',
  'results.count': '共找到 {total} 处',
  'results.shown': '，显示前 {shown} 处',
  'results.partial': '（索引尚未建完，结果可能不全）',
  'results.none': '未找到“{query}”。',
  'results.searching': '正在检索…',
  'hit.page': '第 {page} 页',
  'hit.open': '在阅读材料中打开并标出此处',
  'hit.count': '{count} 处',
};

export type SearchMessageKey = keyof typeof zhCn;

export const searchMessages: FeatureMessages<SearchMessageKey> = {
  'zh-CN': zhCn,
  en: {
    'screen.title': 'Full-text search',
    'noPackage.body':
      'No case package is open. Once a package is open, the text of all its materials can be searched here.',
    'query.label': 'Search for',
    'query.placeholder': 'Type the words to find, e.g. 质量管理; separate several with spaces',
    'query.submit': 'Search',
    'build.running': 'Building the search index: material {n}/{total}',
    'build.current': 'Reading: {name}',
    'build.cancel': 'Stop',
    'build.cancelled':
      'Indexing stopped: {done}/{total} materials indexed; searches look in those only.',
    'build.resume': 'Continue indexing',
    'build.gated':
      'Indexing waits for this round’s confidentiality undertaking: {done}/{total} materials indexed. Continue once it is signed.',
    'build.done':
      'Search index ready: {total} materials. It is held in memory only and cleared when the package closes.',
    'build.broken': 'The search index failed and was cleared. It can be built again.',
    'build.rebuild': 'Build the index again',
    'unsearchable.title': 'Materials that cannot be searched: {count}',
    'unsearchable.no-text': 'no text layer (a scan or an image)',
    'unsearchable.failed': 'could not be read',
    'results.count': '{total} matches',
    'results.shown': ', the first {shown} shown',
    'results.partial': ' (the index is not complete yet: there may be more)',
    'results.none': 'No match for “{query}”.',
    'results.searching': 'Searching…',
    'hit.page': 'page {page}',
    'hit.open': 'Open in the reader and mark this passage',
    'hit.count': '{count} matches',
  },
};
