/**
 * The reader bench's pieces with logic, without Chromium: sides that time themselves go through
 * the alternating helper with their own seconds (warm-up dropped), the heap row reads growth
 * and its target, and the in-page waits resolve on the viewer's first screen and refuse an
 * error. Time is a fake clock or a fake viewer here: nothing in this file measures speed.
 */
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Side } from './alternating';
import { isMissing } from './bench-result';
import { heapRow } from './heap-row';
import type { HeapRun } from './heap-row';
import { PeerTools } from './peer-tools';
import { call, FIRST_SCREEN_IN_PAGE, OPEN_STAGED_IN_PAGE } from './reader-page-scripts';
import { timeAlternatingSelfTimed } from './self-timed';

describe('timeAlternatingSelfTimed', () => {
  it("keeps a self-timed side's own seconds, without its warm-up, and clock-times the others", async () => {
    let now = 0;
    const own = [9, 0.5, 0.6, 0.7, 0.8, 0.9];
    const peer: Side = { name: 'peer', work: 'p', run: async () => void (now += 3000) };
    const times = await timeAlternatingSelfTimed(
      [
        {
          name: 'ours',
          work: 'o',
          measure: async () => {
            now += 100_000; // the wall clock around it must not count
            return own.shift()!;
          },
        },
        peer,
      ],
      { repeats: 5, missing: async () => null, clock: () => now },
    );
    expect(times.order).toEqual(['ours', 'peer']);
    expect(times.sides[0]).toMatchObject({ name: 'ours', seconds: [0.5, 0.6, 0.7, 0.8, 0.9] });
    expect(times.sides[1]).toMatchObject({ name: 'peer', seconds: [3, 3, 3, 3, 3] });
  });

  it('refuses a measurement that is no time at all', async () => {
    await expect(
      timeAlternatingSelfTimed([{ name: 'ours', work: 'o', measure: async () => Number.NaN }], {
        repeats: 5,
        missing: async () => null,
      }),
    ).rejects.toThrow('ours measured no time');
  });

  it('records a peer whose tool is missing as missing, with its Debian package', async () => {
    const said: string[] = [];
    const tools = new PeerTools(
      (line) => said.push(line),
      async (tool) => tool !== 'soffice',
    );
    const times = await timeAlternatingSelfTimed(
      [
        { name: 'ours', work: 'o', measure: async () => 1 },
        { name: 'LibreOffice', work: 'l', tools: ['soffice'], run: async () => undefined },
      ],
      { repeats: 5, missing: (t) => tools.missing(t) },
    );
    expect(times.sides[1]).toEqual({
      name: 'LibreOffice',
      work: 'l',
      missing: 'soffice (Debian package libreoffice-writer-nogui)',
    });
    expect(said[0]).toContain('sudo apt-get install libreoffice-writer-nogui');
    expect(await tools.missing(['pdftoppm'])).toBeNull();
  });
});

describe('heapRow', () => {
  const run = (firstMB: number, lastMB: number): HeapRun => ({
    firstMB,
    lastMB,
    afterEachMB: [firstMB, (firstMB + lastMB) / 2, lastMB],
    seconds: 10,
  });
  const materials = { count: 25, described: 'Word and PDF in turn' };

  it('compares the heap after the last material with the heap after the first', () => {
    const row = heapRow([run(4, 6), run(4, 5), run(4, 7), run(4, 6), run(4, 6)], materials);
    expect(row).toMatchObject({ name: 'reader_heap_25_materials', unit: 'MB', repeats: 5 });
    expect(row.ours.median).toBe(6);
    expect(row.ours.min).toBe(5);
    expect(row.ours.max).toBe(7);
    const [first] = row.peers;
    expect(first && !isMissing(first) && first.median).toBe(4);
    expect(row.bestPeer?.ratio).toBeCloseTo(4 / 6);
    expect(row.target).toEqual({ ratio: 0.5, met: true });
    expect(row.notes[0]).toContain('median 1.50×');
    expect(row.notes[1]).toContain('4.0 5.0 6.0');
  });

  it('fails the target at twice the first heap or more', () => {
    expect(heapRow([run(4, 8)], materials).target?.met).toBe(false);
    expect(heapRow([run(4, 7.9)], materials).target?.met).toBe(true);
  });

  it('refuses to make a row of nothing', () => {
    expect(() => heapRow([], materials)).toThrow('no heap run');
  });
});

/** A viewer stand-in: `window.showBytes` does what the test says, later, as React would. */
function fakeViewer(onShow: (viewer: string, bytes: Uint8Array) => void) {
  document.body.innerHTML = '';
  const shown: { viewer: string; bytes: number[] }[] = [];
  (window as { showBytes?: unknown }).showBytes = (viewer: string, bytes: Uint8Array) => {
    shown.push({ viewer, bytes: [...bytes] });
    setTimeout(() => onShow(viewer, bytes), 5);
  };
  return shown;
}

function element(html: string): void {
  document.body.insertAdjacentHTML('beforeend', html);
}

/** The page's script, run here (what page.evaluate runs in Chromium). */
function inPage(script: string): Promise<unknown> {
  return Promise.resolve(new Function(`return ${script}`)());
}

describe('the page scripts', () => {
  it('times from the bytes handed over to the first chunk, decoding them first', async () => {
    const shown = fakeViewer(() =>
      element('<section data-chunk="0" data-inserted="true"></section>'),
    );
    const ms = await inPage(call(FIRST_SCREEN_IN_PAGE, 'word', btoa('abc'), 'a.docx', 1000));
    expect(shown).toEqual([{ viewer: 'word', bytes: [97, 98, 99] }]);
    expect(ms).toBeGreaterThan(0);
  });

  it("waits for a PDF's first page to be drawn, not only laid out", async () => {
    fakeViewer(() => {
      element('<div class="pdf-page" data-page="1"></div>');
      setTimeout(
        () => document.querySelector('.pdf-page')!.setAttribute('data-rendered', 'true'),
        20,
      );
    });
    const started = performance.now();
    await inPage(call(FIRST_SCREEN_IN_PAGE, 'pdf', btoa('x'), 'a.pdf', 1000));
    expect(performance.now() - started).toBeGreaterThanOrEqual(20);
  });

  it('rejects when the viewer shows an error, or nothing in time', async () => {
    fakeViewer(() => element('<div class="pdf-view" data-pdf-state="error"></div>'));
    await expect(
      inPage(call(FIRST_SCREEN_IN_PAGE, 'pdf', btoa('x'), 'a.pdf', 1000)),
    ).rejects.toThrow('pdf viewer showed an error');
    fakeViewer(() => undefined);
    await expect(
      inPage(call(FIRST_SCREEN_IN_PAGE, 'word', btoa('x'), 'a.docx', 50)),
    ).rejects.toThrow('nothing shown in 50 ms');
  });

  it("waits for a staged PDF's first thumbnail too, unless the strip is hidden", async () => {
    (window as { __benchMaterials?: unknown }).__benchMaterials = [
      { viewer: 'pdf', fileName: 'a.pdf', base64: btoa('pdf') },
    ];
    fakeViewer(() => {
      element('<div class="pdf-page" data-page="1" data-rendered="true"></div>');
      element(
        '<nav class="pdf-thumbnails"><button class="pdf-thumbnail" data-thumbnail="1"></button></nav>',
      );
      setTimeout(
        () => document.querySelector('.pdf-thumbnail')!.setAttribute('data-drawn', 'true'),
        20,
      );
    });
    const started = performance.now();
    await inPage(call(OPEN_STAGED_IN_PAGE, 0, 1000));
    expect(performance.now() - started).toBeGreaterThanOrEqual(20);
    fakeViewer(() => element('<div class="pdf-page" data-page="1" data-rendered="true"></div>'));
    await inPage(call(OPEN_STAGED_IN_PAGE, 0, 1000));
  });

  it('opens a staged material and waits until every Word chunk is in', async () => {
    (window as { __benchMaterials?: unknown }).__benchMaterials = [
      { viewer: 'word', fileName: 'a.docx', base64: btoa('word') },
    ];
    const shown = fakeViewer(() => {
      element('<div class="word-scroll" data-chunks="2" data-chunks-shown="1"></div>');
      setTimeout(
        () => document.querySelector('.word-scroll')!.setAttribute('data-chunks-shown', '2'),
        20,
      );
    });
    const started = performance.now();
    await inPage(call(OPEN_STAGED_IN_PAGE, 0, 1000));
    expect(performance.now() - started).toBeGreaterThanOrEqual(20);
    expect(shown[0]?.bytes).toEqual([...'word'].map((c) => c.charCodeAt(0)));
  });
});
