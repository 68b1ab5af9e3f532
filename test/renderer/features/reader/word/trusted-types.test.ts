// @vitest-environment jsdom
/**
 * The two doors of Trusted Types, as far as a DOM without Trusted Types shows them: worker
 * scripts only from the page's own origin, and HTML only after the sanitiser.
 */
import { describe, expect, it } from 'vitest';
import {
  checkedWorkerUrl,
  insertWordHtml,
} from '../../../../../renderer/features/reader/word/trusted-types';

describe('checkedWorkerUrl', () => {
  const base = 'app://bundle/index.html';

  it('resolves a script of our own origin', () => {
    expect(checkedWorkerUrl('./assets/word-worker-abc.js', base)).toBe(
      'app://bundle/assets/word-worker-abc.js',
    );
    expect(checkedWorkerUrl('app://bundle/assets/pdf.worker.min.mjs', base)).toBe(
      'app://bundle/assets/pdf.worker.min.mjs',
    );
  });

  it.each([
    'https://example.com/worker.js',
    '//example.com/worker.js',
    'app://other/assets/worker.js',
    'blob:app://bundle/1234',
    'data:text/javascript,postMessage(1)',
    'javascript:postMessage(1)',
    './assets/not-a-script.png',
  ])('refuses %s', (url) => {
    expect(() => checkedWorkerUrl(url, base)).toThrow(TypeError);
  });
});

describe('insertWordHtml', () => {
  it('inserts only what the sanitiser lets through', () => {
    const element = document.createElement('section');
    insertWordHtml(
      element,
      '<h1 onclick="alert(1)">标题</h1><script>alert(1)</script><img src="qbr-image:0"><a href="https://example.com">外链</a>',
      new Map([[0, 'blob:app://bundle/img']]),
    );
    expect(element.innerHTML).toBe(
      '<h1>标题</h1><img src="blob:app://bundle/img"><a class="word-link-off" title="外部链接已停用。/ External link disabled.">外链</a>',
    );
  });
});
