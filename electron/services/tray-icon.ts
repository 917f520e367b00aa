/**
 * The tray icon, drawn in code as a small clock: the packaged app carries only its bundles, and a template image for
 * the macOS menu bar has to be a black shape on transparency anyway. Pixels are BGRA, premultiplied, as
 * nativeImage.createFromBitmap reads them.
 *
 * - template (macOS): a clock outline in black; the system recolours it for light and dark menu bars.
 * - brand (Windows, Linux): a teal disc with cream hands, as the app icon is coloured, readable on light and dark
 *   taskbars alike.
 */

export type TrayIconStyle = 'template' | 'brand';

export interface TrayIconBitmap {
  width: number;
  height: number;
  pixels: Uint8Array;
}

interface Rgb {
  r: number;
  g: number;
  b: number;
}

const BLACK: Rgb = { r: 0, g: 0, b: 0 };
export const BRAND_TEAL: Rgb = { r: 0x1d, g: 0x5c, b: 0x63 };
export const BRAND_CREAM: Rgb = { r: 0xff, g: 0xf7, b: 0xe6 };

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage of a shape edge `distance` pixels inside (positive) or outside (negative) it, anti-aliased over one pixel. */
function coverage(inside: number): number {
  return Math.max(0, Math.min(1, inside + 0.5));
}

interface Layer {
  colour: Rgb;
  alpha: number;
}

/** Source-over compositing of layers, bottom first, into premultiplied BGRA. */
function composite(layers: Layer[]): [number, number, number, number] {
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  for (const { colour, alpha } of layers) {
    r = colour.r * alpha + r * (1 - alpha);
    g = colour.g * alpha + g * (1 - alpha);
    b = colour.b * alpha + b * (1 - alpha);
    a = alpha + a * (1 - alpha);
  }
  return [Math.round(b), Math.round(g), Math.round(r), Math.round(255 * a)];
}

/** A clock `size` pixels square, its hands at ten past the hour. */
export function drawTrayIcon(size: number, style: TrayIconStyle): TrayIconBitmap {
  const pixels = new Uint8Array(size * size * 4);
  const center = size / 2;
  const scale = size / 16;
  const halfStroke = (style === 'template' ? 0.8 : 0.9) * scale;
  const hands: Array<[number, number]> = [
    [center, center - (style === 'template' ? 4.4 : 4.2) * scale],
    [center + 3.2 * scale, center + 1.4 * scale],
  ];
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const px = x + 0.5;
      const py = y + 0.5;
      const fromCenter = Math.hypot(px - center, py - center);
      const hand = Math.max(...hands.map(([hx, hy]) => coverage(halfStroke - distanceToSegment(px, py, center, center, hx, hy))));
      const layers: Layer[] =
        style === 'template'
          ? [{ colour: BLACK, alpha: Math.max(coverage(halfStroke - Math.abs(fromCenter - 6.6 * scale)), hand) }]
          : [
              { colour: BRAND_TEAL, alpha: coverage(7.4 * scale - fromCenter) },
              { colour: BRAND_CREAM, alpha: hand },
            ];
      pixels.set(composite(layers), (y * size + x) * 4);
    }
  }
  return { width: size, height: size, pixels };
}
