import { describe, expect, it } from '@jest/globals';
import { csvSafe, toCsv } from './csv-file.js';

describe('csvSafe', () => {
  it('neutralises what a spreadsheet would run as a formula, and only that', () => {
    expect(['=HYPERLINK("http://x")', '+33 1 23', '-2+3', '@SUM(A1)', '\tcmd', '\rx'].map(csvSafe)).toEqual([
      `'=HYPERLINK("http://x")`, "'+33 1 23", "'-2+3", "'@SUM(A1)", "'\tcmd", "'\rx",
    ]);
    expect(['Association = loi 1901', 'Réseau météo', '', 'a-b'].map(csvSafe)).toEqual(['Association = loi 1901', 'Réseau météo', '', 'a-b']);
    expect([null, undefined, 3].map(csvSafe)).toEqual(['', '', '3']);
  });
});

describe('toCsv', () => {
  it('writes a BOM, a header, ; between cells, CRLF, and quotes the cells that need it', () => {
    const csv = toCsv([{ a: 'Les "Amis"; du ciel', b: '=1+1' }, { a: 'deux\nlignes', b: null }], [
      { header: 'Nom', value: (r) => r.a },
      { header: 'Formule', value: (r) => r.b },
    ]);
    expect(csv).toBe('\ufeffNom;Formule\r\n"Les ""Amis""; du ciel";\'=1+1\r\n"deux\nlignes";\r\n');
  });
});
