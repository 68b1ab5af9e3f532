/**
 * The in-memory search: every hit a plain scan of the text finds, and no other, whatever the
 * segmenter made of the words; hits in their sentence, offsets into the text as written.
 */
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../shared/search/search-index';
import type { SearchDocument } from '../../../shared/search/search-index';
import { sentencesOf } from '../../../shared/search/segment-text';
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

/**
 * Every occurrence inside one sentence (。！？；… and line breaks end one), found left to right
 * without overlapping (小组小组 holds 小组小 once): what the index returns.
 */
function scanInSentences(all: readonly SearchDocument[], term: string): string[] {
  const wanted = foldForSearch(term);
  const out: string[] = [];
  for (const doc of all) {
    for (const { start, end } of sentencesOf(foldForSearch(doc.text))) {
      const text = foldForSearch(doc.text).slice(start, end);
      for (
        let at = text.indexOf(wanted);
        at !== -1;
        at = text.indexOf(wanted, at + wanted.length)
      ) {
        out.push(`${doc.id}@${start + at}`);
      }
    }
  }
  return out.sort();
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
    '章。', // a pair across a word and a stop
    '。承诺', // across a sentence's end: never one hit
    '，建立', // punctuation then a word
    '体系。运用', // across a sentence's end
    'a six', // spaces split terms: both in one sentence
  ])('finds %s exactly where a plain scan does', (term) => {
    const found = index.search(term).hits.map((h) => `${h.documentId}@${h.start}`);
    const terms = foldForSearch(term).split(/\s+/);
    // Several terms: every place the first stands in a sentence that holds them all.
    if (terms.length > 1) expect(found.length).toBeGreaterThan(0);
    else expect(found.sort()).toEqual(scanInSentences(docs, term));
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

describe('search index over mixed text', () => {
  // Chinese words, Latin words, digits, full-width forms, stops between digits (1;2 is one
  // segment), runs of punctuation, spaces, a character outside the BMP, and sentences long
  // enough to be cut at a word's edge: every term a plain scan finds, and no other.
  const pieces = [
    '质量管理',
    '标杆',
    '经验',
    '数字化',
    '供应链',
    '合格率',
    'Lean',
    'ＱＣ',
    '小组',
    '９９．５％',
    '3.14',
    '1;2',
    '……',
    '——',
    ' ',
    '，',
    '。',
    '！',
    '\n',
    '𠀀',
    'ISO9001',
    '顾客满意',
    '「',
    '」',
  ];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const generated: SearchDocument[] = Array.from({ length: 6 }, (_, d) => ({
    id: `x${d}`,
    groupId: `g${d % 2}`,
    text: Array.from({ length: d === 5 ? 900 : 300 }, () =>
      // The last document has no stops at all: its sentences are cut by length.
      d === 5 ? pieces[next() % 11]! : pieces[next() % pieces.length]!,
    ).join(''),
  }));
  const index = indexOf(generated);
  const terms = new Set<string>(['質量'.replace('質', '质'), '；', '1;', ';2', '……', '𠀀质']);
  for (let i = 0; i < 150; i++) {
    const doc = generated[next() % generated.length]!.text;
    const length = 1 + (next() % 6);
    const at = next() % (doc.length - length);
    const term = doc.slice(at, at + length).trim();
    if (term !== '' && !/\s/.test(term)) terms.add(term);
  }

  it.each([...terms])('finds %j exactly where a scan of each sentence does', (term) => {
    const found = index
      .search(term, { maxHits: 100_000 })
      .hits.map((h) => `${h.documentId}@${h.start}`);
    expect(found.sort()).toEqual(scanInSentences(generated, term));
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
