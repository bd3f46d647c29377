import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const fonts = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

interface StructNode {
  role?: string;
  children?: StructNode[];
}

export interface ReadPdf {
  /** The text of each page, its items joined by spaces. */
  pages: string[];
  language: string | undefined;
  title: string | undefined;
  /** Every structure role of every page, in reading order (empty when the PDF is not tagged). */
  roles: string[];
}

/** Reads a PDF as a reader would, with Mozilla's PDF.js: its text, language, title and tag structure. */
export async function readPdf(data: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(data), standardFontDataUrl: fonts, verbosity: 0 }).promise;
  const pages: string[] = [];
  const roles: string[] = [];
  const walk = (node: StructNode | null) => {
    if (!node) return;
    if (node.role) roles.push(node.role);
    node.children?.forEach(walk);
  };
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    pages.push((await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
    walk((await page.getStructTree()) as StructNode | null);
  }
  const { info } = (await pdf.getMetadata()) as { info: { Language?: string; Title?: string } };
  await pdf.destroy();
  return { pages, language: info.Language, title: info.Title, roles };
}
