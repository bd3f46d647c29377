/** RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote or a line break. */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): string {
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    const text = typeof value === 'boolean' ? String(value) : String(value);
    return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].map((line) => `${line}\r\n`).join('');
}
