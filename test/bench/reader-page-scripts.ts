/**
 * What the reader bench runs inside the fixture's page, as source text: `page.evaluate` of a
 * string, not of a function (tsx would wrap a named function in a helper the page lacks).
 * Timing is done here, in the page, from the moment the bytes are in the renderer.
 */

/**
 * Shared by both scripts: `whenShown(viewer, stage, timeoutMs)` resolves once the viewer has
 * shown its first screen (`stage` 'first': Word's first chunk inserted, a PDF's first page
 * drawn) or everything it draws on opening ('all': every Word chunk inserted; a PDF's first
 * page and, when the strip is shown, its thumbnail), and rejects when the viewer shows an error instead. A
 * MutationObserver sees the change as it happens, not at the next frame.
 */
const WHEN_SHOWN = `
  const SHOWN = {
    word: {
      first: function () { return document.querySelector('[data-chunk="0"][data-inserted]') !== null; },
      all: function () {
        const scroll = document.querySelector('.word-scroll');
        return scroll !== null && scroll.getAttribute('data-chunks') === scroll.getAttribute('data-chunks-shown');
      },
      failed: '.word-view[data-word-state="error"]',
    },
    pdf: {
      first: function () { return document.querySelector('.pdf-page[data-page="1"][data-rendered="true"]') !== null; },
      all: function () {
        // The thumbnail too, when the strip is shown (a narrow pane starts without it).
        return document.querySelector('.pdf-page[data-page="1"][data-rendered="true"]') !== null &&
          (document.querySelector('.pdf-thumbnails') === null ||
            document.querySelector('.pdf-thumbnail[data-thumbnail="1"][data-drawn="true"]') !== null);
      },
      failed: '.pdf-view[data-pdf-state="error"], .pdf-page[data-page="1"][data-page-failed]',
    },
  };
  const whenShown = function (viewer, stage, timeoutMs) {
    const rule = SHOWN[viewer];
    return new Promise(function (resolve, reject) {
      let observer;
      const timer = setTimeout(function () { finish(); reject(new Error(viewer + ' viewer: nothing shown in ' + timeoutMs + ' ms')); }, timeoutMs);
      const finish = function () { clearTimeout(timer); if (observer) observer.disconnect(); };
      const check = function () {
        if (document.querySelector(rule.failed) !== null) { finish(); reject(new Error(viewer + ' viewer showed an error')); return true; }
        if (rule[stage]()) { finish(); resolve(); return true; }
        return false;
      };
      if (check()) return;
      observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  };
  const frame = function () { return new Promise(function (resolve) { requestAnimationFrame(resolve); }); };
`;

/**
 * `(viewer, base64, fileName, timeoutMs) => ms`: the bytes decoded first (untimed), then the
 * milliseconds from handing them to the viewer to its first screen painted: the second
 * animation frame after the first chunk (or page) is in the DOM starts after that frame was
 * painted.
 */
export const FIRST_SCREEN_IN_PAGE = `async function (viewer, base64, fileName, timeoutMs) {
  ${WHEN_SHOWN}
  const bytes = Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); });
  await frame();
  const started = performance.now();
  window.showBytes(viewer, bytes, fileName);
  await whenShown(viewer, 'first', timeoutMs);
  await frame();
  await frame();
  return performance.now() - started;
}`;

/** `(materials) => count`: keeps each material's base64 in the page, so every opening decodes its own copy. */
export const STAGE_MATERIALS_IN_PAGE = `function (materials) {
  window.__benchMaterials = materials;
  return materials.length;
}`;

/** `(index, timeoutMs) => void`: opens staged material `index` (closing the one before) and waits until it is all shown. */
export const OPEN_STAGED_IN_PAGE = `async function (index, timeoutMs) {
  ${WHEN_SHOWN}
  const material = window.__benchMaterials[index];
  const bytes = Uint8Array.from(atob(material.base64), function (c) { return c.charCodeAt(0); });
  window.showBytes(material.viewer, bytes, material.fileName);
  await whenShown(material.viewer, 'all', timeoutMs);
  await frame();
  await frame();
}`;

/** A script of `source` called with `args` (JSON), for page.evaluate. */
export function call(source: string, ...args: readonly unknown[]): string {
  return `(${source})(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;
}
