import type { FeatureMessages } from '../../../app/i18n/use-messages';

const zhCn = {
  loading: '正在打开 Word 文档…',
  outline: '目录',
  hideOutline: '收起目录',
  showOutline: '展开目录',
  noHeadings: '本文档没有标题。',
  document: 'Word 文档内容',
  warningsTitle: '转换提示',
  'warning.external-image-dropped': '{count} 张外部链接的图片未加载（只显示文档内嵌的图片）。',
  'warning.unsupported-image': '{count} 张图片的格式（如 EMF、WMF）无法在阅读器中显示。',
  'warning.unsupported-content': '{count} 处内容（如嵌入对象、艺术字）无法转换，已略去。',
  'warning.unrecognised-style': '{count} 处样式未能识别，按正文显示。',
  'warning.other': '{count} 处其他转换提示。',
  'warning.external-link-disabled': '{count} 个外部链接已停用（仅显示文字，不可打开）。',
  'failure.encrypted': '该文档受密码保护（已加密），阅读器无法打开。请向办公室索取未加密的版本。',
  'failure.not-a-word-document': '该文件不是有效的 Word 文档（.docx），无法显示。',
  'failure.corrupt': '该 Word 文档已损坏或不完整，无法显示。',
  'failure.malformed-xml': '该 Word 文档的内部结构有误，无法显示。',
  'failure.too-large': '该 Word 文档解压后过大，阅读器拒绝打开。',
  'failure.timeout': '转换超时，已停止。该文档可能已损坏。',
  'failure.failed': '无法转换该 Word 文档。',
  legacyTitle: '旧版 Word 文档（.doc）',
  legacyBody: '仅显示文字：原有版式、图片、表格和页眉页脚均未保留。',
  empty: '该文档没有可显示的文字。',
};

export const wordMessages: FeatureMessages<keyof typeof zhCn> = {
  'zh-CN': zhCn,
  en: {
    loading: 'Opening the Word document…',
    outline: 'Outline',
    hideOutline: 'Fold the outline away',
    showOutline: 'Show the outline',
    noHeadings: 'This document has no headings.',
    document: 'Word document',
    warningsTitle: 'Conversion notes',
    'warning.external-image-dropped':
      '{count} linked external images were not loaded (only embedded images are shown).',
    'warning.unsupported-image':
      '{count} images are in a format (such as EMF or WMF) the reader cannot show.',
    'warning.unsupported-content':
      '{count} pieces of content (embedded objects, WordArt) could not be converted and are left out.',
    'warning.unrecognised-style': '{count} styles were not recognised and are shown as body text.',
    'warning.other': '{count} other conversion notes.',
    'warning.external-link-disabled':
      '{count} external links are disabled (shown as text, they open nothing).',
    'failure.encrypted':
      'This document is password-protected (encrypted) and cannot be opened. Ask the office for an unencrypted copy.',
    'failure.not-a-word-document': 'This file is not a valid Word document (.docx).',
    'failure.corrupt': 'This Word document is damaged or incomplete.',
    'failure.malformed-xml': 'The inner structure of this Word document is broken.',
    'failure.too-large': 'This Word document is too large once unpacked; the reader refuses it.',
    'failure.timeout': 'The conversion took too long and was stopped. The document may be damaged.',
    'failure.failed': 'This Word document could not be converted.',
    legacyTitle: 'Legacy Word document (.doc)',
    legacyBody: 'Text only: the layout, images, tables, headers and footers are lost.',
    empty: 'This document has no text to show.',
  },
};
