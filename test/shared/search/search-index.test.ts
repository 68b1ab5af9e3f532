/**
 * The in-memory search: every hit a plain scan of the text finds, and no other, whatever the
 * segmenter made of the words; hits in their sentence, offsets into the text as written.
 */
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../shared/search/search-index';
import type { SearchDocument } from '../../../shared/search/search-index';
import { foldForSearch } from '../../../shared/search/text-fold';

const docs: SearchDocument[] = [
  {
    id: 'm1',
    groupId: 'a001',
    text: '企业以顾客为关注焦点，建立全过程质量管理体系。运用六西格玛和数字化工具，一次交检合格率提升至９９．５％。质量标杆的经验可复制。',
  },
  {
    id: 'm2',
    groupId: 'a002',
    text: '通过ＱＣ小组活动，质量成本下降百分之三十。Lean Six Sigma 与卓越绩效模式结合！顾客满意度连续三年提升。',
  },
  { id: 'm3', groupId: 'a002', text: '𠀀字在扩展区。承诺书已签字盖章。' },
];

function indexOf(all: readonly SearchDocument[]) {
  const index = createSearchIndex();
  for (const doc of all) index.add(doc);
  return index;
}

/** Every occurrence by a plain scan of the folded text: what the index must return. */
function scan(all: readonly SearchDocument[], term: string): string[] {
  const wanted = foldForSearch(term);
  const out: string[] = [];
  for (const doc of all) {
    const folded = foldForSearch(doc.text);
    for (let at = folded.indexOf(wanted); at !== -1; at = folded.indexOf(wanted, at + 1)) {
      out.push(`${doc.id}@${at}`);
    }
  }
  return out.sort();
}

describe('search index', () => {
  const index = indexOf(docs);

  it.each([
    '质量',
    '质量管理',
    '量管', // across the segmenter's cut 质量|管理
    '标杆的经',
    '六西格玛',
    '合格率',
    '99.5%', // written full-width in the text
    'qc小组', // full-width and upper case in the text
    'six sigma',
    '顾客',
    '𠀀字',
    '签字盖章',
    '。',
  ])('finds %s exactly where a plain scan does', (term) => {
    const found = index.search(term).hits.map((h) => `${h.documentId}@${h.start}`);
    expect(found.sort()).toEqual(scan(docs, term));
    expect(found.length).toBeGreaterThan(0);
  });

  it('finds nothing that is not there', () => {
    expect(index.search('评审专家').total).toBe(0);
    expect(index.search('质量 承诺书').total).toBe(0); // both terms, but never in one sentence
    expect(index.search('   ').total).toBe(0);
  });

  it('needs every term in one sentence, and shows the hit in context as written', () => {
    const result = index.search('質量 体系'.replace('質', '质'));
    expect(result.total).toBe(1);
    const [hit] = result.hits;
    expect(hit).toMatchObject({ documentId: 'm1', groupId: 'a001', match: '质量' });
    expect(docs[0]!.text.slice(hit!.start, hit!.end)).toBe('质量');
    expect(hit!.before).toBe('企业以顾客为关注焦点，建立全过程');
    expect(hit!.after).toBe('管理体系。');
    const fullWidth = index.search('99.5').hits[0]!;
    expect(fullWidth.match).toBe('９９．５');
  });

  it('counts every match but returns at most the hits asked for', () => {
    const many = indexOf([{ id: 'x', groupId: 'g', text: '质量。'.repeat(500) }]);
    const result = many.search('质量', { maxHits: 20 });
    expect(result.total).toBe(500);
    expect(result.hits).toHaveLength(20);
  });

  it('agrees with a plain scan over generated text, term by term', () => {
    const words = [
      '质量',
      '管理',
      '标杆',
      '经验',
      '创新',
      '数字化',
      '供应链',
      '顾客',
      '体系',
      '改进',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const generated: SearchDocument[] = Array.from({ length: 5 }, (_, d) => ({
      id: `g${d}`,
      groupId: 'g',
      text: Array.from(
        { length: 200 },
        () =>
          Array.from({ length: 1 + (next() % 6) }, () => words[next() % words.length]).join('') +
          (next() % 3 === 0 ? '，' : '。'),
      ).join(''),
    }));
    const big = indexOf(generated);
    for (const term of ['理标', '量管理标', '数字化供', '链顾', '新经验', '改进。质']) {
      const found = big
        .search(term, { maxHits: 10_000 })
        .hits.map((h) => `${h.documentId}@${h.start}`);
      expect(found.sort(), term).toEqual(scan(generated, term));
    }
  });
});

describe('folding for search', () => {
  it('keeps every offset: one unit for one unit', () => {
    const text = 'ＡＢＣ　１２３ａｂｃ质量ABC';
    const folded = foldForSearch(text);
    expect(folded).toBe('abc 123abc质量abc');
    expect(folded.length).toBe(text.length);
  });
});
