import type { FeatureMessages } from '../../../app/i18n/use-messages';

const zhCn = {
  loading: '正在打开 PDF 文档…',
  toolbar: '阅读工具',
  zoomIn: '放大',
  zoomOut: '缩小',
  fitWidth: '适合宽度',
  thumbnails: '页面缩略图',
  showThumbnails: '缩略图',
  zoomLevel: '缩放比例',
  pageCount: '共 {count} 页',
  document: 'PDF 文档内容',
  page: '第 {number} 页',
  pageFailed: '第 {number} 页无法显示（该页内容已损坏）。',
  image: '图片材料',
  imageFailed: '该图片已损坏或格式不受支持，无法显示。',
  'failure.encrypted':
    '该 PDF 文档受密码保护（已加密），阅读器无法打开。请向办公室索取未加密的版本。',
  'failure.corrupt': '该 PDF 文档已损坏（文件损坏）或不完整，无法显示。',
  'failure.empty-file': '该文件是空的（0 字节），没有可显示的内容。',
  'failure.no-pages': '该 PDF 文档没有任何页面。',
  'failure.not-supported': '该文件既不是 PDF，也不是 JPG、PNG 或 TIFF 图片，阅读器无法显示。',
  'failure.timeout': '打开超时，已停止。该文档可能已损坏。',
  'failure.failed': '无法打开该 PDF 文档。',
};

export const pdfMessages: FeatureMessages<keyof typeof zhCn> = {
  'zh-CN': zhCn,
  en: {
    loading: 'Opening the PDF document…',
    toolbar: 'Reading tools',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitWidth: 'Fit width',
    thumbnails: 'Page thumbnails',
    showThumbnails: 'Thumbnails',
    zoomLevel: 'Zoom',
    pageCount: '{count} pages',
    document: 'PDF document',
    page: 'Page {number}',
    pageFailed: 'Page {number} cannot be shown (its content is damaged).',
    image: 'Image material',
    imageFailed: 'This image is damaged or in an unsupported format.',
    'failure.encrypted':
      'This PDF is password-protected (encrypted) and cannot be opened. Ask the office for an unencrypted copy.',
    'failure.corrupt': 'This PDF is damaged or incomplete.',
    'failure.empty-file': 'This file is empty (0 bytes): there is nothing to show.',
    'failure.no-pages': 'This PDF has no pages.',
    'failure.not-supported': 'This file is neither a PDF nor a JPG, PNG or TIFF image.',
    'failure.timeout': 'Opening took too long and was stopped. The document may be damaged.',
    'failure.failed': 'This PDF could not be opened.',
  },
};

export type PdfMessageKey = keyof typeof zhCn;
