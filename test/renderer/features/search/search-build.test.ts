/**
 * The index built material by material: each read the way its reader reads it (Word by name,
 * PDF by its bytes, a scan or an image listed as holding no text), progress after each, a
 * cancel obeyed between materials, a lost index worker ending the build, and main's wait for
 * the round's undertaking ending it where it refused.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../renderer/features/search/search-build';
import type {
  SearchBuildDeps,
  SearchMaterial,
} from '../../../../renderer/features/search/search-build';
import { materialRoute } from '../../../../renderer/features/search/material-route';
import type { AddRequest } from '../../../../renderer/features/search/search-protocol';

const PDF = new TextEncoder().encode('%PDF-1.7\n');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);

const materials: SearchMaterial[] = [
  { applicationId: 'a1', materialId: 'word', name: '申报书.docx' },
  { applicationId: 'a1', materialId: 'legacy', name: '旧版说明.DOC' },
  { applicationId: 'a1', materialId: 'pdf', name: '证明材料.pdf' },
  { applicationId: 'a2', materialId: 'scan', name: '推荐表.pdf' },
  { applicationId: 'a2', materialId: 'photo', name: '承诺书.jpg' },
  { applicationId: 'a2', materialId: 'broken', name: '坏文件.docx' },
  { applicationId: 'a2', materialId: 'refused', name: '拒绝.pdf' },
];

const bytesOf: Record<string, Uint8Array | null> = {
  word: ZIP,
  legacy: new Uint8Array([0xd0, 0xcf]),
  pdf: PDF,
  scan: PDF,
  photo: JPEG,
  broken: ZIP,
  refused: null,
};

function deps(overrides: Partial<SearchBuildDeps> = {}) {
  const added: AddRequest[] = [];
  const events: string[] = [];
  const all: SearchBuildDeps = {
    fetchBytes: async (id) => bytesOf[id] ?? null,
    extractWord: async (format, bytes) =>
      bytes === bytesOf['broken'] && format === 'docx' && events.at(-1) === 'start broken'
        ? null
        : `${format} 的文字。`,
    readPdfPages: async (bytes) =>
      bytes === PDF && added.length < 3 ? ['第一页。', '第二页。'] : ['', ''],
    add: async (request) => {
      added.push(request);
      return request.texts.join('').length;
    },
    onStart: (_, material) => events.push(`start ${material.materialId}`),
    onDone: (i, material, outcome) => events.push(`${i} ${material.materialId} ${outcome}`),
    ...overrides,
  };
  return { all, added, events };
}

describe('search build', () => {
  it('reads each material its reader’s way and says what became of it', async () => {
    const { all, added, events } = deps();
    expect(await buildSearchIndex(materials, all, { cancelled: false })).toBe('done');
    expect(events.filter((e) => !e.startsWith('start'))).toEqual([
      '0 word indexed',
      '1 legacy indexed',
      '2 pdf indexed',
      '3 scan no-text',
      '4 photo no-text',
      '5 broken failed',
      '6 refused failed',
    ]);
    expect(added.map((a) => [a.materialId, a.kind, a.texts])).toEqual([
      ['word', 'word', ['docx 的文字。']],
      ['legacy', 'word', ['doc 的文字。']],
      ['pdf', 'pdf', ['第一页。', '第二页。']],
      ['scan', 'pdf', ['', '']],
    ]);
  });

  it('stops between materials when cancelled', async () => {
    const signal = { cancelled: false };
    const { all, events } = deps({
      onDone: (i, material, outcome) => {
        events.push(`${i} ${material.materialId} ${outcome}`);
        if (i === 1) signal.cancelled = true;
      },
    });
    expect(await buildSearchIndex(materials, all, signal)).toBe('cancelled');
    expect(events).toEqual(['start word', '0 word indexed', 'start legacy', '1 legacy indexed']);
  });

  it('ends where main waits for the undertaking, that material not counted and no other asked for', async () => {
    const asked: string[] = [];
    const { all, events, added } = deps({
      fetchBytes: async (id) => {
        asked.push(id);
        return id === 'pdf' ? 'undertaking' : (bytesOf[id] ?? null);
      },
    });
    expect(await buildSearchIndex(materials, all, { cancelled: false })).toBe('gated');
    expect(asked).toEqual(['word', 'legacy', 'pdf']);
    expect(events).toEqual([
      'start word',
      '0 word indexed',
      'start legacy',
      '1 legacy indexed',
      'start pdf',
    ]);
    expect(added.map((a) => a.materialId)).toEqual(['word', 'legacy']);
  });

  it('ends when the index worker is gone', async () => {
    const { all } = deps({ add: async () => null });
    expect(await buildSearchIndex(materials, all, { cancelled: false })).toBe('broken');
  });

  it('routes by name for Word and by bytes for the rest', () => {
    expect(materialRoute('a.docx', PDF)).toBe('docx');
    expect(materialRoute('a.Doc', ZIP)).toBe('doc');
    expect(materialRoute('a.jpg', PDF)).toBe('pdf');
    expect(materialRoute('a.pdf', JPEG)).toBe('no-text');
    expect(materialRoute('a.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe('no-text');
  });
});
