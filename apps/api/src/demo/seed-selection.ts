import type { ApplicationAnswer, ApplicationStatus, CarrierKind, Criterion, Panel, Track } from '@aic/domain';
import type { EntityManager } from 'typeorm';
import { demoOrganisations, season1Laureates, type DemoLaureate } from './data/index.js';
import * as pool from './data/selection.js';
import type { DemoIds } from './seed-demo.js';

// The demo selection (issue 15), generated from a seeded PRNG so that every demo database is the same, and inserted
// with one statement per table (jsonb_to_recordset): ~200 applications and ~250 evaluations in a few milliseconds.
//
// Season 1 (2022): one call per track, decided. ~200 applications, all fictional except the 9 published laureates
// (selected, promoted, linked to the demo laureates); 25 shortlisted, scored by 6 fictional jury members and the 15
// citizens of the panel (inactive accounts: they only sign the evaluations), the 9 laureates at the top of each call.
// Season 2 (2023): the DINUM call, closed to applications and open for evaluation: the demo evaluators (jury.a/b,
// citoyen.a/b) each have shortlisted applications to score; jury.b and citoyen.a have started.

/** mulberry32: a tiny seeded PRNG, enough for demo data (not for anything secret). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const CRITERIA_COLUMNS: Record<Criterion, string> = {
  generalInterest: 'general_interest',
  impact: 'impact',
  maturity: 'maturity',
  carrier: 'carrier',
  sharedGovernance: 'shared_governance',
};

/** The demo evaluator accounts of DEMO_ACCOUNTS, and what each has been given in season 2. */
export const SEASON2_EVALUATORS: ReadonlyArray<{ email: string; panel: Panel; shortlisted: number[]; submitted: number; drafts: number }> = [
  { email: 'jury.a@demo.aic.test', panel: 'jury', shortlisted: [0, 1, 2, 3, 4, 5], submitted: 0, drafts: 0 },
  { email: 'jury.b@demo.aic.test', panel: 'jury', shortlisted: [3, 4, 5, 6, 7, 8], submitted: 3, drafts: 1 },
  { email: 'citoyen.a@demo.aic.test', panel: 'citizen', shortlisted: [0, 2, 4, 6, 8, 10], submitted: 2, drafts: 0 },
  { email: 'citoyen.b@demo.aic.test', panel: 'citizen', shortlisted: [1, 3, 5, 7, 9, 11], submitted: 0, drafts: 0 },
];

const SEASON1_JURY = 6;
const SEASON1_CITIZENS = 15;
const SEASON1_JURY_PER_APPLICATION = 4;
const SEASON1_CITIZENS_PER_APPLICATION = 5;

/** Season-1 numbers per call: fictional applications by final status (the laureates come on top, as `selected`). */
const SEASON1_PLAN: Record<Track, { withdrawn: number; ineligible: number; notShortlisted: number; notSelected: number }> = {
  dinum: { withdrawn: 3, ineligible: 16, notShortlisted: 64, notSelected: 8 },
  ditp: { withdrawn: 3, ineligible: 18, notShortlisted: 71, notSelected: 8 },
};
const SEASON2_PLAN = { received: 9, eligible: 12, ineligible: 6, withdrawn: 2, shortlisted: 12 };

interface ApplicationRow {
  call_id: number;
  season_id: number;
  reference: string;
  project_name: string;
  carrier_name: string;
  carrier_kind: CarrierKind;
  contact_name: string;
  contact_email: string;
  summary: string;
  answers: ApplicationAnswer[];
  submitted_at: string;
  source_state: string;
  source_updated_at: string;
  status: ApplicationStatus;
  eligibility_reason: string | null;
  status_reason: string | null;
  laureate_id: number | null;
}

interface CallSpec {
  seasonId: number;
  track: Track;
  title: string;
  opensOn: string;
  closesOn: string;
  status: 'open' | 'closed' | 'decided';
}

/** Seeds the selection of both demo seasons; the laureates' ids come from seedLaureates. */
export async function seedSelection(em: EntityManager, ids: DemoIds, laureates: Map<string, number>): Promise<void> {
  const random = prng(20220314); // the day the season-1 laureates were announced
  const names = { next: 0 }; // one sequence over both seasons: every fictional project has its own name and file number
  const s1 = ids.seasons.get('s1')!;
  const s2 = ids.seasons.get('s2')!;
  const calls = await insertCalls(em, [
    // The season-1 call lasted "a little over a month" from 17 December 2021 (closing date not published).
    { seasonId: s1, track: 'dinum', title: 'Saison 1 — initiatives citoyennes numériques (DINUM)', opensOn: '2021-12-17', closesOn: '2022-01-24', status: 'decided' },
    { seasonId: s1, track: 'ditp', title: 'Saison 1 — initiatives citoyennes (DITP)', opensOn: '2021-12-17', closesOn: '2022-01-24', status: 'decided' },
    { seasonId: s2, track: 'dinum', title: 'Saison 2 — communs numériques (DINUM)', opensOn: '2023-04-14', closesOn: '2023-05-02', status: 'closed' },
  ]);

  const season1: ApplicationRow[] = [];
  for (const track of ['dinum', 'ditp'] as const) {
    const callId = calls.get(`${s1}:${track}`)!;
    const winners = season1Laureates.filter((l) => l.track === track);
    season1.push(...winners.map((l) => laureateApplication(random, callId, s1, l, laureates.get(l.key)!, season1Laureates.indexOf(l))));
    season1.push(...fictionalSeason1(random, callId, s1, track, SEASON1_PLAN[track], names));
  }
  const season2 = fictionalSeason2(random, calls.get(`${s2}:dinum`)!, s2, names);
  const applicationIds = await insertApplications(em, [...season1, ...season2]);

  const s1Evaluators = await insertSeason1Evaluators(em);
  const assignments: AssignmentRow[] = [];
  const evaluations: EvaluationRow[] = [];
  // Season 1: each shortlisted application to 4 of the 6 jury members and 5 of the 15 citizens, turn by turn (balanced).
  const shortlisted1 = season1.filter((a) => a.status === 'selected' || a.status_reason === pool.NOT_SELECTED_REASON);
  shortlisted1.forEach((application, index) => {
    const applicationId = applicationIds.get(`${application.call_id}:${application.reference}`)!;
    const quality = application.laureate_id ? 4.1 + random() * 0.6 : 1.9 + random() * 1.5;
    const jury = Array.from({ length: SEASON1_JURY_PER_APPLICATION }, (_, k) => s1Evaluators.jury[(index + k) % SEASON1_JURY]);
    const citizens = Array.from({ length: SEASON1_CITIZENS_PER_APPLICATION }, (_, k) => s1Evaluators.citizen[(index * SEASON1_CITIZENS_PER_APPLICATION + k) % SEASON1_CITIZENS]);
    for (const [panel, evaluatorIds] of [['jury', jury], ['citizen', citizens]] as const) {
      for (const evaluatorId of evaluatorIds) {
        assignments.push({ application_id: applicationId, evaluator_id: evaluatorId, panel });
        // One declared conflict of interest, so that the ranking shows an excluded evaluation.
        const conflict = index === 7 && panel === 'jury' && evaluatorId === jury[0];
        evaluations.push(evaluation(random, applicationId, evaluatorId, panel, quality, conflict ? 'conflict' : 'submitted', '2022-02-20T10:00:00Z'));
      }
    }
  });

  // Season 2: the demo evaluators' shortlisted applications; a few already scored, jury.a's all still to do.
  const shortlisted2 = season2.filter((a) => a.status === 'shortlisted').map((a) => applicationIds.get(`${a.call_id}:${a.reference}`)!);
  const demoEvaluators = await userIds(em, SEASON2_EVALUATORS.map((e) => e.email));
  for (const evaluator of SEASON2_EVALUATORS) {
    const evaluatorId = demoEvaluators.get(evaluator.email)!;
    evaluator.shortlisted.forEach((n, i) => {
      const applicationId = shortlisted2[n];
      assignments.push({ application_id: applicationId, evaluator_id: evaluatorId, panel: evaluator.panel });
      if (i < evaluator.submitted + evaluator.drafts) {
        const status = i < evaluator.submitted ? 'submitted' : 'draft';
        evaluations.push(evaluation(random, applicationId, evaluatorId, evaluator.panel, 2.5 + random() * 2, status, '2023-05-20T14:00:00Z'));
      }
    });
  }
  await insertAssignments(em, assignments);
  await insertEvaluations(em, evaluations);
}

async function insertCalls(em: EntityManager, specs: CallSpec[]): Promise<Map<string, number>> {
  const rows: Array<{ id: number; season_id: number; track: string }> = await em.query(
    `INSERT INTO calls (season_id, track, title, opens_on, closes_on, status)
     SELECT season_id, track, title, opens_on, closes_on, status
     FROM jsonb_to_recordset($1::jsonb) AS t(season_id integer, track text, title text, opens_on date, closes_on date, status text)
     RETURNING id, season_id, track`,
    [JSON.stringify(specs.map((s) => ({ season_id: s.seasonId, track: s.track, title: s.title, opens_on: s.opensOn, closes_on: s.closesOn, status: s.status })))],
  );
  return new Map(rows.map((r) => [`${r.season_id}:${r.track}`, r.id]));
}

async function insertApplications(em: EntityManager, rows: ApplicationRow[]): Promise<Map<string, number>> {
  const inserted: Array<{ id: number; call_id: number; reference: string }> = await em.query(
    `INSERT INTO applications (call_id, season_id, reference, project_name, carrier_name, carrier_kind, contact_name, contact_email,
       summary, answers, submitted_at, source_state, source_updated_at, status, eligibility_reason, status_reason, laureate_id)
     SELECT call_id, season_id, reference, project_name, carrier_name, carrier_kind, contact_name, contact_email,
       summary, answers, submitted_at, source_state, source_updated_at, status, eligibility_reason, status_reason, laureate_id
     FROM jsonb_to_recordset($1::jsonb) AS t(call_id integer, season_id integer, reference text, project_name text,
       carrier_name text, carrier_kind text, contact_name text, contact_email text, summary text, answers jsonb,
       submitted_at timestamptz, source_state text, source_updated_at timestamptz, status text, eligibility_reason text,
       status_reason text, laureate_id integer)
     RETURNING id, call_id, reference`,
    [JSON.stringify(rows)],
  );
  return new Map(inserted.map((r) => [`${r.call_id}:${r.reference}`, r.id]));
}

/** The season-1 jury and citizens' panel: fictional, inactive accounts (they cannot sign in; they sign evaluations). */
async function insertSeason1Evaluators(em: EntityManager): Promise<Record<Panel, number[]>> {
  const people = [
    ...Array.from({ length: SEASON1_JURY }, (_, i) => ({ email: `jury.s1.${i + 1}@demo.aic.test`, full_name: `Membre du jury n° ${i + 1}, saison 1 (démo)`, panel: 'jury' })),
    ...Array.from({ length: SEASON1_CITIZENS }, (_, i) => ({ email: `citoyen.s1.${i + 1}@demo.aic.test`, full_name: `Citoyen·ne du panel n° ${i + 1}, saison 1 (démo)`, panel: 'citizen' })),
  ];
  // No password: inactive accounts whose hash matches nothing (verifyPassword answers false to a malformed hash).
  const rows: Array<{ id: number; panel: Panel }> = await em.query(
    `INSERT INTO users (email, full_name, password_hash, roles, panel, active)
     SELECT email, full_name, '!disabled', ARRAY['evaluator'], panel, false
     FROM jsonb_to_recordset($1::jsonb) AS t(email text, full_name text, panel text)
     RETURNING id, panel`,
    [JSON.stringify(people)],
  );
  return { jury: rows.filter((r) => r.panel === 'jury').map((r) => r.id), citizen: rows.filter((r) => r.panel === 'citizen').map((r) => r.id) };
}

async function userIds(em: EntityManager, emails: string[]): Promise<Map<string, number>> {
  const rows: Array<{ id: number; email: string }> = await em.query(`SELECT id, email FROM users WHERE email = ANY($1)`, [emails]);
  return new Map(rows.map((r) => [r.email, r.id]));
}

interface AssignmentRow {
  application_id: number;
  evaluator_id: number;
  panel: Panel;
}
async function insertAssignments(em: EntityManager, rows: AssignmentRow[]): Promise<void> {
  await em.query(
    `INSERT INTO evaluator_assignments (application_id, evaluator_id, panel)
     SELECT application_id, evaluator_id, panel FROM jsonb_to_recordset($1::jsonb) AS t(application_id integer, evaluator_id integer, panel text)`,
    [JSON.stringify(rows)],
  );
}

type EvaluationRow = AssignmentRow & Record<string, unknown>;
function evaluation(random: Random, applicationId: number, evaluatorId: number, panel: Panel, quality: number, kind: 'submitted' | 'draft' | 'conflict', at: string): EvaluationRow {
  const row: EvaluationRow = { application_id: applicationId, evaluator_id: evaluatorId, panel };
  if (kind === 'conflict') {
    return { ...row, conflict_of_interest: true, comment: 'Je siège au conseil d’administration de la structure porteuse.', status: 'submitted', submitted_at: at };
  }
  for (const [criterion, column] of Object.entries(CRITERIA_COLUMNS)) {
    // The carrier criterion follows the eligibility condition more than the project's quality: shortlisted carriers all qualify.
    const base = criterion === 'carrier' ? Math.max(quality, 3.5) : quality;
    // A draft is half filled: the evaluator stopped after the first criteria.
    if (kind === 'draft' && criterion !== 'generalInterest' && criterion !== 'impact') row[column] = null;
    else row[column] = Math.min(5, Math.max(0, Math.round(base + (random() - 0.5) * 1.6)));
  }
  const comments = quality >= 4 ? pool.EVALUATION_COMMENTS.high : pool.EVALUATION_COMMENTS.low;
  return { ...row, conflict_of_interest: false, comment: kind === 'draft' ? null : pick(random, comments), status: kind, submitted_at: kind === 'submitted' ? at : null };
}

async function insertEvaluations(em: EntityManager, rows: EvaluationRow[]): Promise<void> {
  const columns = Object.values(CRITERIA_COLUMNS);
  await em.query(
    `INSERT INTO evaluations (application_id, evaluator_id, panel, ${columns.join(', ')}, comment, conflict_of_interest, status, submitted_at, updated_at)
     SELECT application_id, evaluator_id, panel, ${columns.join(', ')}, comment, conflict_of_interest, status, submitted_at, coalesce(submitted_at, now())
     FROM jsonb_to_recordset($1::jsonb) AS t(application_id integer, evaluator_id integer, panel text,
       ${columns.map((c) => `${c} smallint`).join(', ')}, comment text, conflict_of_interest boolean, status text, submitted_at timestamptz)`,
    [JSON.stringify(rows)],
  );
}

// --- Applications ---------------------------------------------------------------------------------------------------

const TRACK_ANSWER: Record<Track, string> = {
  dinum: 'Communs numériques (accompagnement DINUM)',
  ditp: 'Communs sans dominante numérique (accompagnement DITP)',
};

/** A file number of the forms platform: 7 digits, distinct per season and position. */
const reference = (year: number, n: number) => String((year === 2022 ? 6_200_000 : 8_100_000) + n * 37);
const FIRST_FICTIONAL = 10; // file numbers 0–8 are the laureates'

/** A moment within the call's weeks, as the platform stamps a submission. */
function submittedWithin(random: Random, opensOn: string, days: number): string {
  const at = new Date(`${opensOn}T08:00:00Z`);
  at.setUTCDate(at.getUTCDate() + between(random, 0, days));
  at.setUTCMinutes(between(random, 0, 11 * 60));
  return at.toISOString();
}

function answers(random: Random, track: Track, topic: readonly [string, string, string], town: string, extra: ApplicationAnswer[] = []): ApplicationAnswer[] {
  const volunteers = between(random, 3, 120);
  return [
    { label: 'Piste de candidature', value: TRACK_ANSWER[track] },
    { label: 'Territoire d’action', value: town === 'National' ? 'National' : `${town} et ses environs` },
    { label: 'Public visé', value: topic[2] },
    { label: 'Ressource d’intérêt commun concernée', value: topic[1] },
    { label: 'Nombre de personnes touchées l’an dernier', value: String(between(random, 2, 400) * 25) },
    { label: 'Année de lancement du projet', value: String(between(random, 2012, 2021)) },
    { label: 'Équipe', value: `${between(random, 0, 6)} salarié·es, ${volunteers} bénévoles` },
    { label: 'Gouvernance du projet', value: pick(random, pool.GOVERNANCES) },
    { label: 'Soutien d’une administration publique', value: pick(random, pool.ADMINISTRATION_SUPPORTS) },
    { label: 'Budget annuel (€)', value: String(between(random, 1, 90) * 5000) },
    { label: 'Besoins d’accompagnement', value: pick(random, pool.NEEDS) },
    ...extra,
  ];
}

function laureateApplication(random: Random, callId: number, seasonId: number, l: DemoLaureate, laureateId: number, n: number): ApplicationRow {
  const contact = l.contacts[0];
  const carrier = demoOrganisations.find((o) => o.key === l.carrierKey)!;
  const topic = [l.name, l.themes.join(', '), l.tagline] as const;
  const submittedAt = submittedWithin(random, '2021-12-17', 36);
  return {
    call_id: callId,
    season_id: seasonId,
    reference: reference(2022, n),
    project_name: l.name,
    carrier_name: carrier.name,
    carrier_kind: 'association',
    contact_name: contact ? `${contact.firstName} ${contact.lastName}` : 'Contact (démo)',
    contact_email: contact?.email ?? `contact.${l.key}@exemple.test`,
    summary: l.mission,
    answers: answers(random, l.track, topic, l.territory, [
      { label: 'En quoi le projet complète-t-il le service public ?', value: l.publicServiceContribution },
      { label: 'Site web', value: l.website },
    ]),
    submitted_at: submittedAt,
    source_state: 'accepte',
    source_updated_at: '2022-03-14T09:00:00Z',
    status: 'selected',
    eligibility_reason: 'Porté par une association ; finalité d’intérêt général autour d’une ressource d’intérêt commun.',
    status_reason: 'Lauréat de la 1re promotion, annoncé le 14 mars 2022.',
    laureate_id: laureateId,
  };
}

/** A fictional application: invented project, carrier in an invented town, contact on the reserved `.test` domain. */
function fictional(random: Random, callId: number, seasonId: number, track: Track, year: number, n: number, kind: CarrierKind, opensOn: string, days: number): ApplicationRow {
  const topic = PROJECT_TOPIC(n);
  const town = pool.FICTIONAL_TOWNS[(n * 7 + Math.floor(random() * 3)) % pool.FICTIONAL_TOWNS.length];
  const projectName = `${pool.PROJECT_KINDS[Math.floor(n / pool.PROJECT_TOPICS.length) % pool.PROJECT_KINDS.length]} ${topic[0]} de ${town}`;
  const prefix = pick(random, pool.CARRIER_PREFIXES[kind]);
  const carrierName = kind === 'administration' ? `${prefix} ${town} (fictive)` : `${prefix} ${pick(random, ['Les Communs', 'Horizon', 'Terre commune', 'Ensemble', 'Fil vert', 'Les Semeurs'])} de ${town} (fictive)`;
  const first = pick(random, pool.FIRST_NAMES);
  const last = pick(random, pool.LAST_NAMES);
  const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return {
    call_id: callId,
    season_id: seasonId,
    reference: reference(year, FIRST_FICTIONAL + n),
    project_name: projectName,
    carrier_name: carrierName,
    carrier_kind: kind,
    contact_name: `${first} ${last}`,
    contact_email: `${ascii(first)}.${ascii(last)}.${n}@exemple.test`,
    summary: `Candidature fictive (démo). ${projectName} : ${topic[1]} au service des ${topic[2]}.`,
    answers: answers(random, track, topic, town),
    submitted_at: submittedWithin(random, opensOn, days),
    source_state: 'en_instruction',
    source_updated_at: new Date(`${opensOn}T00:00:00Z`).toISOString(),
    status: 'received',
    eligibility_reason: null,
    status_reason: null,
    laureate_id: null,
  };
}

// Names combine a topic (20, the next one each time) with a kind (12, the next one every 20): 240 distinct projects.
const PROJECT_TOPIC = (n: number) => pool.PROJECT_TOPICS[n % pool.PROJECT_TOPICS.length];

const ELIGIBLE_REASON = 'Soutenu par une association ou une administration ; finalité d’intérêt général autour d’une ressource d’intérêt commun.';

function fictionalSeason1(random: Random, callId: number, seasonId: number, track: Track, plan: (typeof SEASON1_PLAN)[Track], names: { next: number }): ApplicationRow[] {
  const rows: ApplicationRow[] = [];
  const add = (count: number, kind: () => CarrierKind, finish: (row: ApplicationRow) => Partial<ApplicationRow>) => {
    for (let i = 0; i < count; i++) {
      const row = fictional(random, callId, seasonId, track, 2022, names.next++, kind(), '2021-12-17', 36);
      rows.push({ ...row, source_updated_at: '2022-03-14T09:00:00Z', ...finish(row) });
    }
  };
  const eligibleKind = (): CarrierKind => (random() < 0.8 ? 'association' : random() < 0.6 ? 'both' : 'administration');
  add(plan.withdrawn, eligibleKind, () => ({ status: 'withdrawn', status_reason: pool.WITHDRAWAL_REASON, source_state: 'sans_suite' }));
  add(plan.ineligible, () => (random() < 0.7 ? 'other' : 'association'), () => ({ status: 'ineligible', eligibility_reason: pick(random, pool.INELIGIBILITY_REASONS), source_state: 'refuse' }));
  add(plan.notShortlisted, eligibleKind, () => ({ status: 'rejected', eligibility_reason: ELIGIBLE_REASON, status_reason: pool.NOT_SHORTLISTED_REASON, source_state: 'refuse' }));
  add(plan.notSelected, eligibleKind, () => ({ status: 'rejected', eligibility_reason: ELIGIBLE_REASON, status_reason: pool.NOT_SELECTED_REASON, source_state: 'refuse' }));
  return rows;
}

function fictionalSeason2(random: Random, callId: number, seasonId: number, names: { next: number }): ApplicationRow[] {
  const rows: ApplicationRow[] = [];
  const add = (count: number, status: ApplicationStatus, extra: Partial<ApplicationRow> = {}) => {
    for (let i = 0; i < count; i++) {
      const kind: CarrierKind = status === 'ineligible' ? 'other' : random() < 0.75 ? 'association' : 'both';
      const row = fictional(random, callId, seasonId, 'dinum', 2023, names.next++, kind, '2023-04-14', 18);
      rows.push({ ...row, status, ...extra });
    }
  };
  add(SEASON2_PLAN.shortlisted, 'shortlisted', { eligibility_reason: ELIGIBLE_REASON });
  add(SEASON2_PLAN.eligible, 'eligible', { eligibility_reason: ELIGIBLE_REASON });
  add(SEASON2_PLAN.ineligible, 'ineligible', { eligibility_reason: pool.INELIGIBILITY_REASONS[0] });
  add(SEASON2_PLAN.withdrawn, 'withdrawn', { status_reason: pool.WITHDRAWAL_REASON, source_state: 'sans_suite' });
  add(SEASON2_PLAN.received, 'received', { source_state: 'en_construction' });
  return rows;
}
