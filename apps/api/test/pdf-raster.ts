import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const fonts = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

export interface RasterPage {
  png: Buffer;
  width: number;
  height: number;
  /** Share of pixels that are not white, and the box that holds them (in pixels). */
  ink: number;
  inkBox: { left: number; top: number; right: number; bottom: number } | null;
}

interface NodeCanvas {
  width: number;
  height: number;
  toBuffer(mime: 'image/png'): Buffer;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}

/** Draws the PDF's pages (all, or those numbered from 1) with Mozilla's PDF.js on @napi-rs/canvas (its Node canvas), as a reader would see them. */
export async function rasterisePdf(data: Uint8Array, pageNumbers?: number[], scale = 1): Promise<RasterPage[]> {
  const pdf = await getDocument({ data: new Uint8Array(data), standardFontDataUrl: fonts, verbosity: 0 }).promise;
  const factory = (pdf as unknown as { canvasFactory: { create(w: number, h: number): { canvas: NodeCanvas } } }).canvasFactory;
  const pages: RasterPage[] = [];
  for (const n of pageNumbers ?? Array.from({ length: pdf.numPages }, (_, i) => i + 1)) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale });
    const { canvas } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas: canvas as never, viewport, background: 'white' }).promise;
    const { data: pixels } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    let box: RasterPage['inkBox'] = null;
    for (let y = 0; y < canvas.height; y++) {
      for (let x = 0; x < canvas.width; x++) {
        const i = (y * canvas.width + x) * 4;
        if (pixels[i] > 240 && pixels[i + 1] > 240 && pixels[i + 2] > 240) continue;
        inked++;
        box = box ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) } : { left: x, top: y, right: x, bottom: y };
      }
    }
    pages.push({ png: canvas.toBuffer('image/png'), width: canvas.width, height: canvas.height, ink: inked / (canvas.width * canvas.height), inkBox: box });
  }
  await pdf.destroy();
  return pages;
}
