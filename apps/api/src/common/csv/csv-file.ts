import { stringify } from 'csv-stringify/sync';

/**
 * A spreadsheet reads a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (CSV
 * injection, OWASP): such a cell is prefixed with an apostrophe, which the spreadsheet shows as text.
 */
export function csvSafe(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A CSV file for French spreadsheets, with csv-stringify: `;` between cells, CRLF, a UTF-8 BOM (accents survive a
 * double click in a spreadsheet), quotes where a cell needs them (a line break too: csv-stringify quotes only the
 * record delimiter by default), every cell made safe.
 */
export function toCsv<T>(rows: readonly T[], columns: ReadonlyArray<{ header: string; value: (row: T) => unknown }>): string {
  return stringify(
    rows.map((row) => columns.map((c) => csvSafe(c.value(row)))),
    { bom: true, delimiter: ';', record_delimiter: 'windows', quoted_match: /[\r\n]/, header: true, columns: columns.map((c, i) => ({ key: String(i), header: c.header })) },
  );
}
