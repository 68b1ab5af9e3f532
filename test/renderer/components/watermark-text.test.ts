import { describe, expect, it } from 'vitest';
import { watermarkText, watermarkTiles } from '../../../renderer/components/watermark-text';

describe('the watermark', () => {
  it('names the reader and the date as Chinese readers write it, in Beijing time', () => {
    // 23:30 UTC on 28 November is already 29 November in Beijing.
    expect(watermarkText(' 张三 ', new Date('2026-11-28T23:30:00Z'))).toBe(
      '张三 2026年11月29日 保密',
    );
    expect(watermarkText('', new Date('2026-01-05T04:00:00Z'))).toBe('评审专家 2026年1月5日 保密');
  });

  it('covers the whole view, rows offset like bricks', () => {
    const tiles = watermarkTiles(1000, 500, { width: 300, height: 150 });
    const right = Math.max(...tiles.map((t) => t.x)) + 300;
    const bottom = Math.max(...tiles.map((t) => t.y)) + 150;
    expect(right).toBeGreaterThanOrEqual(1000);
    expect(bottom).toBeGreaterThanOrEqual(500);
    const firstOf = (y: number) => Math.min(...tiles.filter((t) => t.y === y).map((t) => t.x));
    expect([firstOf(0), firstOf(150), firstOf(300)]).toEqual([0, -150, 0]);
    expect(watermarkTiles(0, 0)).toHaveLength(1);
  });
});
