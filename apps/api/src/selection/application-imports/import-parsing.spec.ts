import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../config.js';
import { mappingProblems, normaliseHeader, proposeMapping } from './header-matching.js';
import { detectDelimiter, detectFormat, readTable, UnreadableFileError } from './import-file-reader.js';
import { mappingIndexes, mapRow, parseCarrierKind, parseDateTime } from './row-mapping.js';

const collect = async (content: Buffer) => {
  const rows: string[][] = [];
  for await (const row of readTable(content)) rows.push(row);
  return rows;
};

describe('header matching', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normaliseHeader('  État du  dossier ')).toBe('etat du dossier');
    expect(normaliseHeader('ÉTAT DU DOSSIER')).toBe('etat du dossier');
    expect(normaliseHeader('À archiver')).toBe('a archiver');
    expect(normaliseHeader('Nom de l’initiative')).toBe('nom de l initiative');
  });

  it('proposes the DS columns and the form questions whatever their order and spelling', () => {
    const headers = ['Résumé du projet', 'NOM DU PROJET', 'etat du dossier', 'Association titre', 'Déposé le', 'Email', 'id', 'À archiver', 'Pilotage', 'Type de structure porteuse'];
    expect(proposeMapping(headers)).toEqual({
      reference: 'id',
      projectName: 'NOM DU PROJET',
      carrierName: 'Association titre',
      carrierKind: 'Type de structure porteuse',
      carrierSiret: null,
      carrierRna: null,
      contactName: null,
      contactEmail: 'Email',
      summary: 'Résumé du projet',
      submittedAt: 'Déposé le',
      sourceState: 'etat du dossier',
      sourceUpdatedAt: null,
      track: 'Pilotage',
    });
  });

  it('keeps `Archivé` (older exports) and `À archiver` (newer ones) out of the fields, for the answers', () => {
    for (const archived of ['Archivé', 'À archiver']) {
      const headers = ['ID', archived, 'Nom du projet', 'Association titre'];
      const mapping = proposeMapping(headers);
      expect(Object.values(mapping)).not.toContain(archived);
      const result = mapRow(headers, ['7', 'true', 'Projet', 'Asso'], mappingIndexes(headers, mapping), null);
      expect('row' in result && result.row.answers).toEqual([{ label: archived, value: 'true' }]);
    }
  });

  it('a remembered mapping wins, matched by normalised name', () => {
    const mapping = proposeMapping(['Numéro', 'Intitulé', 'Nom du projet'], { reference: 'NUMERO', projectName: 'intitule' });
    expect(mapping.reference).toBe('Numéro');
    expect(mapping.projectName).toBe('Intitulé');
  });

  it('reports missing, duplicate and required fields', () => {
    expect(mappingProblems({ reference: 'ID', projectName: 'ID', summary: 'Nope' }, ['ID'])).toEqual({ projectName: 'duplicate', summary: 'missing', carrierName: 'required' });
    expect(mappingProblems({ reference: 'ID' }, ['ID'])).toEqual({ projectName: 'required', carrierName: 'required' });
  });
});

describe('reading files', () => {
  it('reads the sample export: quoted commas, quotes and line breaks', async () => {
    const rows = await collect(readFileSync(resolve(REPO_ROOT, 'docs/samples/demarches-simplifiees-export.csv')));
    expect(rows).toHaveLength(21);
    expect(rows[0][0]).toBe('ID');
    expect(rows[1][12]).toContain('\nNous venons compléter le service public avec une ressource ouverte, "libre"');
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([18]));
  });

  it('reads `;` with a BOM (a file re-saved by a spreadsheet)', async () => {
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ID;Nom du projet;Ville\r\n1;"Un; deux";Paris, France\r\n')]);
    expect(detectDelimiter(content)).toBe(';');
    expect(await collect(content)).toEqual([
      ['ID', 'Nom du projet', 'Ville'],
      ['1', 'Un; deux', 'Paris, France'],
    ]);
  });

  it('refuses an unclosed quote, extra cells and a non-UTF-8 file', async () => {
    await expect(collect(Buffer.from('ID,Nom\n1,"jamais fermé\n'))).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(collect(Buffer.from('ID,Nom\n1,a,b,c\n'))).rejects.toThrow(/line 2/);
    await expect(collect(Buffer.from([0x49, 0x44, 0x0a, 0xe9, 0x74, 0xe9, 0x0a]))).rejects.toThrow(/UTF-8/);
  });

  it('reads an XLSX export, dates as wall time, and refuses a broken archive', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Dossiers');
    sheet.addRow(['ID', 'Déposé le', 'Nom du projet', 'Vide']);
    sheet.addRow([42, new Date(Date.UTC(2023, 3, 12, 10, 23, 45)), { richText: [{ text: 'Jardins ' }, { text: 'partagés' }] }, null]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(detectFormat(content)).toBe('xlsx');
    expect(await collect(content)).toEqual([
      ['ID', 'Déposé le', 'Nom du projet', 'Vide'],
      ['42', '2023-04-12 10:23:45', 'Jardins partagés', ''],
    ]);
    await expect(collect(content.subarray(0, content.length / 2))).rejects.toBeInstanceOf(UnreadableFileError);
  });
});

describe('rows', () => {
  const headers = ['ID', 'Nom du projet', 'Association titre', 'Email', 'Déposé le', 'État du dossier', 'Association RNA', 'Public visé', 'Pilotage'];
  const indexes = mappingIndexes(headers, proposeMapping(headers));

  it('maps a row and keeps the unmapped columns in order', () => {
    const result = mapRow(headers, ['123', ' Jardins  partagés ', 'Les Jardiniers', 'A@B.FR', '2023-04-12 10:23:45 +0200', 'En instruction', 'w123456789', 'Jeunes', 'DINUM'], indexes, 'dinum');
    expect(result).toEqual({
      row: expect.objectContaining({
        reference: '123',
        projectName: 'Jardins partagés',
        contactEmail: 'a@b.fr',
        submittedAt: '2023-04-12T08:23:45.000Z',
        sourceState: 'en_instruction',
        carrierRna: 'W123456789',
        carrierKind: 'association',
        track: 'dinum',
        answers: [{ label: 'Public visé', value: 'Jeunes' }],
      }),
    });
  });

  it('lists every reason a row is refused', () => {
    const result = mapRow(headers, ['', '', '', 'pas-un-email', '31/02/2023', 'Perdu', 'X1', '', 'DITP'], indexes, 'dinum');
    expect('problems' in result && result.problems.map((p) => p.field)).toEqual(['reference', 'projectName', 'carrierName', 'carrierRna', 'contactEmail', 'submittedAt', 'sourceState', 'track']);
  });

  it('reads dates in Paris time without an offset, and carrier kinds from free text', () => {
    expect(parseDateTime('12/01/2023 10:00')).toBe('2023-01-12T09:00:00.000Z');
    expect(parseDateTime('2023-07-01 10:00:00')).toBe('2023-07-01T08:00:00.000Z');
    expect(parseDateTime('2023-07-01T10:00:00Z')).toBe('2023-07-01T10:00:00.000Z');
    expect(parseDateTime('hier')).toBeUndefined();
    expect(parseCarrierKind('Association loi 1901')).toBe('association');
    expect(parseCarrierKind('Collectivité territoriale')).toBe('administration');
    expect(parseCarrierKind('Les deux : association et administration')).toBe('both');
    expect(parseCarrierKind('Coopérative')).toBe('other');
  });
});
