/**
 * The search worker's protocol, under Node: Word bytes read as text through the reader's mammoth
 * door and its legacy .doc reader, texts added (PDF page by page), queries answered with each
 * hit's application, material, page, context and quote.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createSearchWorkerCore } from '../../../../renderer/features/search/search-worker-core';
import type {
  ResultsAnswer,
  SearchWorkerRequest,
} from '../../../../renderer/features/search/search-protocol';
import { chineseDocx } from '../../../e2e/reader-fixture/chinese-docx';

const buffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

async function extracted(format: 'docx' | 'doc', bytes: Uint8Array): Promise<string> {
  const answer = await createSearchWorkerCore().handle({
    type: 'extract',
    format,
    bytes: buffer(bytes),
  });
  if (answer.type !== 'extracted' || !answer.ok) throw new Error('not extracted');
  return answer.text;
}

async function query(
  core: ReturnType<typeof createSearchWorkerCore>,
  text: string,
  request = 1,
): Promise<ResultsAnswer> {
  const answer = await core.handle({ type: 'query', request, query: text });
  if (answer.type !== 'results') throw new Error(answer.type);
  return answer;
}

describe('search worker', () => {
  it('reads a .docx as mammoth does: paragraphs, tables and lists, in order', async () => {
    const text = await extracted('docx', await chineseDocx(1, 2));
    expect(text).toContain('申报单位：华东精密机械股份有限公司');
    expect(text).toContain('一次交验合格率');
    expect(text.indexOf('全国质量标杆申报材料')).toBeLessThan(text.indexOf('质量管理经验之一'));
  });

  it('reads a legacy .doc through its own reader, one paragraph a line', async () => {
    const bytes = await readFile(
      new URL('../reader/word/fixtures/chinese-material.doc', import.meta.url),
    );
    const text = await extracted('doc', bytes);
    expect(text.length).toBeGreaterThan(10);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('says a file is unreadable, never throws', async () => {
    const core = createSearchWorkerCore();
    const junk = buffer(new TextEncoder().encode('PK\u0003\u0004 not really a zip'));
    expect(await core.handle({ type: 'extract', format: 'docx', bytes: junk })).toEqual({
      type: 'extracted',
      ok: false,
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await core.handle({ type: 'extract', format: 'docx', bytes: buffer(ole) })).toEqual({
      type: 'extracted',
      ok: false,
    });
  });

  it('indexes Word whole and PDF by page, and answers with material, page and context', async () => {
    const core = createSearchWorkerCore();
    const add = (request: Omit<Extract<SearchWorkerRequest, { type: 'add' }>, 'type'>) =>
      core.handle({ type: 'add', ...request });
    expect(
      await add({
        applicationId: 'a1',
        materialId: 'm1',
        kind: 'word',
        texts: ['企业建立全过程质量管理体系。\n\n一次交验合格率提升至９９．５％。\n\n'],
      }),
    ).toEqual({ type: 'added', materialId: 'm1', characters: 34 });
    expect(
      await add({
        applicationId: 'a2',
        materialId: 'm2',
        kind: 'pdf',
        texts: ['第一页没有那个词。', '', '第三页：质量管理经验可复制。'],
      }),
    ).toMatchObject({ type: 'added', materialId: 'm2' });
    expect(
      await add({ applicationId: 'a2', materialId: 'scan', kind: 'pdf', texts: ['', '  '] }),
    ).toEqual({ type: 'added', materialId: 'scan', characters: 0 });

    expect(await core.handle({ type: 'prepare' })).toEqual({ type: 'prepared' });
    const found = await query(core, '质量管理', 7);
    expect(found.request).toBe(7);
    expect(found.total).toBe(2);
    expect(found.hits).toEqual([
      expect.objectContaining({
        applicationId: 'a1',
        materialId: 'm1',
        before: '企业建立全过程',
        match: '质量管理',
        after: '体系。',
      }),
      expect.objectContaining({
        applicationId: 'a2',
        materialId: 'm2',
        page: 3,
        before: '第三页：',
        match: '质量管理',
      }),
    ]);
    expect(found.hits[0]).not.toHaveProperty('page');
    expect(found.hits[1]!.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: '质量管理',
      prefix: '第三页：',
      suffix: '经验可复制。',
    });

    // Half-width typed, full-width written: found, and marked as written.
    const wide = await query(core, '99.5%');
    expect(wide.hits.map((h) => h.match)).toEqual(['９９．５％']);
    expect((await query(core, '评审专家')).total).toBe(0);
  });
});
