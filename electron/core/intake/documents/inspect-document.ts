import type { ProblemFinding } from '../intake-problem';
import { checkDocxPackage } from './docx-package';
import {
  DOCX_MEDIA_TYPE,
  PDF_MEDIA_TYPE,
  documentTypeForExtension,
  mediaTypeForExtension,
} from './document-type';
import type { DocumentType } from './document-type';
import { isJpeg, isOle2, isPng, isZip, pdfHeaderOffset } from './magic-bytes';
import { checkPdfStructure } from './pdf-structure';

/** What intake learned about one material's content. */
export interface DocumentInspection {
  readonly documentType: DocumentType;
  readonly mediaType: string;
  /** A problem to flag; the material is kept either way (effect 'flagged'). */
  readonly finding: ProblemFinding | null;
}

function flagged(
  category: ProblemFinding['category'],
  path: string,
  detail: string,
): ProblemFinding {
  return { category, effect: 'flagged', entryPath: path, detail };
}

async function inspectDocx(
  path: string,
  bytes: Uint8Array,
  mediaType: string,
): Promise<DocumentInspection> {
  const inspection = (finding: ProblemFinding | null) => ({
    documentType: 'docx' as const,
    mediaType,
    finding,
  });
  if (isOle2(bytes)) {
    // SECURITY 11: a password-protected .docx is an OLE2 container, not a damaged ZIP.
    return inspection(
      flagged(
        'password-required',
        path,
        '这是设置了打开密码的 Word 文件，请申报单位提供未加密的副本',
      ),
    );
  }
  if (bytes.length > 0 && !isZip(bytes)) {
    return inspection(flagged('corrupt-document', path, '文件头不是 Word (.docx) 格式'));
  }
  const docx = await checkDocxPackage(bytes);
  return inspection(docx.kind === 'ok' ? null : flagged('corrupt-document', path, docx.reason));
}

function inspectPdf(path: string, bytes: Uint8Array): DocumentInspection {
  const pdf = checkPdfStructure(bytes);
  const finding =
    pdf.kind === 'corrupt'
      ? flagged('corrupt-document', path, pdf.reason)
      : pdf.encrypted
        ? flagged(
            'encrypted-pdf',
            path,
            'PDF 已加密，可能需要打开密码；如无法阅读，请申报单位提供未加密的版本',
          )
        : null;
  return { documentType: 'pdf', mediaType: PDF_MEDIA_TYPE, finding };
}

function inspectImage(path: string, bytes: Uint8Array, mediaType: string): DocumentInspection {
  const claimsPng = mediaType === 'image/png';
  const claimsJpeg = mediaType === 'image/jpeg';
  const broken =
    bytes.length === 0 || (claimsPng && !isPng(bytes)) || (claimsJpeg && !isJpeg(bytes));
  return {
    documentType: 'image',
    mediaType,
    finding: broken ? flagged('corrupt-document', path, '图片为空或文件头与扩展名不符') : null,
  };
}

/**
 * Checks a material's content against what its name claims; a file with an unfamiliar name is
 * recognised by content when it is a Word package or a PDF (.ooxml and renamed files).
 */
export async function inspectDocument(
  path: string,
  bytes: Uint8Array,
): Promise<DocumentInspection> {
  const claimed = documentTypeForExtension(path);
  const mediaType = mediaTypeForExtension(path);
  switch (claimed) {
    case 'docx':
      return inspectDocx(path, bytes, mediaType);
    case 'doc':
      return {
        documentType: 'doc',
        mediaType,
        finding: flagged('legacy-doc', path, '旧版 Word (.doc) 格式，请申报单位另提供 .docx 版本'),
      };
    case 'pdf':
      return inspectPdf(path, bytes);
    case 'image':
      return inspectImage(path, bytes, mediaType);
    case 'other':
      if (pdfHeaderOffset(bytes) >= 0) return inspectPdf(path, bytes);
      if (isZip(bytes) && (await checkDocxPackage(bytes)).kind === 'ok') {
        return { documentType: 'docx', mediaType: DOCX_MEDIA_TYPE, finding: null };
      }
      return { documentType: 'other', mediaType, finding: null };
    default:
      return { documentType: claimed, mediaType, finding: null };
  }
}
