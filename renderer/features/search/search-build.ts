/**
 * The index built material by material, in the package's order: each material's bytes asked of
 * main, read as text (Word in the extractor worker, PDF page by page through pdf.js), handed to
 * the index worker, and let go. Progress after every material; stopped between materials (and
 * between a PDF's pages) when cancelled; ended where main refuses a material only because the
 * round's undertaking is not signed yet ('gated': that material and the rest are read once it is).
 * What it needs comes in, so a unit test drives it.
 */
import type { AddRequest } from './search-protocol';
import type { MaterialOutcome } from './search-store';
import { materialRoute } from './material-route';

export interface SearchMaterial {
  readonly applicationId: string;
  readonly materialId: string;
  readonly name: string;
}

export interface BuildSignal {
  readonly cancelled: boolean;
}

export interface SearchBuildDeps {
  /** The bytes; 'undertaking' when main waits for the round's undertaking; null when refused. */
  readonly fetchBytes: (materialId: string) => Promise<Uint8Array | 'undertaking' | null>;
  readonly extractWord: (format: 'docx' | 'doc', bytes: Uint8Array) => Promise<string | null>;
  /** Each page's text, or null when the file is not a PDF pdf.js can open. */
  readonly readPdfPages: (bytes: Uint8Array, signal: BuildSignal) => Promise<string[] | null>;
  /** Characters indexed, or null when the index worker is gone. */
  readonly add: (request: AddRequest) => Promise<number | null>;
  readonly onStart: (index: number, material: SearchMaterial) => void;
  readonly onDone: (index: number, material: SearchMaterial, outcome: MaterialOutcome) => void;
}

/**
 * 'done', 'cancelled', 'broken' when the index worker went away, or 'gated' when main refused a
 * material until the round's undertaking is signed (that material not counted as done).
 */
export type BuildEnd = 'done' | 'cancelled' | 'broken' | 'gated';

async function textsOf(
  material: SearchMaterial,
  deps: SearchBuildDeps,
  signal: BuildSignal,
): Promise<Pick<AddRequest, 'kind' | 'texts'> | 'no-text' | 'failed' | 'undertaking'> {
  const bytes = await deps.fetchBytes(material.materialId);
  if (bytes === null) return 'failed';
  if (bytes === 'undertaking') return 'undertaking';
  const route = materialRoute(material.name, bytes);
  if (route === 'no-text') return 'no-text';
  if (route === 'pdf') {
    const pages = await deps.readPdfPages(bytes, signal);
    return pages === null ? 'failed' : { kind: 'pdf', texts: pages };
  }
  const text = await deps.extractWord(route, bytes);
  return text === null ? 'failed' : { kind: 'word', texts: [text] };
}

export async function buildSearchIndex(
  materials: readonly SearchMaterial[],
  deps: SearchBuildDeps,
  signal: BuildSignal,
): Promise<BuildEnd> {
  for (const [index, material] of materials.entries()) {
    if (signal.cancelled) return 'cancelled';
    deps.onStart(index, material);
    const texts = await textsOf(material, deps, signal).catch(() => 'failed' as const);
    if (signal.cancelled) return 'cancelled';
    // Every other material waits for the same undertaking: none is asked for until it is signed.
    if (texts === 'undertaking') return 'gated';
    if (typeof texts === 'string') {
      deps.onDone(index, material, texts);
      continue;
    }
    const characters = await deps.add({
      type: 'add',
      applicationId: material.applicationId,
      materialId: material.materialId,
      ...texts,
    });
    if (characters === null) return 'broken';
    deps.onDone(index, material, characters > 0 ? 'indexed' : 'no-text');
  }
  return 'done';
}
