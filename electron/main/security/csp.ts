/**
 * The one Content-Security-Policy (SECURITY.md item 2). Main sends it with every response of the
 * `app:` protocol; the e2e harness serves the renderer under this very constant.
 * Everything starts from `default-src 'none'`; nothing is `'unsafe-*'`. `connect-src 'self'` is
 * for pdf.js's cMaps, standard fonts and wasm from our own origin; the session's request filter
 * still refuses every other URL.
 *
 * Trusted Types (item 2, once document HTML is inserted): no string reaches an HTML or script
 * sink (`innerHTML`, `new Worker`, …) in the page or its workers; only the two named policies
 * may sign one, and only the renderer's `features/reader/word/trusted-types.ts` creates them:
 * `qbr-word-html` (HTML, after DOMPurify) and `qbr-worker` (worker scripts of our own origin).
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types qbr-word-html qbr-worker',
] as const;

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');
