/**
 * The `app:` protocol handler: serves the built renderer from disk (inside the asar when
 * packaged) through `resolveAppPath`, with the CSP on every response. No electron import: main
 * passes the returned function to `session.protocol.handle`.
 */
import { readFile } from 'node:fs/promises';
import { contentTypeFor, resolveAppPath } from '../security/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

/** Headers of every answer; workers take their CSP from their own script's response. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: appResponseHeaders('text/plain; charset=utf-8'),
  });
}

/** Answers GET and HEAD for files under `rootDir`; 404 for anything it will not or cannot map. */
export function createAppProtocolHandler(
  rootDir: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed');
    }
    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null) return plain(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await read(filePath);
    } catch {
      // Missing file or a directory: the same answer, and no path in it.
      return plain(404, 'Not found');
    }
    const headers = appResponseHeaders(contentTypeFor(filePath));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...headers, 'Content-Length': String(body.byteLength) },
    });
  };
}
