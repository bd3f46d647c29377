import type { Language } from '../errors/bilingual.js';

const PROGRAMME = { fr: "Accélérateur d'Initiatives Citoyennes", en: 'Citizen Initiatives Accelerator' } as const;
const PAGE = { fr: (n: number, total: number) => `Page ${n} sur ${total}`, en: (n: number, total: number) => `Page ${n} of ${total}` } as const;
const SIZES = { 1: 18, 2: 14, 3: 11 } as const;
const MUTED = '#3a3a3a';

type Struct = ReturnType<PDFKit.PDFDocument['struct']>;

/**
 * A tagged (accessible) A4 document written as headings, paragraphs and lists, in the reading order; the
 * programme's name heads every page and each page is numbered, both marked as artifacts so that screen readers
 * skip them. Standard Helvetica: WinAnsi covers French accents, « », ’ and €.
 */
export class TaggedPdf {
  private readonly doc: PDFKit.PDFDocument;
  private readonly root: Struct;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  /** pdfkit (about 28 MB of memory once loaded) is loaded with the first document, not when the API starts. */
  static async create(title: string, language: Language): Promise<TaggedPdf> {
    const { default: PDFDocument } = await import('pdfkit');
    return new TaggedPdf(PDFDocument, title, language);
  }

  private constructor(
    PDFDocument: typeof import('pdfkit'),
    title: string,
    private readonly language: Language,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 70, bottom: 60, left: 50, right: 50 },
      tagged: true,
      lang: language === 'fr' ? 'fr-FR' : 'en-GB',
      displayTitle: true,
      pdfVersion: '1.7',
      bufferPages: true,
      info: { Title: title, Author: PROGRAMME[language] },
    });
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  heading(level: 1 | 2 | 3, text: string, spaceBefore = level === 1 ? 0 : 0.8): this {
    this.doc.moveDown(spaceBefore).fillColor('black').font('Helvetica-Bold').fontSize(SIZES[level]);
    this.doc.text(text, { structParent: this.root, structType: `H${level}` });
    this.doc.font('Helvetica').fontSize(10);
    return this;
  }

  paragraph(text: string, style: { italic?: boolean; muted?: boolean; spaceBefore?: number } = {}): this {
    this.doc.moveDown(style.spaceBefore ?? 0.2).font(style.italic ? 'Helvetica-Oblique' : 'Helvetica').fontSize(style.muted ? 11 : 10).fillColor(style.muted ? MUTED : 'black');
    this.doc.text(text, { structParent: this.root, structType: 'P' });
    this.doc.font('Helvetica').fillColor('black');
    return this;
  }

  /** A label in bold followed by its value, as one paragraph. */
  field(label: string, value: string): this {
    const colon = this.language === 'fr' ? ' : ' : ': ';
    const paragraph = this.doc.struct('P');
    this.root.add(paragraph);
    this.doc.moveDown(0.1).font('Helvetica-Bold').fontSize(10);
    paragraph.add(this.doc.struct('Span', {}, () => this.doc.text(`${label}${colon}`, { continued: true })));
    paragraph.add(this.doc.struct('Span', {}, () => this.doc.font('Helvetica').text(value)));
    paragraph.end();
    return this;
  }

  list(items: string[]): this {
    if (items.length === 0) return this;
    const list = this.doc.struct('L');
    this.root.add(list);
    this.doc.font('Helvetica').fontSize(10).fillColor('black');
    for (const item of items) {
      const entry = this.doc.struct('LI');
      list.add(entry);
      entry.add(this.doc.struct('Lbl', {}, () => this.doc.text('•  ', { continued: true })));
      entry.add(this.doc.struct('LBody', {}, () => this.doc.text(item)));
      entry.end();
    }
    list.end();
    return this;
  }

  /** What follows starts on a new page (a chapter of its own). */
  pageBreak(): this {
    this.doc.addPage();
    return this;
  }

  /** The finished file: header and page numbers written on every page, then the structure closed. */
  async toBuffer(): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const { margins, width, height } = this.doc.page;
      const bottom = margins.bottom;
      margins.bottom = 0; // writing in the margin must not start a new page
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.doc.font('Helvetica').fontSize(8).fillColor(MUTED);
      this.doc.text(PROGRAMME[this.language], margins.left, 30, { lineBreak: false });
      this.doc.text(PAGE[this.language](i - start + 1, count), margins.left, height - 35, { width: width - margins.left - margins.right, align: 'right', lineBreak: false });
      this.doc.endMarkedContent();
      margins.bottom = bottom;
    }
    this.root.end();
    this.doc.end();
    return this.done;
  }
}
