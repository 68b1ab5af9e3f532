/** The rows as text, for the terminal at the end of a run. */
import { isMissing } from './bench-result';
import type { BenchRow, MeasuredSide } from './bench-result';

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  return value.toFixed(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
}

function spread(side: MeasuredSide): string {
  return `${formatNumber(side.median)} [${formatNumber(side.min)}–${formatNumber(side.max)}]`;
}

/** One block per row: ours, then each peer with ours' ratio to it, each with its work. */
export function formatRow(row: BenchRow): string {
  const lines = [
    `${row.name} (${row.unit}, ${row.better} is better; median [min–max] of ${row.repeats} runs ` +
      `each, alternating ${row.order.join(' → ')}, after ${row.warmup} warm-up)`,
  ];
  const width = Math.max(...[row.ours, ...row.peers].map((side) => side.name.length));
  lines.push(`  ${row.ours.name.padEnd(width)}  ${spread(row.ours)}`);
  lines.push(`  ${''.padEnd(width)}  ↳ ${row.ours.work}`);
  for (const peer of row.peers) {
    if (isMissing(peer)) {
      lines.push(`  ${peer.name.padEnd(width)}  missing: ${peer.missing}`);
    } else {
      lines.push(`  ${peer.name.padEnd(width)}  ${spread(peer)}  ours ×${peer.ratio.toFixed(2)}`);
    }
    lines.push(`  ${''.padEnd(width)}  ↳ ${peer.work}`);
  }
  if (row.bestPeer !== null) {
    const target =
      row.target === undefined
        ? ''
        : `; target ≥ ×${row.target.ratio.toFixed(2)}${row.target.basis === undefined ? '' : ` (${row.target.basis})`}: ${row.target.met ? 'met' : 'not met'}`;
    lines.push(
      `  best peer: ${row.bestPeer.name}, ours ×${row.bestPeer.ratio.toFixed(2)}${target}`,
    );
  } else if (row.peers.length > 0) {
    lines.push('  best peer: none measured (every peer is missing)');
  }
  for (const note of row.notes) lines.push(`  note: ${note}`);
  if (row.loadAverage !== undefined) {
    lines.push(`  load average when it finished: ${row.loadAverage.join(' ')}`);
  }
  return lines.join('\n');
}

export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  return `${Math.floor(total / 60)} min ${total % 60} s`;
}
