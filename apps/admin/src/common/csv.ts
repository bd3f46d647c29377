import { useCallback } from 'react';
import { downloadCSV, type Exporter, type RaRecord, useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n';

export type CsvFormat = 'text' | 'date' | 'datetime' | 'boolean' | 'money' | 'json';
export interface CsvColumn {
  source: string;
  format?: CsvFormat;
  /** Message group of a choice list: the value `v` is exported as `aic.<choices>.<v>`. */
  choices?: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const quote = (cell: string) => (/[";\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** `;`-separated with a BOM: what spreadsheet software opens correctly in a French locale. */
export const toCsv = (header: string[], rows: string[][]): string =>
  '\uFEFF' + [header, ...rows].map((row) => row.map(quote).join(';')).join('\r\n');

/** One exporter for every list: translated headers and French-formatted values. */
export const useCsvExporter = (resource: string, columns: CsvColumn[]): Exporter => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return useCallback(
    (records: RaRecord[]) => {
      const loc = intlLocale(locale);
      const cell = (value: unknown, { format = 'text', choices }: CsvColumn): string => {
        if (value === null || value === undefined || value === '') return '';
        if (Array.isArray(value)) return value.map((v) => cell(v, { source: '', format, choices })).join(', ');
        if (choices) return translate(`aic.${choices}.${String(value)}`, { _: String(value) });
        switch (format) {
          case 'boolean':
            return translate(value ? 'aic.yes' : 'aic.no');
          case 'date':
            return new Date(String(value)).toLocaleDateString(loc, DATE_ONLY.test(String(value)) ? { timeZone: 'UTC' } : {});
          case 'datetime':
            return new Date(String(value)).toLocaleString(loc);
          case 'money':
            return Number(value).toLocaleString(loc, { minimumFractionDigits: 2, useGrouping: false });
          case 'json':
            return JSON.stringify(value);
          default:
            return String(value);
        }
      };
      const header = columns.map((c) => translate(`resources.${resource}.fields.${c.source}`));
      const rows = records.map((record) => columns.map((c) => cell(record[c.source], c)));
      downloadCSV(toCsv(header, rows), translate(`resources.${resource}.name`, { smart_count: 2 }));
    },
    [columns, locale, resource, translate],
  );
};
