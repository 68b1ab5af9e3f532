/**
 * The one door to DOMPurify (eslint allows it nowhere else). Every chunk of a converted Word
 * document passes here before it reaches the page: a strict allow-list of the elements mammoth
 * writes, no style or class (the CSP forbids inline styles; a document must not borrow the app's
 * look), ids only in the document's own namespace, links only to the document's own footnotes,
 * and images only from the `blob:` URLs the viewer made of the document's embedded bytes.
 */
import createDOMPurify from 'dompurify';
import type { Config, DOMPurify, UponSanitizeAttributeHookEvent } from 'dompurify';
import { IMAGE_SRC_PREFIX, WORD_ID_PREFIX } from './word-constants';

/** The policy DOMPurify parses with and signs its output with (trusted-types.ts makes it). */
export type SanitizerPolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;
export type SanitizedHtml = ReturnType<SanitizerPolicy['createHTML']> | string;

export const ALLOWED_TAGS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'del',
  'sub',
  'sup',
  'a',
  'img',
  'br',
  'blockquote',
] as const;

export const ALLOWED_ATTRIBUTES = ['href', 'id', 'src', 'alt', 'colspan', 'rowspan'] as const;

/** What a neutralised external link says when hovered; the link itself goes nowhere. */
export const NEUTRALISED_LINK_TITLE = '外部链接已停用。/ External link disabled.';
export const NEUTRALISED_LINK_CLASS = 'word-link-off';

const CONFIG = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  ALLOWED_URI_REGEXP: /^(?:#|blob:)/,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
} satisfies Config;

/** The images of the chunk being sanitised (sanitising is synchronous: one at a time). */
let currentImages: ReadonlyMap<number, string> = new Map();

function checkAttribute(node: Element, data: UponSanitizeAttributeHookEvent): void {
  const tag = node.nodeName.toLowerCase();
  const value = data.attrValue;
  if (data.attrName === 'src') {
    const id =
      tag === 'img' && value.startsWith(IMAGE_SRC_PREFIX)
        ? value.slice(IMAGE_SRC_PREFIX.length)
        : '';
    const url = /^\d+$/.test(id) ? currentImages.get(Number(id)) : undefined;
    if (url === undefined) data.keepAttr = false;
    else data.attrValue = url;
  } else if (data.attrName === 'href') {
    if (tag !== 'a' || !value.startsWith(`#${WORD_ID_PREFIX}`)) data.keepAttr = false;
  } else if (data.attrName === 'id') {
    if (!value.startsWith(WORD_ID_PREFIX)) data.keepAttr = false;
  }
}

function markNeutralisedLink(node: Element): void {
  if (node.nodeName.toLowerCase() === 'a' && !node.hasAttribute('href')) {
    node.setAttribute('class', NEUTRALISED_LINK_CLASS);
    node.setAttribute('title', NEUTRALISED_LINK_TITLE);
  }
}

let purifier: DOMPurify | undefined;

function wordPurifier(): DOMPurify {
  if (purifier) return purifier;
  const instance = createDOMPurify(window);
  instance.addHook('uponSanitizeAttribute', checkAttribute);
  instance.addHook('afterSanitizeAttributes', markNeutralisedLink);
  purifier = instance;
  return instance;
}

/**
 * Sanitises one chunk. With `policy` (in the browser, under Trusted Types) the result is
 * TrustedHTML signed by it; without (Node tests), a string. `imageUrls` maps the ids of
 * `qbr-image:N` sources to the `blob:` URLs made for them; any other source is dropped.
 */
export function sanitizeWordHtml(
  html: string,
  imageUrls: ReadonlyMap<number, string>,
  policy?: SanitizerPolicy,
): SanitizedHtml {
  const instance = wordPurifier();
  currentImages = imageUrls;
  try {
    return policy
      ? instance.sanitize(html, {
          ...CONFIG,
          TRUSTED_TYPES_POLICY: policy,
          RETURN_TRUSTED_TYPE: true,
        })
      : instance.sanitize(html, { ...CONFIG, TRUSTED_TYPES_POLICY: null });
  } finally {
    currentImages = new Map();
  }
}
