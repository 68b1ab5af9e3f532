/**
 * pdf.js's CMaps and standard fonts, fetched from the app's own origin once per session and kept
 * in memory for every later document: they are pdf.js's public files, not case data, and
 * fetching and unpacking the Chinese CMap again was a good part of each first page
 * (docs/reader-bench.md). pdf.js takes these two classes as `CMapReaderFactory` and
 * `StandardFontDataFactory` (its own do the same fetch without keeping the answer).
 */

/** A CMap or font file name as pdf.js asks for it; anything else is not fetched. */
const FILE_NAME = /^[A-Za-z0-9_.+-]{1,128}$/;

const fetched = new Map<string, Promise<Uint8Array>>();

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`pdf.js asset: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The file at `baseUrl` + `name`, fetched the first time only; each caller gets its own copy. */
export async function cachedAsset(baseUrl: string | null, name: string): Promise<Uint8Array> {
  if (!baseUrl) throw new Error('pdf.js asset: no base URL');
  if (!FILE_NAME.test(name) || name.includes('..')) throw new Error('pdf.js asset: bad name');
  const url = baseUrl + name;
  let bytes = fetched.get(url);
  if (!bytes) {
    bytes = fetchBytes(url);
    fetched.set(url, bytes);
    // A failed fetch is not kept: the next document asks again.
    bytes.catch(() => fetched.delete(url));
  }
  // pdf.js posts the answer to its worker; a copy keeps the kept bytes out of anyone's reach.
  return (await bytes).slice();
}

/** How many files are kept (for tests and the bench's notes). */
export function cachedAssetCount(): number {
  return fetched.size;
}

/** pdf.js's CMap reader, answering from memory after the first fetch. */
export class CachedCMapReaderFactory {
  readonly #baseUrl: string | null;
  readonly #isCompressed: boolean;

  constructor(options: { baseUrl?: string | null; isCompressed?: boolean }) {
    this.#baseUrl = options.baseUrl ?? null;
    this.#isCompressed = options.isCompressed ?? true;
  }

  async fetch(request: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    const file = request.name + (this.#isCompressed ? '.bcmap' : '');
    const cMapData = await cachedAsset(this.#baseUrl, file);
    return { cMapData, isCompressed: this.#isCompressed };
  }
}

/** pdf.js's standard font reader, answering from memory after the first fetch. */
export class CachedStandardFontDataFactory {
  readonly #baseUrl: string | null;

  constructor(options: { baseUrl?: string | null }) {
    this.#baseUrl = options.baseUrl ?? null;
  }

  fetch(request: { filename: string }): Promise<Uint8Array> {
    return cachedAsset(this.#baseUrl, request.filename);
  }
}
