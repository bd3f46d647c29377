import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import type { MappedRow } from './row-mapping.js';

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Columns an import writes, as the audit trail names them (the entity's property names). */
const COLUMNS: [column: string, property: keyof MappedRow, type: string][] = [
  ['project_name', 'projectName', 'text'],
  ['carrier_name', 'carrierName', 'text'],
  ['carrier_kind', 'carrierKind', 'text'],
  ['carrier_siret', 'carrierSiret', 'text'],
  ['carrier_rna', 'carrierRna', 'text'],
  ['contact_name', 'contactName', 'text'],
  ['contact_email', 'contactEmail', 'text'],
  ['summary', 'summary', 'text'],
  ['answers', 'answers', 'jsonb'],
  ['submitted_at', 'submittedAt', 'timestamptz'],
  ['source_state', 'sourceState', 'text'],
  ['source_updated_at', 'sourceUpdatedAt', 'timestamptz'],
];

const asJson = (alias: string) => `jsonb_build_object(${COLUMNS.map(([c, p]) => `'${p}', to_jsonb(${alias}.${c})`).join(', ')})`;

/**
 * Creates or updates the applications of a call by file number (reference), in the caller's transaction, with one
 * audit event per application changed. Never touches what the team owns (status, reasons, laureate); an unchanged
 * file writes nothing. The same rows twice give the same applications.
 */
export async function upsertApplications(em: EntityManager, call: { id: number; seasonId: number }, rows: MappedRow[], actor: Actor | null, source: string): Promise<UpsertCounts> {
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const set = COLUMNS.map(([c]) => `${c} = EXCLUDED.${c}`).join(', ');
  const differs = `(${COLUMNS.map(([c]) => `a.${c}`).join(', ')}, a.source_deleted_at) IS DISTINCT FROM (${COLUMNS.map(([c]) => `EXCLUDED.${c}`).join(', ')}, NULL)`;
  const [{ created, updated }] = await em.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(reference text, ${COLUMNS.map(([c, , t]) => `${c} ${t}`).join(', ')})
     ), before AS (
       SELECT a.id, ${asJson('a')} AS values FROM applications a JOIN input i ON i.reference = a.reference WHERE a.call_id = $2
     ), written AS (
       INSERT INTO applications AS a (call_id, season_id, reference, ${COLUMNS.map(([c]) => c).join(', ')})
       SELECT $2, $3, reference, ${COLUMNS.map(([c]) => c).join(', ')} FROM input
       ON CONFLICT (call_id, reference) DO UPDATE SET ${set}, source_deleted_at = NULL, version = a.version + 1, updated_at = now()
         WHERE ${differs}
       RETURNING a.id, (xmax = 0) AS inserted, ${asJson('a')} AS values
     ), audited AS (
       INSERT INTO audit_events (actor_id, actor_email, resource, record_id, action, changes, request_id)
       SELECT $4, $5, 'applications', w.id::text, CASE WHEN w.inserted THEN 'create' ELSE 'update' END,
              (SELECT coalesce(jsonb_object_agg(n.key, jsonb_build_object('before', o.value, 'after', n.value)), '{}')
                 FROM jsonb_each(w.values) n LEFT JOIN jsonb_each(b.values) o ON o.key = n.key
                WHERE o.value IS DISTINCT FROM n.value) || jsonb_build_object('source', jsonb_build_object('before', NULL, 'after', $6::text)),
              $7
         FROM written w LEFT JOIN before b ON b.id = w.id
       RETURNING action
     )
     SELECT count(*) FILTER (WHERE action = 'create')::int AS created, count(*) FILTER (WHERE action = 'update')::int AS updated FROM audited`,
    [JSON.stringify(rows.map((r) => ({ reference: r.reference, ...Object.fromEntries(COLUMNS.map(([c, p]) => [c, r[p]])) }))), call.id, call.seasonId, actor?.user.id ?? null, actor?.user.email ?? null, source, actor?.requestId ?? null],
  );
  return { created, updated, unchanged: rows.length - created - updated };
}
