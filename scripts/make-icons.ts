// Draws the Teams app icons with pngjs, so they are reproducible and reviewable as code:
//   manifest/color.png   192x192, full colour: a white shield with a speech bubble on the accent colour;
//   manifest/outline.png  32x32, white on transparent (Teams tints it), the same shield and bubble.
// Run: node --import tsx scripts/make-icons.ts   (the PNGs are committed; rerun only to change the design)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

export const ACCENT = '#2B5D8C';
type Rgba = [number, number, number, number];
/** Coverage test in unit coordinates (0..1 across the icon). */
type Shape = (x: number, y: number) => boolean;

const hex = (h: string): Rgba => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), 255];

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** A heraldic shield: straight top with rounded corners, sides curving to a point at the bottom. */
function shield(cx: number, top: number, halfWidth: number, height: number): Shape {
  const body = roundedRect(cx - halfWidth, top, cx + halfWidth, top + height * 0.5, halfWidth * 0.18);
  return (x, y) => {
    if (y < top || y > top + height) return false;
    if (y <= top + height * 0.45) return body(x, y);
    // Lower part: width shrinks along a quarter ellipse to the point.
    const t = (y - (top + height * 0.45)) / (height * 0.55);
    const w = halfWidth * Math.sqrt(Math.max(0, 1 - t * t));
    return Math.abs(x - cx) <= w;
  };
}

/** A speech bubble: rounded rectangle with a tail at the lower left. */
function bubble(x0: number, y0: number, x1: number, y1: number): Shape {
  const box = roundedRect(x0, y0, x1, y1, (y1 - y0) * 0.3);
  const tx = x0 + (x1 - x0) * 0.22;
  const tailH = (y1 - y0) * 0.45;
  return (x, y) => {
    if (box(x, y)) return true;
    // Triangle under the box: from (tx - w, y1) and (tx + w, y1) down to (tx - w, y1 + tailH).
    if (y < y1 || y > y1 + tailH) return false;
    const k = (y - y1) / tailH;
    const w = (x1 - x0) * 0.12;
    return x >= tx - w && x <= tx + w - 2 * w * k;
  };
}

const not = (s: Shape): Shape => (x, y) => !s(x, y);
const and = (...s: Shape[]): Shape => (x, y) => s.every((f) => f(x, y));
const or = (...s: Shape[]): Shape => (x, y) => s.some((f) => f(x, y));

/** Three short lines of "text" inside the bubble. */
function textLines(x0: number, x1: number, ys: number[], thickness: number): Shape {
  return or(...ys.map((y, i) => roundedRect(x0, y - thickness / 2, i === ys.length - 1 ? x0 + (x1 - x0) * 0.6 : x1, y + thickness / 2, thickness / 2)));
}

interface Layer {
  shape: Shape;
  color: Rgba;
}

/** Paints layers bottom to top with 4x4 supersampling for smooth edges. */
export function paint(size: number, layers: Layer[]): PNG {
  const png = new PNG({ width: size, height: size });
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let c: Rgba = [0, 0, 0, 0];
          for (const l of layers) if (l.shape(x, y)) c = l.color;
          // Premultiplied sum, so transparent samples do not darken edges.
          const alpha = c[3] / 255;
          r += c[0] * alpha; g += c[1] * alpha; b += c[2] * alpha; a += alpha;
        }
      }
      const i = (py * size + px) * 4;
      const n = ss * ss;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / n) * 255);
    }
  }
  return png;
}

const WHITE: Rgba = [255, 255, 255, 255];

export function colorIcon(): PNG {
  const accent = hex(ACCENT);
  const shieldShape = shield(0.5, 0.17, 0.3, 0.68);
  const bubbleShape = bubble(0.33, 0.3, 0.67, 0.52);
  return paint(192, [
    { shape: () => true, color: accent },
    { shape: shieldShape, color: WHITE },
    { shape: bubbleShape, color: accent },
    { shape: textLines(0.39, 0.61, [0.36, 0.41, 0.46], 0.026), color: WHITE },
  ]);
}

/** Outline: white strokes only, transparent elsewhere (Teams' rule for the 32x32 icon). */
export function outlineIcon(): PNG {
  const outer = shield(0.5, 0.06, 0.4, 0.88);
  const inner = shield(0.5, 0.06 + 0.09, 0.4 - 0.09, 0.88 - 0.2);
  const ring = and(outer, not(inner));
  const bubbleShape = bubble(0.3, 0.26, 0.7, 0.52);
  return paint(32, [
    { shape: ring, color: WHITE },
    { shape: bubbleShape, color: WHITE },
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = fileURLToPath(new URL('../manifest/', import.meta.url));
  writeFileSync(`${dir}color.png`, PNG.sync.write(colorIcon()));
  writeFileSync(`${dir}outline.png`, PNG.sync.write(outlineIcon()));
  console.log('icons: wrote manifest/color.png (192x192) and manifest/outline.png (32x32, transparent)');
}
