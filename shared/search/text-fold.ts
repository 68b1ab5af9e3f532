/**
 * How search compares text: full-width ASCII (Ａ, １, ＃) as half-width, the ideographic space
 * as a space, Latin letters without case. Every change maps one UTF-16 unit to one, so an offset
 * in the folded text is the same offset in the original: a hit found in folded text is
 * highlighted in the text as written.
 */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_SHIFT = 0xfee0;

function foldUnit(unit: number): number {
  if (unit >= FULL_WIDTH_FIRST && unit <= FULL_WIDTH_LAST) unit -= FULL_WIDTH_SHIFT;
  else if (unit === 0x3000) return 0x20;
  // A–Z to a–z; other scripts keep their case (Chinese has none).
  return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
}

/** The text folded for comparison, exactly as long as the input. */
export function foldForSearch(text: string): string {
  let changed = false;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const folded = foldUnit(unit);
    units[i] = folded;
    if (folded !== unit) changed = true;
  }
  if (!changed) return text;
  // In slices: String.fromCharCode takes its arguments on the stack.
  let out = '';
  for (let i = 0; i < units.length; i += 8192) {
    out += String.fromCharCode(...units.subarray(i, i + 8192));
  }
  return out;
}
