import { describe, expect, it } from '@jest/globals';
import { allowedMediaType, attachmentHeader, sanitiseFileName } from './media-types.js';

describe('sanitiseFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\moi\\Rapport final.pdf', 'Rapport final.pdf'],
    ['Bilan\u0000\u0007 <T1>|?*:.pdf', 'Bilan T1.pdf'],
    ['..hidden.pdf', 'hidden.pdf'],
    ['facture\u202Efdp.exe', 'facturefdp.exe'],
    ['  espaces   multiples .csv ', 'espaces multiples .csv'],
    ['', 'document'],
    ['...', 'document'],
  ])('%j → %j', (raw, safe) => expect(sanitiseFileName(raw)).toBe(safe));

  it('keeps the extension of a name cut to 150 characters', () => {
    const name = sanitiseFileName(`${'é'.repeat(300)}.xlsx`);
    expect(name.length).toBeLessThanOrEqual(150);
    expect(name.endsWith('é.xlsx')).toBe(true);
  });
});

describe('attachmentHeader', () => {
  it('gives an ASCII name and the exact one (RFC 5987)', () => {
    expect(attachmentHeader('Compte rendu d’activité (2026).pdf')).toBe(
      `attachment; filename="Compte rendu d_activite (2026).pdf"; filename*=UTF-8''Compte%20rendu%20d%E2%80%99activit%C3%A9%20%282026%29.pdf`,
    );
  });
});

describe('allowedMediaType', () => {
  it('reads the type from the content, not the name', async () => {
    expect(await allowedMediaType(Buffer.from('%PDF-1.7\n'), 'scan.jpg')).toBe('application/pdf');
    expect(await allowedMediaType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'logo.pdf')).toBe('image/png');
    expect(await allowedMediaType(Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), 'rapport.pdf')).toBeNull();
    expect(await allowedMediaType(Buffer.from('#!/bin/sh\nrm -rf /\n'), 'rapport.pdf')).toBeNull();
  });

  it('accepts text as CSV only under a .csv name, and refuses text with control characters', async () => {
    expect(await allowedMediaType(Buffer.from('nom;montant\nÉcole;12\n'), 'budget.csv')).toBe('text/csv');
    expect(await allowedMediaType(Buffer.from('nom;montant\n'), 'budget.txt')).toBeNull();
    expect(await allowedMediaType(Buffer.from('a;b\u0000\n'), 'budget.csv')).toBeNull();
    // A sample cut inside a multi-byte character is still text.
    expect(await allowedMediaType(Buffer.from('prénom;é').subarray(0, 9), 'x.csv')).toBe('text/csv');
  });
});
