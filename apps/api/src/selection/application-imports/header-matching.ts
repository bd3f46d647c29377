/**
 * Columns of a Démarches Simplifiées export (or any spreadsheet) matched by their header's name, never by position:
 * the columns move and change with every revision of the form.
 */

import { type ImportField, type ImportMapping, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS } from '@aic/domain';

/** Case, accents, punctuation and spacing do not count: "Déposé le", "DEPOSE LE" and "déposé  le" are one header. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Headers of the DS export's fixed columns (normalised), for the fields they feed. */
const DS_COLUMNS: Partial<Record<ImportField, string[]>> = {
  reference: ['id', 'numero', 'numero du dossier', 'dossier', 'reference'],
  contactEmail: ['email', 'e mail', 'courriel', 'adresse electronique'],
  submittedAt: ['depose le', 'date de depot'],
  sourceState: ['etat du dossier', 'etat'],
  sourceUpdatedAt: ['derniere mise a jour le', 'date de derniere mise a jour'],
  carrierSiret: ['etablissement siret', 'siret'],
  carrierRna: ['association rna', 'rna', 'numero rna'],
};

/** Words that point to a field among the form's own questions (checked on the normalised header, in this order). */
const FORM_HINTS: [ImportField, RegExp][] = [
  ['projectName', /\b(nom|titre|intitule) (du |de l |de la )?(projet|initiative|commun)\b|^(projet|initiative)$/],
  ['carrierKind', /\b(type|nature|statut|forme) (de la |du |de )?(structure|porteur|organisation)|\btype de porteur\b/],
  ['carrierName', /\b(nom|raison sociale|denomination) (de la |du |de )?(structure|porteur|organisation|association)|^association titre$|^entreprise raison sociale$/],
  ['contactName', /\b(nom|prenom)s? (et prenom |et nom )?(du |de la )?(contact|referent|responsable|porteur)|^(nom du contact|contact)$/],
  ['summary', /\b(resume|description|presentation|synthese)\b/],
  ['track', /\b(pilotage|volet|track|filiere|programme)\b/],
];

/**
 * A proposed mapping for the headers of a file: first the call's remembered mapping (by normalised header name),
 * then the DS export's fixed columns, then hints in the form's questions. A header feeds one field at most.
 */
export function proposeMapping(headers: string[], remembered: ImportMapping | null = null): ImportMapping {
  const byKey = new Map<string, string>();
  for (const header of headers) if (!byKey.has(normaliseHeader(header))) byKey.set(normaliseHeader(header), header);
  const used = new Set<string>();
  const mapping: ImportMapping = {};
  const take = (field: ImportField, header: string | undefined) => {
    if (header === undefined || used.has(header) || mapping[field]) return;
    mapping[field] = header;
    used.add(header);
  };
  for (const field of IMPORT_FIELDS) {
    const rememberedHeader = remembered?.[field];
    if (rememberedHeader) take(field, byKey.get(normaliseHeader(rememberedHeader)));
  }
  for (const field of IMPORT_FIELDS) for (const key of DS_COLUMNS[field] ?? []) take(field, byKey.get(key));
  // The carrier's name: the DS identity blocks first (association, then company), then the form's questions.
  take('carrierName', byKey.get('association titre'));
  take('carrierName', byKey.get('entreprise raison sociale'));
  for (const [field, hint] of FORM_HINTS) {
    for (const header of headers) if (hint.test(normaliseHeader(header))) take(field, header);
  }
  for (const field of IMPORT_FIELDS) mapping[field] ??= null;
  return mapping;
}

/** The mapping the lead sent, checked against the file's headers: returns the problems by field. */
export function mappingProblems(mapping: ImportMapping, headers: string[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const [field, header] of Object.entries(mapping)) {
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) {
      problems[field] = `unknown`;
      continue;
    }
    if (header === null || header === undefined || header === '') continue;
    if (!headers.includes(header)) problems[field] = 'missing';
    else if (seen.has(header)) problems[field] = 'duplicate';
    seen.set(header, field);
  }
  for (const field of REQUIRED_IMPORT_FIELDS) if (!mapping[field]) problems[field] ??= 'required';
  return problems;
}
