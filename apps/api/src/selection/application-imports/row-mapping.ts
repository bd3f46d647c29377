import type { CarrierKind, ImportField, ImportMapping, Track } from '@aic/domain';
export type { Track } from '@aic/domain';
import { normaliseHeader } from './header-matching.js';


/** States of a file on Démarches Simplifiées, as its GraphQL API names them (`DossierState`). */
export const DS_STATES = ['brouillon', 'en_construction', 'en_instruction', 'accepte', 'refuse', 'sans_suite'] as const;
export type DsState = (typeof DS_STATES)[number];

/** The export's labels of the states ("En construction", "Classé sans suite"…), normalised, and the API's names. */
const STATE_LABELS: Record<string, DsState> = Object.fromEntries(
  [
    ['Brouillon', 'brouillon'],
    ['En construction', 'en_construction'],
    ['En instruction', 'en_instruction'],
    ['Accepté', 'accepte'],
    ['Refusé', 'refuse'],
    ['Classé sans suite', 'sans_suite'],
    ...DS_STATES.map((s) => [s, s]),
  ].map(([label, state]) => [normaliseHeader(label), state as DsState]),
);

export interface Answer {
  label: string;
  value: string;
}

export interface MappedRow {
  reference: string;
  projectName: string;
  carrierName: string | null;
  carrierKind: CarrierKind | null;
  carrierSiret: string | null;
  carrierRna: string | null;
  contactName: string | null;
  contactEmail: string | null;
  summary: string | null;
  submittedAt: string | null;
  sourceState: DsState | null;
  sourceUpdatedAt: string | null;
  track: Track | null;
  answers: Answer[];
}

export interface RowProblem {
  field: ImportField;
  fr: string;
  en: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A single-line text as stored: NFC, white space runs made one space, trimmed; '' → null. */
function line(value: string | undefined): string | null {
  const text = (value ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
  return text === '' ? null : text;
}

function multiline(value: string | undefined): string | null {
  const text = (value ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}

export function parseCarrierKind(value: string): CarrierKind | null {
  const text = normaliseHeader(value);
  if (text === '') return null;
  const association = /\bassociation|\bloi 1901\b/.test(text);
  const administration = /\badministration|\bcollectivite|\bministere|\betablissement public|\bpublic|\bcommune\b|\bdepartement|\bregion\b|\boperateur/.test(text);
  if (/\b(les deux|both)\b/.test(text) || (association && administration)) return 'both';
  if (association) return 'association';
  if (administration) return 'administration';
  return 'other';
}

export function parseTrack(value: string): Track | null | 'unknown' {
  const text = normaliseHeader(value);
  if (text === '') return null;
  if (/\bditp\b|transformation publique|non numerique|pas principalement numerique/.test(text)) return 'ditp';
  if (/\bdinum\b|\bnumerique\b|\bdigital/.test(text)) return 'dinum';
  return 'unknown';
}

/**
 * A date and time of the export: ISO 8601 (`2023-04-12T10:23:45+02:00`, `2023-04-12 10:23:45 +0200`), or French
 * `12/04/2023 10:23`; without an offset, the time is Paris's. Returns an ISO string, or undefined when unreadable.
 */
export function parseDateTime(value: string): string | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  let parts: number[];
  let offset: string | undefined;
  if (m) {
    parts = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
    offset = m[7];
  } else {
    m = /^(\d{2})\/(\d{2})\/(\d{4})(?:\s+(\d{2})[:h](\d{2})(?::(\d{2}))?)?$/.exec(text);
    if (!m) return undefined;
    parts = [m[3], m[2], m[1], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  }
  const [y, mo, d, h, mi, s] = parts;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  if (offset) {
    if (offset === 'Z') return new Date(wall).toISOString();
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const minutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    return new Date(wall - minutes * 60_000).toISOString();
  }
  return new Date(wall - parisOffsetMinutes(wall) * 60_000).toISOString();
}

/** Paris's offset from UTC (minutes) at a wall-clock time given as if it were UTC. */
function parisOffsetMinutes(wall: number): number {
  const asParis = (instant: number) => {
    const p = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
        .formatToParts(new Date(instant))
        .map((x) => [x.type, x.value]),
    );
    return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  };
  const guess = (asParis(wall) - wall) / 60_000;
  return (asParis(wall - guess * 60_000) - (wall - guess * 60_000)) / 60_000;
}

/**
 * Column positions of a mapping in a file's header row: the mapped column, then for the carrier's name the DS
 * identity columns (an association's title, a company's name) when the mapped one is empty on a row.
 */
export function mappingIndexes(headers: string[], mapping: ImportMapping): Map<ImportField, number[]> {
  const indexes = new Map<ImportField, number[]>();
  for (const [field, header] of Object.entries(mapping)) {
    if (!header) continue;
    const index = headers.indexOf(header);
    if (index >= 0) indexes.set(field as ImportField, [index]);
  }
  const normalised = headers.map(normaliseHeader);
  for (const fallback of ['association titre', 'entreprise raison sociale']) {
    const index = normalised.indexOf(fallback);
    if (index >= 0) indexes.set('carrierName', [...(indexes.get('carrierName') ?? []), index]);
  }
  return indexes;
}

/** One row of the file as an application, or the reasons it cannot be one. */
export function mapRow(headers: string[], row: string[], indexes: Map<ImportField, number[]>, callTrack: Track | null): { row: MappedRow } | { problems: RowProblem[] } {
  const cell = (field: ImportField) => {
    for (const index of indexes.get(field) ?? []) if ((row[index] ?? '').trim() !== '') return row[index];
    return '';
  };
  const problems: RowProblem[] = [];
  const problem = (field: ImportField, fr: string, en: string) => problems.push({ field, fr, en });
  const tooLong = (field: ImportField, value: string | null, max: number) => {
    if (value && value.length > max) problem(field, `${field} : ${max} caractères au plus`, `${field}: at most ${max} characters`);
  };

  const reference = line(cell('reference'));
  if (!reference) problem('reference', 'Numéro de dossier manquant', 'Missing file number');
  tooLong('reference', reference, 100);
  const projectName = line(cell('projectName'));
  if (!projectName) problem('projectName', 'Nom du projet manquant', 'Missing project name');
  tooLong('projectName', projectName, 300);
  const carrierName = line(cell('carrierName'));
  if (!carrierName) problem('carrierName', 'Nom de la structure porteuse manquant', 'Missing carrier name');
  tooLong('carrierName', carrierName, 300);
  const contactName = line(cell('contactName'));
  tooLong('contactName', contactName, 200);
  const summary = multiline(cell('summary'));
  tooLong('summary', summary, 20_000);

  const siret = line(cell('carrierSiret'))?.replace(/\s/g, '') ?? null;
  if (siret && !/^\d{14}$/.test(siret)) problem('carrierSiret', `SIRET invalide : ${siret} (14 chiffres attendus)`, `Invalid SIRET: ${siret} (14 digits expected)`);
  const rna = line(cell('carrierRna'))?.toUpperCase() ?? null;
  if (rna && !/^W[0-9A-Z]{9}$/.test(rna)) problem('carrierRna', `Numéro RNA invalide : ${rna} (W suivi de 9 chiffres ou lettres)`, `Invalid RNA number: ${rna} (W and 9 digits or letters)`);
  const email = line(cell('contactEmail'))?.toLowerCase() ?? null;
  if (email && (!EMAIL.test(email) || email.length > 254)) problem('contactEmail', `Adresse électronique invalide : ${email}`, `Invalid e-mail address: ${email}`);

  const submittedAt = parseDateTime(cell('submittedAt'));
  if (submittedAt === undefined) problem('submittedAt', `Date de dépôt illisible : ${cell('submittedAt')}`, `Unreadable submission date: ${cell('submittedAt')}`);

  const sourceUpdatedAt = parseDateTime(cell('sourceUpdatedAt'));
  if (sourceUpdatedAt === undefined) problem('sourceUpdatedAt', `Date de mise à jour illisible : ${cell('sourceUpdatedAt')}`, `Unreadable update date: ${cell('sourceUpdatedAt')}`);

  const stateText = normaliseHeader(cell('sourceState'));
  const sourceState = stateText === '' ? null : (STATE_LABELS[stateText] ?? undefined);
  if (sourceState === undefined) problem('sourceState', `État du dossier inconnu : ${cell('sourceState')}`, `Unknown file state: ${cell('sourceState')}`);

  const track = parseTrack(cell('track'));
  if (track === 'unknown') problem('track', `Pilotage inconnu : ${cell('track')} (DINUM ou DITP)`, `Unknown track: ${cell('track')} (DINUM or DITP)`);
  else if (track && callTrack && track !== callTrack) {
    problem('track', `Dossier du pilotage ${track.toUpperCase()}, l'appel est ${callTrack.toUpperCase()}`, `File of the ${track.toUpperCase()} track, the call is ${callTrack.toUpperCase()}`);
  }

  const carrierKind = parseCarrierKind(cell('carrierKind')) ?? (rna ? 'association' : null);
  if (problems.length > 0) return { problems };

  const mappedIndexes = new Set([...indexes.values()].map(([first]) => first));
  const answers: Answer[] = [];
  headers.forEach((label, index) => {
    if (!mappedIndexes.has(index)) answers.push({ label, value: (row[index] ?? '').normalize('NFC') });
  });
  return {
    row: {
      reference: reference!,
      projectName: projectName!,
      carrierName,
      carrierKind,
      carrierSiret: siret,
      carrierRna: rna,
      contactName,
      contactEmail: email,
      summary,
      submittedAt: submittedAt ?? null,
      sourceState: sourceState ?? null,
      sourceUpdatedAt: sourceUpdatedAt ?? null,
      track: track === 'unknown' ? null : track,
      answers,
    },
  };
}
