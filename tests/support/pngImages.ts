/**
 * Decoding and comparing PNG exports in tests (pngjs, MIT). The similarity measure, used to check that an SVG
 * export renders like the PNG export of the same view:
 *
 *   both images are turned to luminance (0–255, Rec. 709 weights, composited on white) and averaged over
 *   4 × 4 blocks, which blurs away antialiasing and font-hinting differences between renderers; then
 *   - `meanDifference`: the mean absolute difference of the blocks (0 = identical, 255 = inverted), and
 *   - `differingBlocks`: the fraction of blocks whose difference exceeds 40 levels (a wrong colour, a missing
 *     shape or a misplaced label shows up here even when it is small against the whole image).
 *
 * Thresholds are set in tests/e2e/exportImages.test.ts.
 */
import { readFileSync } from "node:fs";
import { PNG } from "pngjs";

export interface Image {
  width: number;
  height: number;
  /** RGBA, 8 bits a channel, row after row. */
  data: Uint8Array;
}

/** Reads a PNG file. */
export function readPng(path: string): Image {
  const png = PNG.sync.read(readFileSync(path));
  return { width: png.width, height: png.height, data: png.data };
}

/** The RGBA of pixel (x, y). */
export function pixel(image: Image, x: number, y: number): [number, number, number, number] {
  const i = (y * image.width + x) * 4;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!, image.data[i + 3]!];
}

function luminance(image: Image, i: number): number {
  const a = image.data[i + 3]! / 255;
  // Transparent pixels count as white, the paper an exported image is usually placed on.
  const c = (k: number) => image.data[i + k]! * a + 255 * (1 - a);
  return 0.2126 * c(0) + 0.7152 * c(1) + 0.0722 * c(2);
}

const BLOCK = 4;

function blocks(image: Image): Float64Array {
  const bw = Math.floor(image.width / BLOCK);
  const bh = Math.floor(image.height / BLOCK);
  const out = new Float64Array(bw * bh);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      let sum = 0;
      for (let y = 0; y < BLOCK; y++) {
        for (let x = 0; x < BLOCK; x++) sum += luminance(image, ((by * BLOCK + y) * image.width + bx * BLOCK + x) * 4);
      }
      out[by * bw + bx] = sum / (BLOCK * BLOCK);
    }
  }
  return out;
}

export interface Similarity {
  meanDifference: number;
  differingBlocks: number;
}

/** The documented similarity of two images of the same size (see the file comment). */
export function similarity(a: Image, b: Image): Similarity {
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  }
  const ba = blocks(a);
  const bb = blocks(b);
  let total = 0;
  let differing = 0;
  for (let i = 0; i < ba.length; i++) {
    const d = Math.abs(ba[i]! - bb[i]!);
    total += d;
    if (d > 40) differing += 1;
  }
  return { meanDifference: total / ba.length, differingBlocks: differing / ba.length };
}

/** The fraction of pixels in a rectangle that differ from `background` by more than a little. */
export function paintedFraction(image: Image, background: [number, number, number, number], rows?: [number, number]) {
  const [y0, y1] = rows ?? [0, image.height];
  let painted = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < image.width; x++) {
      const p = pixel(image, x, y);
      if (p.some((v, k) => Math.abs(v - background[k]!) > 24)) painted += 1;
    }
  }
  return painted / Math.max(1, (y1 - y0) * image.width);
}

/** How many distinct colours an image has (a blank or broken image has one or two). */
export function distinctColours(image: Image): number {
  const seen = new Set<number>();
  const view = new DataView(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  for (let i = 0; i < image.data.length; i += 4) seen.add(view.getUint32(i));
  return seen.size;
}

/** Counts pixels within `tolerance` of an #rrggbb colour in a band of rows. */
export function countColour(image: Image, hex: string, rows: [number, number], tolerance = 12): number {
  const target = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let y = rows[0]; y < rows[1]; y++) {
    for (let x = 0; x < image.width; x++) {
      const p = pixel(image, x, y);
      if (p[3] > 200 && target.every((v, k) => Math.abs(v - p[k]!) <= tolerance)) count += 1;
    }
  }
  return count;
}

/** The first row, from the top, where two images of the same width differ. */
export function firstDifferentRow(a: Image, b: Image): number {
  const rowBytes = a.width * 4;
  for (let y = 0; y < Math.min(a.height, b.height); y++) {
    const ra = a.data.subarray(y * rowBytes, (y + 1) * rowBytes);
    const rb = b.data.subarray(y * rowBytes, (y + 1) * rowBytes);
    if (Buffer.compare(ra, rb) !== 0) return y;
  }
  return Math.min(a.height, b.height);
}
