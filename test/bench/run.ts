/**
 * `npm run bench [-- NAME…]`: runs the bench modules (all, or those named) and writes
 * bench-results.json at the repository root after every row. Prints the machine first (cores,
 * CPU, Node, scratch disk) and the wall time last. Speed targets are checked here, never by
 * timed unit tests. Exit codes: 0 all rows measured, 1 a module failed or the disk is too
 * small, 2 an unknown name.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repeatsFrom } from './alternating';
import type { BenchContext } from './bench-context';
import { freeBytes, gigabytes, loadAverage, machineInfo } from './machine';
import { selectModules, usage } from './modules';
import { PeerTools } from './peer-tools';
import { formatDuration, formatRow } from './report-table';
import { ResultsFile } from './results-file';

/** The budget of a whole run on the 2-core build machine (issue 7, point 10). */
const WALL_LIMIT_SECONDS = 20 * 60;
/** A 1-minute load average at or above this before starting means something else is running. */
const BUSY_LOAD = 0.5;

const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;
const stamp = () => {
  const s = Math.floor(elapsed());
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage());
  process.exit(0);
}
const selection = selectModules(args);
if ('unknown' in selection) {
  console.error(
    `未知的基准测试模块：${selection.unknown.join('、')} / Unknown bench module: ${selection.unknown.join(', ')}`,
  );
  console.error(usage());
  process.exit(2);
}
const selected = selection.modules;
const repeats = repeatsFrom(process.env.QBR_BENCH_REPEATS);
if (repeats === null) {
  console.error(
    `QBR_BENCH_REPEATS 须为不小于 5 的整数 / QBR_BENCH_REPEATS must be an integer of at least 5`,
  );
  process.exit(2);
}

const scratchRoot = process.env.QBR_BENCH_DIR || tmpdir();
const scratchIsFolder = await stat(scratchRoot).then(
  (s) => s.isDirectory(),
  () => false,
);
if (!scratchIsFolder) {
  console.error(
    `基准测试临时目录不存在：${scratchRoot}（请设置 QBR_BENCH_DIR）/ The bench scratch folder does not exist: ${scratchRoot} (set QBR_BENCH_DIR)`,
  );
  process.exit(1);
}
const machine = machineInfo();
const free = await freeBytes(scratchRoot);
const needed = Math.max(...selected.map((m) => m.diskBytes));

console.log(`质量标杆评审 bench: ${selected.map((m) => m.name).join(', ')}`);
console.log(
  `machine: ${machine.cores} cores (os.availableParallelism), ${machine.cpu}, ` +
    `${gigabytes(machine.memoryBytes)} RAM, Node ${machine.node}, ${machine.platform}`,
);
console.log(
  `scratch disk: ${scratchRoot}, ${gigabytes(free)} free, these modules need about ${gigabytes(needed)}`,
);
console.log(
  `each row: every side run ${repeats} times in alternating order after 1 untimed warm-up; median [min–max]`,
);
const load = loadAverage();
console.log(`load average: ${load.join(' ')}`);
if ((load[0] ?? 0) >= BUSY_LOAD) {
  console.log(
    `本机另有进程在运行，结果会更分散；可比较的数字请在空闲时测量。` +
      ` / Other processes are busy on this machine: figures will be noisier; measure on an idle machine for figures to compare.`,
  );
}
if (free < needed) {
  console.error(
    `磁盘空间不足：${scratchRoot} 仅余 ${gigabytes(free)}，需要约 ${gigabytes(needed)}；请释放空间或用 QBR_BENCH_DIR 指向更大的磁盘。` +
      ` / Not enough free disk: ${gigabytes(free)} in ${scratchRoot}, about ${gigabytes(needed)} needed; free some or point QBR_BENCH_DIR at a larger disk.`,
  );
  process.exit(1);
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const results = new ResultsFile(join(root, 'bench-results.json'), {
  command: `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
  startedAt: new Date().toISOString(),
  machine,
  scratch: { path: scratchRoot, freeBytes: free, neededBytes: needed },
  modules: selected.map((m) => m.name),
  repeats,
  loadAverageAtStart: load,
});
await results.write();
console.log(`results: ${results.path} (rewritten after every row)`);

// Ctrl-C, or a crash, must not leave gigabytes of scratch files behind.
let currentScratch: string | undefined;
process.on('exit', () => {
  if (currentScratch !== undefined) rmSync(currentScratch, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(
      `\n${signal}: 已停止，已完成的行保留在结果文件中 / stopped; finished rows are kept`,
    );
    process.exit(130);
  });
}

const tools = new PeerTools((line) => console.log(line));
let failed = false;
for (const entry of selected) {
  const scratchDir = await mkdtemp(join(scratchRoot, `qbr-bench-${entry.name}-`));
  currentScratch = scratchDir;
  const log = (line: string) => console.log(`[${stamp()}] [${entry.name}] ${line}`);
  const ctx: BenchContext = {
    scratchDir,
    cores: machine.cores,
    repeats,
    log,
    tools,
    record: async (row) => {
      await results.addRow(row);
      log(`${row.name} written to bench-results.json`);
    },
  };
  try {
    const module = await entry.load();
    await module.run(ctx);
  } catch (error) {
    failed = true;
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[${stamp()}] [${entry.name}] 失败 / failed: ${message}`);
    if (process.env.QBR_BENCH_DEBUG && error instanceof Error) console.error(error.stack);
    await results.addFailure(entry.name, message);
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
    currentScratch = undefined;
  }
}

const wall = elapsed();
await results.finish(wall);
const content = results.content();
console.log('');
console.log(
  `results (${machine.cores} cores, ${machine.cpu}, Node ${machine.node}, scratch ${scratchRoot}):`,
);
for (const row of content.rows) console.log(`\n${formatRow(row)}`);
for (const failure of content.failures)
  console.log(`\n${failure.module}: failed: ${failure.message}`);
console.log('');
console.log(
  `total wall time: ${formatDuration(wall)} on ${machine.cores} cores` +
    (args.length === 0
      ? ` (limit ${formatDuration(WALL_LIMIT_SECONDS)}${wall > WALL_LIMIT_SECONDS ? ': OVER' : ''})`
      : ''),
);
process.exit(failed ? 1 : 0);
