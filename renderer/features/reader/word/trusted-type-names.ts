/**
 * The Trusted Types policies the app creates, by name. The production CSP names exactly these
 * (`trusted-types …`, electron/main/security/csp.ts; a test holds the two lists equal), so no
 * other code, a library's included, can make a policy and feed a sink.
 */

/** Signs HTML, and only ever hands it to DOMPurify (sanitize-word-html.ts). */
export const WORD_HTML_POLICY = 'qbr-word-html';

/** Signs the URL of a worker script, and only one of the app's own files. */
export const WORKER_POLICY = 'qbr-worker';

export const TRUSTED_TYPE_POLICY_NAMES = [WORD_HTML_POLICY, WORKER_POLICY] as const;
