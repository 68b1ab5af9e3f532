/**
 * What the watermark over every material says: the reader's name and today's date, as Chinese
 * readers write a date (2026年11月29日), whatever the UI language, because it marks a Chinese
 * confidential document; an English UI adds nothing to it.
 */
const chineseDate = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'Asia/Shanghai',
});

export function watermarkText(readerName: string, now: Date): string {
  const name = readerName.trim();
  return `${name === '' ? '评审专家' : name} ${chineseDate.format(now)} 保密`;
}

/** How many copies fill a view of this size, one per tile, rows offset like bricks. */
export function watermarkTiles(
  width: number,
  height: number,
  tile: { readonly width: number; readonly height: number } = { width: 320, height: 160 },
): { readonly x: number; readonly y: number }[] {
  const tiles: { x: number; y: number }[] = [];
  const rows = Math.ceil(height / tile.height) + 1;
  const columns = Math.ceil(width / tile.width) + 1;
  for (let row = 0; row < rows; row++) {
    const offset = row % 2 === 0 ? 0 : tile.width / 2;
    for (let column = 0; column < columns; column++) {
      tiles.push({ x: column * tile.width - offset, y: row * tile.height });
    }
  }
  return tiles;
}
