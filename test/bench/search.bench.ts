/**
 * search_query_250apps: milliseconds per query of the reader's search over every material of a
 * package, against SQLite's full-text search with the trigram tokenizer on the same text.
 * 250 applications of 80,000 Chinese characters each (generated: words drawn with Zipf's law from
 * a vocabulary of two- and three-character words, sentences of 8–40 characters), twenty
 * different queries of three to six characters, most of them in the text. Ours: the in-memory
 * index of shared/search, in this process, timed per query; hits with their context, every match
 * counted. Peer: one sqlite3 process answering the same twenty queries against an FTS5 table
 * (one row per application), each with `snippet()` and the matching rows' count, timed per query by
 * sqlite's own `.timer` (so its start-up is not counted). Index build times are stated for both.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSearchIndex } from '../../shared/search/search-index';
import type { SearchIndex } from '../../shared/search/search-index';
import { median, rowFrom, timeAlternating } from './alternating';
import type { Side } from './alternating';
import type { BenchContext } from './bench-context';
import { SEARCH_APPLICATIONS, SEARCH_CHARACTERS } from './bench-sizes';
import { runCommand } from './command';
import { loadAverage } from './machine';
import { seededRandom as generator } from '../fixtures/seeded-random';

const QUERIES = 20;
const CHARS =
  '质量管理标杆经验创新数字化供应链顾客体系改进企业精益卓越绩效合格率提升成本满意度标准可靠性检验工艺研发采购生产交付预防追溯平台监控制造服务过程方法测量分析评价风险能力文化人才培养战略目标责任绿色安全环境效益产品设计开发客户市场品牌信息系统数据智能装备材料能源技术'.split(
    '',
  );

/** The vocabulary, most frequent first: Zipf's law over it gives a realistic posting spread. */
function vocabulary(random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < 6000) {
    const length = random() < 0.8 ? 2 : 3;
    let word = '';
    for (let i = 0; i < length; i++) word += CHARS[Math.floor(random() * CHARS.length)];
    words.add(word);
  }
  return [...words];
}

function applicationText(words: readonly string[], random: () => number): string {
  // Zipf: the k-th word with weight 1/k, drawn by inverting the harmonic sum approximately.
  const draw = () =>
    words[Math.min(words.length - 1, Math.floor(Math.exp(random() * Math.log(words.length))) - 1)]!;
  const parts: string[] = [];
  let length = 0;
  while (length < SEARCH_CHARACTERS) {
    let sentence = '';
    const target = 8 + Math.floor(random() * 33);
    while (sentence.length < target) sentence += draw();
    sentence += random() < 0.3 ? '，' : '。';
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('').slice(0, SEARCH_CHARACTERS);
}

function queriesFrom(texts: readonly string[], random: () => number): string[] {
  const queries = new Set<string>();
  while (queries.size < QUERIES - 2) {
    const text = texts[Math.floor(random() * texts.length)]!;
    const length = 3 + Math.floor(random() * 4);
    const at = Math.floor(random() * (text.length - length));
    const query = text.slice(at, at + length);
    if (!/[，。]/.test(query)) queries.add(query);
  }
  // Two that are not there: the search must say so as quickly.
  queries.add('评审专家组');
  queries.add('答辩评审会议纪要');
  return [...queries];
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** sqlite3's `.timer on` lines, "Run Time: real 0.012 user … sys …", as milliseconds. */
function sqliteTimes(output: string): number[] {
  return [...output.matchAll(/Run Time: real ([0-9.]+)/g)].map((m) => Number(m[1]) * 1000);
}

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

export async function run(ctx: BenchContext): Promise<void> {
  const random = generator(2026);
  const words = vocabulary(random);
  const texts = Array.from({ length: SEARCH_APPLICATIONS }, () => applicationText(words, random));
  const queries = queriesFrom(texts, random);
  ctx.log(
    `${SEARCH_APPLICATIONS} texts of ${SEARCH_CHARACTERS} characters, ${queries.length} queries`,
  );

  // Ours: the index built once, as the reader's worker builds it when the package opens.
  const builtAt = performance.now();
  const cpuAtStart = process.cpuUsage();
  const index: SearchIndex = createSearchIndex();
  texts.forEach((text, i) => index.add({ id: `m${i}`, groupId: `a${i}`, text }));
  // The posting lists made from what was added: part of the build, not of the first query.
  index.prepare();
  const oursBuild = (performance.now() - builtAt) / 1000;
  // This process's CPU time as well: on a busy machine the wall time says more about the others.
  const cpuUsed = process.cpuUsage(cpuAtStart);
  const oursBuildCpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  const heap = process.memoryUsage().heapUsed / 1e6;

  // The peer: the same texts in an FTS5 table with the trigram tokenizer.
  const db = join(ctx.scratchDir, 'search.db');
  const peer = (await ctx.tools.missing(['sqlite3'])) === null;
  let peerBuild: number | null = null;
  if (peer) {
    for (const [i, text] of texts.entries())
      await writeFile(join(ctx.scratchDir, `a${i}.txt`), text);
    const load = [
      "CREATE VIRTUAL TABLE apps USING fts5(body, tokenize='trigram');",
      'BEGIN;',
      ...texts.map(
        (_, i) =>
          `INSERT INTO apps(rowid, body) VALUES (${i}, readfile(${sqlString(join(ctx.scratchDir, `a${i}.txt`))}));`,
      ),
      'COMMIT;',
    ].join('\n');
    const started = performance.now();
    await runCommand('sqlite3', [db], { stdin: load });
    peerBuild = (performance.now() - started) / 1000;
  }
  const peerScript = [
    '.timer on',
    // Two statements a query (snippet() cannot share a SELECT with a window count); timed as one.
    ...queries.flatMap((q) => {
      const match = `apps MATCH ${sqlString(`"${q}"`)}`;
      return [
        `SELECT count(*) FROM apps WHERE ${match};`,
        `SELECT rowid, snippet(apps, 0, '', '', '…', 16) FROM apps WHERE ${match} LIMIT 200;`,
      ];
    }),
  ].join('\n');

  // Each run answers the twenty queries; a run's time is the sum of its per-query times.
  const perQuery = new Map<string, number[]>([
    ['ours', []],
    ['sqlite3 fts5 trigram', []],
  ]);
  const runTotals = new Map<string, number[]>([
    ['ours', []],
    ['sqlite3 fts5 trigram', []],
  ]);
  let oursHits = 0;
  const sides: Side[] = [
    {
      name: 'ours',
      work: `the in-memory index (Intl.Segmenter words, sentences first, and the character pairs across their edges): ${queries.length} queries, each with up to 200 hits in context and every match counted`,
      run: async () => {
        const times: number[] = [];
        oursHits = 0;
        for (const query of queries) {
          const started = performance.now();
          oursHits += index.search(query).total;
          times.push(performance.now() - started);
        }
        perQuery.get('ours')!.push(...times);
        runTotals.get('ours')!.push(times.reduce((a, b) => a + b, 0) / 1000);
      },
    },
    {
      name: 'sqlite3 fts5 trigram',
      work: `one sqlite3 process: the same ${queries.length} queries as FTS5 phrase matches, the count, then up to 200 rows with snippet(), timed by sqlite's .timer`,
      tools: ['sqlite3'],
      run: async () => {
        const statements = sqliteTimes(await runCommand('sqlite3', [db], { stdin: peerScript }));
        if (statements.length !== 2 * queries.length)
          throw new Error(
            `sqlite3 timed ${statements.length} statements, not ${2 * queries.length}`,
          );
        const times = queries.map((_, i) => statements[2 * i]! + statements[2 * i + 1]!);
        perQuery.get('sqlite3 fts5 trigram')!.push(...times);
        runTotals.get('sqlite3 fts5 trigram')!.push(times.reduce((a, b) => a + b, 0) / 1000);
      },
    },
  ];
  ctx.log(`search_query_250apps: ${sides.map((s) => s.name).join(' / ')}`);
  const times = await timeAlternating(sides, {
    repeats: ctx.repeats,
    log: (line) => ctx.log(`search_query_250apps ${line}`),
    missing: (tools) => ctx.tools.missing(tools),
  });
  // The rows carry the queries' own times, not the processes' (sqlite3's start-up left out).
  const queryTimes = {
    ...times,
    sides: times.sides.map((side) =>
      'missing' in side
        ? side
        : { ...side, seconds: runTotals.get(side.name)!.slice(-times.repeats) },
    ),
  };
  const stats = (name: string) => {
    const all = perQuery.get(name)!.slice(-times.repeats * queries.length);
    return all.length === 0 ? null : { median: median(all), p95: percentile(all, 95) };
  };
  const ours = stats('ours')!;
  const theirs = peer ? stats('sqlite3 fts5 trigram') : null;
  const row = rowFrom(
    {
      name: 'search_query_250apps',
      unit: 'ms/query',
      better: 'lower',
      value: (seconds) => (seconds * 1000) / queries.length,
      notes: [
        `per query, ours: median ${ours.median.toFixed(2)} ms, p95 ${ours.p95.toFixed(2)} ms (target: under 50 ms); ${oursHits} matches over the ${queries.length} queries`,
        theirs === null
          ? 'sqlite3 missing: the peer is recorded as missing'
          : `per query, sqlite3 fts5 trigram: median ${theirs.median.toFixed(2)} ms, p95 ${theirs.p95.toFixed(2)} ms`,
        `index build: ours ${oursBuild.toFixed(1)} s in this process (${oursBuildCpu.toFixed(1)} s of CPU; heap ${heap.toFixed(0)} MB after), ` +
          (peerBuild === null
            ? 'sqlite3 missing'
            : `sqlite3 ${peerBuild.toFixed(1)} s (table and trigram index, one transaction)`),
        `${SEARCH_APPLICATIONS} × ${SEARCH_CHARACTERS} characters; queries: ${queries.join('、')}`,
      ],
    },
    queryTimes,
  );
  await ctx.record({ ...row, loadAverage: loadAverage() });
}
