import { parse } from 'csv-parse';
import { Readable } from 'node:stream';

export type ImportFormat = 'csv' | 'xlsx';

/** A file that cannot be read as a table: the upload answers 400 with this reason. */
export class UnreadableFileError extends Error {
  constructor(
    readonly fr: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** XLSX is a ZIP archive; anything else is read as CSV. The file's name is not trusted. */
export function detectFormat(content: Buffer): ImportFormat {
  return content.subarray(0, 4).equals(ZIP_SIGNATURE) ? 'xlsx' : 'csv';
}

/**
 * The field separator of a CSV: `;` when the header line (outside quotes) has more of them than commas, as in files
 * re-saved by a French spreadsheet; `,` otherwise (DS's own export). Only the header line is looked at.
 */
export function detectDelimiter(content: Buffer): ',' | ';' {
  const head = content.subarray(0, 64 * 1024).toString('utf8');
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const char of head) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * The rows of a CSV or XLSX file, the header row first, each as strings (empty cells as ''), read as a stream.
 * Throws UnreadableFileError when the file is not a well-formed table.
 */
export async function* readTable(content: Buffer, format: ImportFormat = detectFormat(content)): AsyncGenerator<string[]> {
  if (format === 'xlsx') yield* readXlsx(content);
  else yield* readCsv(content);
}

async function* readCsv(content: Buffer): AsyncGenerator<string[]> {
  try {
    UTF8.decode(content);
  } catch {
    throw new UnreadableFileError(
      "Le fichier n'est pas encodé en UTF-8 : enregistrez-le en « CSV UTF-8 » et réessayez",
      'The file is not UTF-8 encoded: save it as "CSV UTF-8" and try again',
    );
  }
  const parser = Readable.from([content]).pipe(
    parse({
      bom: true,
      delimiter: detectDelimiter(content),
      // A spreadsheet may drop empty cells at the end of a line; more cells than headers is a broken file.
      relax_column_count_less: true,
      skip_empty_lines: true,
      trim: false,
    }),
  );
  try {
    for await (const record of parser as AsyncIterable<string[]>) yield record;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const where = line ? ` (ligne ${line})` : '';
    const whereEn = line ? ` (line ${line})` : '';
    throw new UnreadableFileError(`Fichier CSV mal formé${where} : ${(error as Error).message}`, `Malformed CSV file${whereEn}: ${(error as Error).message}`);
  }
}

async function* readXlsx(content: Buffer): AsyncGenerator<string[]> {
  // Loaded on the first XLSX import only: ~11 MB of heap that every API process would otherwise carry.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let width = 0;
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      if (sheets++ > 0) continue; // the export's files are on its first sheet
      for await (const row of sheet) {
        const values = (row.values as unknown[]).slice(1).map(cellText);
        if (width === 0) width = values.length;
        if (values.every((v) => v === '')) continue;
        while (values.length < width) values.push('');
        yield values;
      }
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(`Fichier XLSX illisible : ${(error as Error).message}`, `Unreadable XLSX file: ${(error as Error).message}`);
  }
  if (sheets === 0) throw new UnreadableFileError('Fichier XLSX sans feuille', 'XLSX file without a sheet');
}

/** A cell as text: dates as `YYYY-MM-DD HH:MM:SS` (the spreadsheet's wall time), rich text flattened, formulas by result. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace('T', ' ');
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if ('result' in v) return cellText(v.result);
    if (v.error) return '';
    return '';
  }
  return String(value);
}
