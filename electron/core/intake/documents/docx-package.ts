import yauzl from 'yauzl';

export type DocxPackage =
  { readonly kind: 'ok' } | { readonly kind: 'corrupt'; readonly reason: string };

const MAIN_PART = 'word/document.xml';
const MAX_PARTS = 10_000;

/**
 * Whether a .docx is a readable package with a main document part: the central directory lists
 * `word/document.xml` and its local header is where the directory says. Only headers are read;
 * inflating the XML is the reader's job, in its own worker.
 */
export async function checkDocxPackage(bytes: Uint8Array): Promise<DocxPackage> {
  if (bytes.length === 0) return { kind: 'corrupt', reason: '文件为空（0 字节）' };
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, decodeStrings: false });
    if (zip.entryCount > MAX_PARTS) {
      return { kind: 'corrupt', reason: `部件数 ${zip.entryCount} 过多` };
    }
    for await (const entry of zip.eachEntry()) {
      if (entry.fileNameRaw.toString('latin1') !== MAIN_PART) continue;
      await zip.readLocalFileHeaderPromise(entry, { minimal: true });
      return { kind: 'ok' };
    }
    return { kind: 'corrupt', reason: `不是 Word 文档：缺少 ${MAIN_PART}` };
  } catch (error) {
    // Any failure to read the package's directory means Word cannot open it either.
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'corrupt', reason: `文件已截断或损坏，无法作为 Word 文档打开 (${message})` };
  }
}
