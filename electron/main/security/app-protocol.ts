/**
 * The app's own origin, `app://bundle`, and the mapping from its URLs to files of the built
 * renderer (SECURITY.md item 3). Pure: `protocol.handle` in main calls `resolveAppPath`.
 */
import path from 'node:path';
import type { Privileges } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Standard and secure so the page has a real origin and a secure context; fetch for pdf.js's
 * cMaps, fonts and wasm. Not `corsEnabled` (that would let other origins read our files), not
 * `bypassCSP`, no service workers (they persist to disk), no code cache (it is written to disk).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
  codeCache: false,
  allowExtensions: false,
} as const satisfies Privileges;

const MAX_URL_LENGTH = 2048;

/** `%2f` `%5c` (separators), `%00` (NUL) and `%25` (a second round of decoding) are refused. */
const ENCODED_FORBIDDEN = /%(2f|5c|00|25)/i;

/** Control characters, backslash and `:` (drive letters, NTFS streams) never name one of our files. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f\\:*?"<>|]/;

type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/** The raw path of `url` as written: between the authority and the query or fragment. */
function rawPathOf(url: string): string {
  const afterScheme = url.slice(url.indexOf('//') + 2);
  const slash = afterScheme.indexOf('/');
  if (slash < 0) return '/';
  const rest = afterScheme.slice(slash);
  const end = rest.search(/[?#]/);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * Maps an `app://bundle/...` request to a file inside `rootDir`, or null when the URL is not
 * ours or tries to leave the root. Percent-encoding is decoded exactly once; `/` → index.html.
 */
export function resolveAppPath(
  rootDir: string,
  requestUrl: string,
  pathApi: PathApi = path,
): string | null {
  if (requestUrl.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '') return null;

  // The WHATWG parser silently resolves `..`; look at the path as it was written.
  const raw = rawPathOf(requestUrl);
  if (!raw.startsWith('/') || ENCODED_FORBIDDEN.test(raw)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (FORBIDDEN_CHARACTERS.test(decoded)) return null;

  const segments = decoded.slice(1).split('/');
  if (segments.at(-1) === '') segments[segments.length - 1] = 'index.html';
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return null;
  }

  const root = pathApi.resolve(rootDir);
  const resolved = pathApi.resolve(root, ...segments);
  const inside = pathApi.relative(root, resolved);
  if (inside === '' || inside.startsWith('..') || pathApi.isAbsolute(inside)) return null;
  return resolved;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  // pdf.js: binary cMaps, standard fonts and ICC profiles are read as raw bytes.
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.icc': 'application/vnd.iccprofile',
};

/** The Content-Type for a file we serve; unknown extensions are opaque bytes (with nosniff). */
export function contentTypeFor(filePath: string): string {
  const extension = path.extname(filePath).toLowerCase();
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
