/**
 * Word documents that carry a marker text, for the secrecy tests: a stored one for fixtures, so a
 * leak of its bytes is visible even to a plain byte search, and a deflated one (as Word and the
 * docx package write them) to plant where a scan must find it.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import type { PlaintextFinding } from './plaintext-scan';

/** A .docx whose members are deflated: the text is not in its bytes as such. */
export async function deflatedDocx(text: string): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph(text)] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The same .docx with every member stored uncompressed: the text is in its bytes as UTF-8. */
export async function storedDocx(text: string): Promise<Uint8Array> {
  return zipSync(unzipSync(await deflatedDocx(text)), { level: 0 });
}

/**
 * Proves a scan can fail: a deflated .docx holding `text` is planted in each of `folders` in
 * turn, `scan` runs (the very scan a test asserts clean), and the plant is removed again.
 * Returns the folders whose plant the scan did not find inside the .docx (none, when the scan
 * covers every one of them).
 */
export async function foldersMissingAPlantedLeak(
  folders: readonly string[],
  text: string,
  scan: (texts: readonly string[]) => Promise<readonly PlaintextFinding[]>,
): Promise<string[]> {
  const docx = await deflatedDocx(`planted leak ${text}`);
  const missed: string[] = [];
  for (const folder of folders) {
    const plant = join(folder, 'planted-leak.docx');
    await writeFile(plant, docx, { flag: 'wx' });
    try {
      const findings = await scan([text]);
      if (!findings.some((f) => f.file === plant && f.inside.length > 0)) missed.push(folder);
    } finally {
      await rm(plant);
    }
  }
  return missed;
}
