import type pg from 'pg';
import {
  ACTION_TITLES, AUDIT_RESOURCES, FIRST_NAMES, INTERACTION_TOPICS, LAST_NAMES, MINISTRIES, NEXT_STEPS, OBJECTIVE_TITLES,
  ORG_PREFIXES, ORG_SUBJECTS, PROJECT_HEADS, PROJECT_TAILS, REGIONS, TAGLINES, THEMES, TOWNS,
} from './text.js';

/** Bump when the generated data changes: a stored dataset of another version is regenerated. */
export const GENERATOR_VERSION = 5;

export interface DatasetSize {
  scale: number;
  seasons: number;
  laureates: number;
  organisations: number;
  contacts: number;
  actions: number;
  interactions: number;
  partnerships: number;
  committees: number;
  auditEvents: number;
  leads: number;
  managers: number;
  referents: number;
  /** Contacts in each laureate's team (laureate_contacts). */
  teamSize: number;
  objectivesPerLaureate: number;
}

/** National scale at 1: 10 seasons, 1 000 laureates, 20 000 organisations… Per-laureate volumes stay constant. */
export function datasetSize(scale: number): DatasetSize {
  const n = (base: number, min: number) => Math.max(min, Math.round(base * scale));
  const laureates = n(1000, 2);
  return {
    scale,
    seasons: Math.min(10, laureates),
    laureates,
    organisations: n(20_000, 60),
    contacts: n(100_000, laureates * 10),
    actions: laureates * 200,
    interactions: laureates * 1000,
    partnerships: laureates * 50,
    committees: n(200, 2),
    auditEvents: n(3_000_000, 1000),
    leads: 5,
    managers: n(50, 2),
    referents: n(200, 2),
    teamSize: 10,
    objectivesPerLaureate: 6,
  };
}

/** User ids are laid out by role: 1 admin, then programme leads, acceleration managers, referents. */
export const userIds = (size: DatasetSize) => ({
  admin: 1,
  lead: (k: number) => 2 + k,
  manager: (k: number) => 2 + size.leads + k,
  referent: (k: number) => 2 + size.leads + size.managers + k,
});

export const benchEmails = {
  lead: (k: number) => `pilote${k + 1}@bench.aic`,
  manager: (k: number) => `charge${k + 1}@bench.aic`,
  referent: (k: number) => `referent${k + 1}@bench.aic`,
};

export interface DatasetInfo {
  reused: boolean;
  seconds: number;
  committees: 'generated' | 'absent' | 'unknown-schema';
  counts: Record<string, number>;
}

const LISTS = {
  first_names: FIRST_NAMES,
  last_names: LAST_NAMES,
  towns: TOWNS,
  regions: REGIONS,
  ministries: MINISTRIES,
  org_prefixes: ORG_PREFIXES.map(([prefix]) => prefix),
  org_kinds: ORG_PREFIXES.map(([, kind]) => kind),
  org_subjects: ORG_SUBJECTS,
  heads: PROJECT_HEADS,
  tails: PROJECT_TAILS,
  taglines: TAGLINES,
  themes: THEMES,
  topics: INTERACTION_TOPICS,
  steps: NEXT_STEPS,
  action_titles: ACTION_TITLES,
  objective_titles: OBJECTIVE_TITLES,
  audit_resources: AUDIT_RESOURCES,
} as const;
type ListName = keyof typeof LISTS;

for (const [name, words] of Object.entries(LISTS)) {
  // Duplicates would break the injective name schemes (unique organisation and laureate names).
  if (name !== 'org_kinds' && new Set(words).size !== words.length) throw new Error(`bench/text.ts: duplicate word in ${name}`);
}

/** `w.<list>[1 + expr mod len]`: a word picked by modulo from the temp table `w`. */
const pick = (list: ListName, expr: string) => `w.${list}[1 + ((${expr}) % ${LISTS[list].length})]`;
/** A deterministic scrambler (PostgreSQL's integer hash), so that two picks from one row are independent. */
const mix = (expr: string, salt: number) => `abs(hashint8((${expr})::bigint * 64 + ${salt}))`;

/** Tables loaded in bulk: their secondary indexes and foreign keys are dropped first and rebuilt after. */
const BULK_TABLES = [
  'organisations', 'laureates', 'referent_assignments', 'contacts', 'laureate_contacts', 'partnerships', 'diagnostics',
  'objectives', 'actions', 'interactions', 'audit_events', 'committees', 'agenda_items', 'decisions', 'grants', 'disbursements',
  'commitments',
];

async function tableExists(client: pg.Client, table: string): Promise<boolean> {
  const { rows } = await client.query('SELECT to_regclass($1) IS NOT NULL AS found', [`public.${table}`]);
  return rows[0].found;
}

async function hasColumns(client: pg.Client, table: string, columns: string[]): Promise<boolean> {
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = ANY($2)`,
    [table, columns],
  );
  return rows[0].n === columns.length;
}

export async function readMarker(client: pg.Client): Promise<{ scale: number; generator: number; migrations: string[]; info: DatasetInfo } | null> {
  const { rows: found } = await client.query(`SELECT to_regclass('bench.dataset') IS NOT NULL AS found`);
  if (!found[0].found) return null;
  const { rows } = await client.query('SELECT scale::float8 AS scale, generator, migrations, info FROM bench.dataset WHERE id = 1');
  return rows[0] ?? null;
}

/**
 * Fills a freshly migrated database with the dataset of `size`, through PostgreSQL's own bulk path
 * (`INSERT … SELECT … FROM generate_series`), then rebuilds indexes and foreign keys (which validates them),
 * vacuums and analyses, and writes the marker that lets the next run reuse it.
 */
export async function generateDataset(
  client: pg.Client,
  size: DatasetSize,
  passwordHash: string,
  migrations: string[],
  log: (message: string) => void,
): Promise<DatasetInfo> {
  const started = Date.now();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t0 = Date.now();
    const result = await client.query(sql, params);
    log(`  ${label}: ${result.rowCount ?? ''} ${result.rowCount !== null ? 'rows ' : ''}(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  };
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET maintenance_work_mem = '1GB'`);
  await client.query(`SET max_parallel_maintenance_workers = 2`);

  const names = Object.keys(LISTS);
  await client.query(
    `CREATE TEMP TABLE w AS SELECT ${names.map((name, i) => `$${i + 1}::text[] AS ${name}`).join(', ')}`,
    names.map((name) => LISTS[name as ListName]),
  );

  // Foreign keys first (one may reference a unique index), then secondary indexes.
  const tables = [];
  for (const t of BULK_TABLES) if (await tableExists(client, t)) tables.push(t);
  const { rows: fks } = await client.query(
    `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[])`,
    [tables],
  );
  const { rows: indexes } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'))`,
    [tables],
  );
  for (const fk of fks) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${client.escapeIdentifier(fk.conname)}`);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);

  const ids = userIds(size);
  const { seasons: S, laureates: L, organisations: O, contacts: C, teamSize: T, leads: LD, managers: M, referents: R } = size;
  const managerOf = (laureate: string) => `(${ids.manager(0)} + ((${laureate}) - 1) % ${M})`;
  const fullName = (expr: string) => `${pick('first_names', mix(expr, 11))} || ' ' || ${pick('last_names', mix(expr, 12))}`;
  const emailOf = (prefix: string) => `'${prefix}' || g || '@bench.aic'`;

  await step(
    'users',
    `INSERT INTO users (id, email, full_name, password_hash, roles)
     SELECT 1, 'admin@bench.aic', 'Administratrice Banc', $1, ARRAY['admin']
     UNION ALL SELECT ${ids.lead(0)} + g - 1, ${emailOf('pilote')}, ${fullName('g')}, $1, ARRAY['programme_lead'] FROM generate_series(1, ${LD}) g, w
     UNION ALL SELECT ${ids.manager(0)} + g - 1, ${emailOf('charge')}, ${fullName('g + 100')}, $1, ARRAY['acceleration_manager'] FROM generate_series(1, ${M}) g, w
     UNION ALL SELECT ${ids.referent(0)} + g - 1, ${emailOf('referent')}, ${fullName('g + 1000')}, $1, ARRAY['referent'] FROM generate_series(1, ${R}) g, w`,
    [passwordHash],
  );

  await step(
    'seasons',
    `INSERT INTO seasons (id, name, year, theme, call_opens_on, call_closes_on, accompaniment_starts_on, accompaniment_ends_on, status, funding_envelope)
     SELECT g, 'Saison ' || g, 2015 + g, ${pick('themes', 'g')}, make_date(2015 + g, 1, 15), make_date(2015 + g, 3, 31),
            make_date(2015 + g, 6, 1), make_date(2016 + g, 5, 31), CASE WHEN g = ${S} THEN 'accompaniment' ELSE 'closed' END,
            4000000 + g * 100000
       FROM generate_series(1, ${S}) g, w`,
  );

  // Ids 1–20 are ministries; the others are named prefix × subject × town (injective, hence unique).
  const ministries = Math.min(MINISTRIES.length, O);
  const P = ORG_PREFIXES.length;
  const J = ORG_SUBJECTS.length;
  await step(
    'organisations',
    `INSERT INTO organisations (id, name, kind, parent_id, acronym, territory, website)
     SELECT g, w.ministries[g], 'ministry', NULL, 'MIN' || g, 'National', 'https://www.gouv.fr/ministere-' || g
       FROM generate_series(1, ${ministries}) g, w
     UNION ALL
     SELECT g, ${pick('org_prefixes', 'i')} || ' ' || ${pick('org_subjects', `i / ${P}`)} || ' ' || ${pick('towns', `i / ${P * J}`)},
            ${pick('org_kinds', 'i')},
            CASE WHEN ${pick('org_kinds', 'i')} IN ('directorate', 'deconcentrated_service') THEN 1 + g % ${ministries} END,
            CASE WHEN g % 4 = 0 THEN upper(left(${pick('org_prefixes', 'i')}, 3)) || g END,
            ${pick('regions', mix('g', 3))},
            CASE WHEN g % 3 = 0 THEN 'https://structure-' || g || '.fr' END
       FROM generate_series(${ministries + 1}, ${O}) g, w, LATERAL (SELECT g - ${ministries + 1} AS i) x`,
  );
  if (P * J * TOWNS.length < O) throw new Error('not enough organisation name combinations');

  await step(
    'laureates',
    `INSERT INTO laureates (id, season_id, name, track, carrier_organisation_id, tagline, mission, public_service_contribution,
                            website, themes, territory, phase, acceleration_manager_id, started_on, phase2_started_on, ended_on,
                            next_steps, results, health, health_reason, created_at, updated_at)
     SELECT g, s, ${pick('heads', 'g - 1')} || ' ' || ${pick('tails', `(g - 1) / ${PROJECT_HEADS.length}`)},
            CASE WHEN g % 3 = 0 THEN 'ditp' ELSE 'dinum' END,
            ${ministries + 1} + (g * 7) % ${O - ministries},
            ${pick('taglines', 'g')},
            'Le projet vise à ' || lower(${pick('taglines', 'g + 3')}) || ' à ' || ${pick('towns', mix('g', 4))} || ' et au-delà.',
            'Contribue au service public de ' || ${pick('themes', 'g + 1')} || '.',
            'https://projet-' || g || '.fr', ARRAY[${pick('themes', 'g')}, ${pick('themes', 'g + 4')}], ${pick('regions', mix('g', 5))},
            phase, ${managerOf('g')}, make_date(2015 + s, 6, 1),
            CASE WHEN phase = 'phase1' THEN NULL ELSE make_date(2016 + s, 1, 15) END,
            CASE WHEN phase IN ('completed', 'stopped') THEN make_date(2016 + s, 6, 30) END,
            'Prochaine étape : ' || ${pick('steps', 'g')}, NULL,
            CASE g % 7 WHEN 0 THEN 'at_risk' WHEN 3 THEN 'blocked' ELSE 'on_track' END,
            CASE WHEN g % 7 IN (0, 3) THEN 'Point d''attention : ' || ${pick('topics', 'g')} END,
            make_date(2015 + s, 5, 1)::timestamptz, make_date(2015 + s, 5, 1)::timestamptz
       FROM generate_series(1, ${L}) g, w,
            LATERAL (SELECT 1 + (g - 1) % ${S} AS s) season,
            LATERAL (SELECT CASE WHEN s = ${S} THEN (CASE WHEN g % 4 = 0 THEN 'phase2' ELSE 'phase1' END)
                                 ELSE (CASE g % 5 WHEN 0 THEN 'stopped' WHEN 1 THEN 'phase2' ELSE 'completed' END) END AS phase) p`,
  );
  if (PROJECT_HEADS.length * PROJECT_TAILS.length < L) throw new Error('not enough laureate name combinations');

  // One interministerial referent per laureate: each referent follows about L / R laureates.
  await step(
    'referent_assignments',
    `INSERT INTO referent_assignments (id, laureate_id, user_id, kind, organisation_id, since)
     SELECT g, g, ${ids.referent(0)} + (g - 1) % ${R}, 'interministerial', 1 + g % ${ministries}, make_date(2015 + 1 + (g - 1) % ${S}, 7, 1)
       FROM generate_series(1, ${L}) g`,
  );

  await step(
    'contacts',
    `INSERT INTO contacts (id, first_name, last_name, email, phone, job_title, organisation_id, created_at, updated_at)
     SELECT g, fn, ln,
            replace(f_unaccent(lower(fn)), ' ', '-') || '.' || replace(f_unaccent(lower(ln)), ' ', '-') || g || '@exemple.fr',
            '06 ' || lpad((g % 100)::text, 2, '0') || ' ' || lpad(((g / 100) % 100)::text, 2, '0') || ' ' || lpad(((g / 10000) % 100)::text, 2, '0') || ' 00',
            CASE g % 5 WHEN 0 THEN 'Directrice' WHEN 1 THEN 'Chargé de mission' WHEN 2 THEN 'Cheffe de projet' WHEN 3 THEN 'Délégué' ELSE 'Bénévole' END,
            1 + (g - 1) % ${O},
            timestamptz '2016-01-01' + (g::float8 / ${C}) * interval '3650 days',
            timestamptz '2016-01-01' + (g::float8 / ${C}) * interval '3650 days'
       FROM generate_series(1, ${C}) g, w,
            LATERAL (SELECT ${pick('first_names', mix('g', 1))} AS fn, ${pick('last_names', mix('g', 2))} AS ln) n`,
  );

  await step(
    'laureate_contacts',
    `INSERT INTO laureate_contacts (laureate_id, contact_id, role)
     SELECT l, (l - 1) * ${T} + k, CASE k WHEN 1 THEN 'Porteur du projet' WHEN 2 THEN 'Responsable technique' ELSE 'Membre de l''équipe' END
       FROM generate_series(1, ${L}) l, generate_series(1, ${T}) k`,
  );

  // Partnership k of laureate l: organisation (l*37 + k*step) mod O is distinct for each k < 50 (step prime to O).
  const stride = O % 401 === 0 ? 409 : 401;
  const perLaureate = size.partnerships / L;
  if (perLaureate >= O) throw new Error('too few organisations for the partnerships');
  await step(
    'partnerships',
    `INSERT INTO partnerships (id, laureate_id, organisation_id, contact_id, purpose, since, status, notes, created_at, updated_at)
     SELECT i + 1, l, org, CASE WHEN org <= ${C} AND i % 3 <> 0 THEN org END,
            (ARRAY['deployment', 'information_system', 'expertise', 'funding', 'data', 'regulation', 'other'])[1 + k % 7],
            make_date(2016 + (i * 7 / ${size.partnerships}), 1 + i % 12, 1 + i % 28),
            (ARRAY['identified', 'introduced', 'meeting_held', 'agreement', 'deployed', 'dropped'])[1 + ${mix('i', 6)} % 6],
            CASE WHEN i % 4 = 0 THEN 'Suite à ' || ${pick('topics', 'i')} END,
            timestamptz '2016-01-01' + (i::float8 / ${size.partnerships}) * interval '3650 days',
            timestamptz '2016-01-01' + (i::float8 / ${size.partnerships}) * interval '3650 days'
       FROM generate_series(0, ${size.partnerships - 1}) i, w,
            LATERAL (SELECT 1 + i % ${L} AS l, i / ${L} AS k) lk,
            LATERAL (SELECT 1 + ((l * 37 + k * ${stride}) % ${O}) AS org) o`,
  );

  await step(
    'diagnostics',
    `INSERT INTO diagnostics (id, laureate_id, season_id, held_on, participants, strengths, weaknesses, needs_consolidate, needs_integrate, needs_deploy)
     SELECT l.id, l.id, l.season_id, l.started_on + 30, 'Équipe projet, chargé d''accélération, référent',
            'Communauté engagée ; ' || ${pick('topics', 'l.id')}, 'Fragilité de ' || ${pick('topics', 'l.id + 7')},
            ${pick('topics', 'l.id + 1')}, ${pick('topics', 'l.id + 2')}, ${pick('topics', 'l.id + 3')}
       FROM laureates l, w`,
  );

  const K = size.objectivesPerLaureate;
  await step(
    'objectives',
    `INSERT INTO objectives (id, laureate_id, diagnostic_id, axis, title, description, target_date, status)
     SELECT (l - 1) * ${K} + k, l, l, (ARRAY['consolidate', 'integrate', 'deploy'])[1 + (k - 1) % 3],
            ${pick('objective_titles', 'l + k')}, 'Objectif fixé au diagnostic : ' || ${pick('topics', 'l * 3 + k')},
            make_date(2016 + (l - 1) % ${S}, 1 + k, 15),
            CASE WHEN k % 4 = 0 THEN 'achieved' WHEN k = 5 AND l % 3 = 0 THEN 'abandoned' ELSE 'open' END
       FROM generate_series(1, ${L}) l, generate_series(1, ${K}) k, w`,
  );

  // Actions and interactions are interleaved across laureates (written over time, as in real life).
  await step(
    'actions',
    `INSERT INTO actions (id, laureate_id, objective_id, axis, support_type, title, description, status, due_on, done_on, owner_id, outcome, created_at, updated_at)
     SELECT g, l, objective, CASE WHEN objective IS NULL THEN (ARRAY['consolidate', 'integrate', 'deploy'])[1 + j % 3]
                                  ELSE (ARRAY['consolidate', 'integrate', 'deploy'])[1 + ((j % ${K})) % 3] END,
            (ARRAY['methodological', 'technical', 'legal_administrative', 'financial', 'networking'])[1 + ${mix('g', 7)} % 5],
            ${pick('action_titles', mix('g', 8))}, 'À propos de ' || ${pick('topics', mix('g', 9))},
            status, due, CASE WHEN status = 'done' THEN due - (g % 20) END, ${managerOf('l')},
            CASE WHEN status = 'done' THEN 'Réalisé : ' || ${pick('steps', 'g')} END, created, created
       FROM generate_series(1, ${size.actions}) g, w,
            LATERAL (SELECT 1 + (g - 1) % ${L} AS l, (g - 1) / ${L} AS j) lj,
            LATERAL (SELECT CASE WHEN j % 4 = 3 THEN NULL ELSE (l - 1) * ${K} + 1 + j % ${K} END AS objective,
                            (ARRAY['planned', 'planned', 'planned', 'in_progress', 'in_progress', 'in_progress', 'done', 'done', 'done', 'cancelled'])[1 + ${mix('g', 10)} % 10] AS status,
                            timestamptz '2016-01-01' + (g::float8 / ${size.actions}) * interval '3650 days' AS created) x,
            LATERAL (SELECT (created + interval '30 days' + (g % 90) * interval '1 day')::date AS due) d`,
  );

  const kinds = `(ARRAY['meeting', 'call', 'email', 'workshop', 'introduction', 'event', 'other'])`;
  await step(
    'interactions',
    `INSERT INTO interactions (id, laureate_id, kind, occurred_at, title, summary, contact_ids, user_ids, organisation_id,
                               follow_up, follow_up_due_on, created_at, updated_at)
     SELECT g, l, kind, occurred,
            (CASE kind WHEN 'meeting' THEN 'Réunion' WHEN 'call' THEN 'Appel' WHEN 'email' THEN 'Courriel' WHEN 'workshop' THEN 'Atelier'
                       WHEN 'introduction' THEN 'Mise en relation' WHEN 'event' THEN 'Événement' ELSE 'Note' END) || ' : ' || ${pick('topics', mix('g', 13))},
            'Échange avec ' || ${pick('first_names', mix('g', 14))} || ' ' || ${pick('last_names', mix('g', 15))} || ' sur '
              || ${pick('topics', mix('g', 16))} || ' à ' || ${pick('towns', mix('g', 17))} || '. Prochaine étape : ' || ${pick('steps', mix('g', 18))} || '.',
            ARRAY[(l - 1) * ${T} + 1 + g % ${T}], ARRAY[${managerOf('l')}],
            CASE WHEN kind = 'introduction' THEN ${ministries + 1} + ${mix('g', 19)} % ${O - ministries} END,
            CASE WHEN g % 5 = 0 THEN ${pick('steps', 'g')} END,
            CASE WHEN g % 5 = 0 THEN (occurred + interval '14 days')::date END,
            occurred, occurred
       FROM generate_series(1, ${size.interactions}) g, w,
            LATERAL (SELECT 1 + (g - 1) % ${L} AS l, ${kinds}[1 + ${mix('g', 20)} % 7] AS kind,
                            timestamptz '2016-01-15' + (g::float8 / ${size.interactions}) * interval '3650 days' AS occurred) x`,
  );

  let committees: DatasetInfo['committees'] = 'absent';
  if (await tableExists(client, 'committees')) {
    const known =
      (await hasColumns(client, 'committees', ['season_id', 'kind', 'title', 'held_on', 'status', 'member_ids', 'closed_at'])) &&
      (await hasColumns(client, 'agenda_items', ['committee_id', 'laureate_id', 'position', 'presenter', 'requested_funding', 'briefing_notes'])) &&
      (await hasColumns(client, 'decisions', ['committee_id', 'laureate_id', 'outcome', 'funding_granted', 'decided_at', 'decided_by_id'])) &&
      (await hasColumns(client, 'grants', ['laureate_id', 'decision_id', 'amount', 'purpose', 'status', 'agreement_signed_on'])) &&
      (await hasColumns(client, 'disbursements', ['grant_id', 'amount', 'paid_on', 'reference'])) &&
      (await hasColumns(client, 'commitments', ['laureate_id', 'committee_id', 'organisation_id', 'kind', 'description', 'amount', 'due_on', 'status']));
    committees = known ? 'generated' : 'unknown-schema';
    if (known) await generateCommittees(step, size);
  }

  // Audit trail: 3 M events by leads and managers over ten years (append-only: INSERT only).
  await step(
    'audit_events',
    `INSERT INTO audit_events (id, occurred_at, actor_id, actor_email, resource, record_id, action, changes, request_id)
     SELECT g, timestamptz '2016-01-01' + (g::float8 / ${size.auditEvents}) * interval '3650 days', u.id, u.email,
            ${pick('audit_resources', mix('g', 21))}, (1 + ${mix('g', 22)} % 200000)::text,
            (ARRAY['create', 'update', 'update', 'update', 'delete'])[1 + g % 5],
            CASE WHEN g % 5 = 0 THEN jsonb_build_object('title', jsonb_build_object('before', NULL, 'after', ${pick('action_titles', 'g')}))
                 ELSE jsonb_build_object('status', jsonb_build_object('before', 'planned', 'after', 'in_progress')) END,
            left(md5(g::text), 20)
       FROM generate_series(1, ${size.auditEvents}) g CROSS JOIN w
       JOIN users u ON u.id = ${ids.lead(0)} + g % ${LD + M}`,
  );

  let t0 = Date.now();
  for (const index of indexes) await client.query(index.def);
  log(`  indexes rebuilt: ${indexes.length} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  t0 = Date.now();
  for (const fk of fks) await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${client.escapeIdentifier(fk.conname)} ${fk.def}`);
  log(`  foreign keys re-added and validated: ${fks.length} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  // Explicit ids were inserted: move every identity sequence past them.
  const { rows: identities } = await client.query(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND is_identity = 'YES'`,
  );
  for (const { table_name } of identities) {
    const table = client.escapeIdentifier(table_name);
    await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`, [table_name]);
  }

  t0 = Date.now();
  await client.query('VACUUM (ANALYZE)');
  log(`  VACUUM (ANALYZE) (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  const counts: Record<string, number> = {};
  for (const table of ['users', 'seasons', 'organisations', 'laureates', 'referent_assignments', 'contacts', 'laureate_contacts', 'partnerships',
    'diagnostics', 'objectives', 'actions', 'interactions', 'audit_events', ...(committees === 'generated' ? ['committees', 'agenda_items', 'decisions', 'grants', 'disbursements', 'commitments'] : [])]) {
    counts[table] = Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  }
  const info: DatasetInfo = { reused: false, seconds: Math.round((Date.now() - started) / 100) / 10, committees, counts };
  await client.query(`CREATE SCHEMA IF NOT EXISTS bench`);
  await client.query(`CREATE TABLE IF NOT EXISTS bench.dataset (id int PRIMARY KEY, scale numeric NOT NULL, generator int NOT NULL,
                        migrations text[] NOT NULL, info jsonb NOT NULL, generated_at timestamptz NOT NULL DEFAULT now())`);
  await client.query(
    `INSERT INTO bench.dataset (id, scale, generator, migrations, info) VALUES (1, $1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET scale = $1, generator = $2, migrations = $3, info = $4, generated_at = now()`,
    [size.scale, GENERATOR_VERSION, migrations, JSON.stringify(info)],
  );
  await client.query('DROP TABLE w');
  return info;
}

/**
 * 200 committees (20 per season, alternately acceleration and engagement), each with up to 25 laureates of its season
 * on the agenda; committees already held are closed, with a decision per agenda item. Every decision to go on carries
 * a grant (paid in two disbursements once old enough, one meanwhile); each laureate of an engagement committee has two
 * partner commitments.
 */
async function generateCommittees(step: (label: string, sql: string) => Promise<void>, size: DatasetSize): Promise<void> {
  const { seasons: S, laureates: L, committees: N } = size;
  await step(
    'committees',
    `INSERT INTO committees (id, season_id, kind, title, held_on, place, status, member_ids, minutes, closed_at)
     SELECT c, s, CASE WHEN j % 2 = 0 THEN 'acceleration' ELSE 'engagement' END,
            CASE WHEN j % 2 = 0 THEN 'Comité d''accélération' ELSE 'Comité d''engagement' END || ' n° ' || (j + 1) || ' – saison ' || s,
            held, 'Paris, 20 avenue de Ségur', CASE WHEN held < CURRENT_DATE THEN 'closed' ELSE 'planned' END,
            ARRAY[2, 3], CASE WHEN held < CURRENT_DATE THEN 'Relevé de décisions du comité.' END,
            CASE WHEN held < CURRENT_DATE THEN held::timestamptz + interval '18 hours' END
       FROM generate_series(1, ${N}) c,
            LATERAL (SELECT 1 + (c - 1) % ${S} AS s, (c - 1) / ${S} AS j) sj,
            LATERAL (SELECT make_date(2015 + s, 7, 1) + j * 14 AS held) h`,
  );
  // Laureates of season s are s, s + S, s + 2S… (ids interleaved by season).
  await step(
    'agenda_items',
    `INSERT INTO agenda_items (committee_id, laureate_id, position, presenter, requested_support, requested_funding, briefing_notes)
     SELECT c.id, c.season_id + ${S} * ((j * 25 + k) % per_season), k + 1, 'Chargé d''accélération',
            'Appui ' || CASE k % 3 WHEN 0 THEN 'juridique' WHEN 1 THEN 'technique' ELSE 'financier' END,
            5000 + (k % 5) * 2500, CASE WHEN k % 2 = 0 THEN 'Points à trancher : calendrier et financement.' END
       FROM committees c,
            LATERAL (SELECT (c.id - 1) / ${S} AS j, (${L} - c.season_id) / ${S} + 1 AS per_season) p,
            LATERAL generate_series(0, least(25, per_season) - 1) k`,
  );
  await step(
    'decisions',
    `INSERT INTO decisions (committee_id, laureate_id, outcome, conditions, rationale, funding_granted, decided_at, decided_by_id)
     SELECT a.committee_id, a.laureate_id,
            (ARRAY['continue', 'continue', 'continue', 'continue_with_conditions', 'stop'])[1 + (a.laureate_id + a.committee_id) % 5],
            CASE WHEN (a.laureate_id + a.committee_id) % 5 = 3 THEN 'Sous réserve de la convention signée' END,
            'Progression conforme à la feuille de route', a.requested_funding * 0.8, c.closed_at, 2
       FROM agenda_items a JOIN committees c ON c.id = a.committee_id WHERE c.status = 'closed'`,
  );
  await step(
    'grants',
    `INSERT INTO grants (laureate_id, decision_id, amount, purpose, status, agreement_signed_on, justification_due_on, justification_received_on)
     SELECT d.laureate_id, d.id, d.funding_granted,
            (ARRAY['hiring', 'technical_infrastructure', 'legal', 'communication', 'other'])[1 + d.id % 5],
            CASE WHEN c.held_on < CURRENT_DATE - 365 THEN 'paid' WHEN c.held_on < CURRENT_DATE - 90 THEN 'partially_paid' ELSE 'agreement_signed' END,
            c.held_on + 30, c.held_on + 395, CASE WHEN c.held_on < CURRENT_DATE - 400 THEN c.held_on + 380 END
       FROM decisions d JOIN committees c ON c.id = d.committee_id
      WHERE d.outcome <> 'stop' AND d.funding_granted > 0`,
  );
  await step(
    'disbursements',
    `INSERT INTO disbursements (grant_id, amount, paid_on, reference)
     SELECT g.id, CASE WHEN k = 1 THEN round(g.amount * 0.6, 2) ELSE g.amount - round(g.amount * 0.6, 2) END,
            g.agreement_signed_on + k * 90, 'BANC-' || g.id || '-' || k
       FROM grants g, generate_series(1, 2) k
      WHERE g.status = 'paid' OR (g.status = 'partially_paid' AND k = 1)`,
  );
  await step(
    'commitments',
    `INSERT INTO commitments (laureate_id, committee_id, organisation_id, kind, description, amount, due_on, status)
     SELECT a.laureate_id, a.committee_id, 1 + (a.laureate_id * 7 + k) % ${size.organisations},
            (ARRAY['co_funding', 'staff_time', 'data_access', 'deployment', 'procurement', 'other'])[1 + (a.laureate_id + k) % 6],
            'Engagement n° ' || k || ' du partenaire', CASE WHEN (a.laureate_id + k) % 6 = 0 THEN 20000 END, c.held_on + 180,
            (ARRAY['promised', 'in_progress', 'honoured', 'not_honoured'])[1 + (a.laureate_id + k) % 4]
       FROM agenda_items a JOIN committees c ON c.id = a.committee_id, generate_series(1, 2) k
      WHERE c.kind = 'engagement'`,
  );
}
