import { describe, expect, it } from 'vitest';
import { BRAND_CREAM, BRAND_TEAL, drawTrayIcon } from '../../../../electron/services/tray-icon';

function pixel(bitmap: { width: number; pixels: Uint8Array }, x: number, y: number): number[] {
  const offset = (y * bitmap.width + x) * 4;
  return [...bitmap.pixels.slice(offset, offset + 4)];
}

/** BGRA of an opaque colour. */
const opaque = ({ r, g, b }: { r: number; g: number; b: number }) => [b, g, r, 255];

describe('drawTrayIcon', () => {
  it('draws a black clock outline on transparency for the macOS template image', () => {
    const icon = drawTrayIcon(32, 'template');
    expect(icon.pixels).toHaveLength(32 * 32 * 4);
    expect(pixel(icon, 0, 0)).toEqual([0, 0, 0, 0]);
    expect(pixel(icon, 16, 2)[3]).toBeGreaterThan(200);
    expect(pixel(icon, 16, 10)[3]).toBeGreaterThan(200);
    expect(pixel(icon, 10, 22)).toEqual([0, 0, 0, 0]);
    for (let offset = 0; offset < icon.pixels.length; offset += 4) expect(icon.pixels[offset] ?? 0).toBe(0);
  });

  it('draws a teal disc with cream hands for other systems, premultiplied', () => {
    const icon = drawTrayIcon(32, 'brand');
    expect(pixel(icon, 0, 0)).toEqual([0, 0, 0, 0]);
    expect(pixel(icon, 10, 22)).toEqual(opaque(BRAND_TEAL));
    expect(pixel(icon, 16, 10)).toEqual(opaque(BRAND_CREAM));
    const edge = pixel(icon, 16, 1);
    const alpha = (edge[3] ?? 0) / 255;
    expect(alpha).toBeGreaterThan(0);
    expect(alpha).toBeLessThan(1);
    expect(edge[0]).toBe(Math.round(BRAND_TEAL.b * alpha));
  });
});
