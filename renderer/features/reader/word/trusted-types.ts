/**
 * The one module that creates Trusted Types policies. Under `require-trusted-types-for 'script'`
 * a string can reach neither `innerHTML` nor `new Worker`; these two functions are the only ways
 * in: HTML only after DOMPurify, workers only from the app's own origin.
 */
import { sanitizeWordHtml } from './sanitize-word-html';
import type { SanitizerPolicy } from './sanitize-word-html';
import { WORD_HTML_POLICY, WORKER_POLICY } from './trusted-type-names';

interface PolicyRules {
  createHTML?: (input: string) => string;
  createScriptURL?: (input: string) => string;
}

interface PolicyFactory {
  createPolicy(name: string, rules: PolicyRules): SanitizerPolicy;
}

/** Chromium has Trusted Types; a test DOM may not, and then plain strings are used. */
function policyFactory(): PolicyFactory | undefined {
  return (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
}

function refuse(what: string): never {
  throw new TypeError(`${what} is not allowed by this policy`);
}

let htmlPolicy: SanitizerPolicy | undefined;
let workerPolicy: SanitizerPolicy | undefined;

/**
 * Held here and handed only to DOMPurify, which parses a chunk into an inert document with it
 * and signs its own sanitised output: no other code can turn a string into TrustedHTML.
 */
function wordHtmlPolicy(): SanitizerPolicy | undefined {
  const factory = policyFactory();
  if (!factory) return undefined;
  htmlPolicy ??= factory.createPolicy(WORD_HTML_POLICY, {
    createHTML: (input) => input,
    createScriptURL: () => refuse('A script URL'),
  });
  return htmlPolicy;
}

/**
 * An absolute URL on the page's own scheme and host, to a script file; anything else throws.
 * Scheme and host are compared, not `origin`: a URL parser that does not know `app:` as a
 * standard scheme gives every such URL the same opaque origin, "null".
 */
export function checkedWorkerUrl(input: string, base: string): string {
  const url = new URL(input, base);
  const page = new URL(base);
  const sameSite = url.protocol === page.protocol && url.host === page.host && url.host !== '';
  if (!sameSite || !/\.m?js$/.test(url.pathname)) refuse('This worker URL');
  return url.href;
}

function workerScriptPolicy(): SanitizerPolicy | undefined {
  const factory = policyFactory();
  if (!factory) return undefined;
  workerPolicy ??= factory.createPolicy(WORKER_POLICY, {
    createScriptURL: (input) => checkedWorkerUrl(input, document.baseURI),
  });
  return workerPolicy;
}

/** Sanitises a chunk of a Word document and signs it for insertion. */
export function trustedWordHtml(
  html: string,
  imageUrls: ReadonlyMap<number, string>,
): ReturnType<typeof sanitizeWordHtml> {
  return sanitizeWordHtml(html, imageUrls, wordHtmlPolicy());
}

/** Replaces `element`'s content with a sanitised chunk: the app's one HTML insertion. */
export function insertWordHtml(
  element: Element,
  html: string,
  imageUrls: ReadonlyMap<number, string>,
): void {
  // innerHTML takes TrustedHTML; TypeScript's DOM types only say string.
  element.innerHTML = trustedWordHtml(html, imageUrls) as string;
}

/** Starts a worker from one of the app's own script files (a classic worker, as Vite builds it). */
export function createTrustedWorker(scriptUrl: string, name: string): Worker {
  const policy = workerScriptPolicy();
  const url = policy
    ? policy.createScriptURL(scriptUrl)
    : checkedWorkerUrl(scriptUrl, document.baseURI);
  // Worker takes TrustedScriptURL; TypeScript's DOM types only say string | URL.
  return new Worker(url as string, { name });
}
