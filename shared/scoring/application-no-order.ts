/**
 * Orders 申报编号 the same on every machine: no locale. Runs of ASCII digits compare as numbers
 * ('9' < '10', 'BG-9' < 'BG-10'), other runs by UTF-16 code units, so two all-digit numbers
 * compare numerically. Numbers equal but written differently ('007', '7') fall back to plain
 * code-unit order. Returns 0 only for identical strings.
 */
export function compareApplicationNo(a: string, b: string): number {
  const runsA = a.match(/\d+|\D+/g) ?? [];
  const runsB = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(runsA.length, runsB.length); i++) {
    const x = runsA[i] ?? '';
    const y = runsB[i] ?? '';
    const order = isDigits(x) && isDigits(y) ? compareDigitRuns(x, y) : compareCodeUnits(x, y);
    if (order !== 0) return order;
  }
  return Math.sign(runsA.length - runsB.length) || compareCodeUnits(a, b);
}

function isDigits(run: string): boolean {
  return /^\d/.test(run);
}

// Compared as strings so that numbers longer than 2^53 stay exact.
function compareDigitRuns(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, '');
  const b = y.replace(/^0+(?=\d)/, '');
  return Math.sign(a.length - b.length) || compareCodeUnits(a, b);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
