import type { Panel } from '@aic/domain';
import { createAccount, login, type TestApp } from './test-app.js';

/** Selection records inserted with SQL (fast; the API's answers are what the tests check). */
export async function seedSeason(t: TestApp, name: string, year = 2026): Promise<number> {
  const [{ id }] = await t.dataSource.query(`INSERT INTO seasons (name, year, status) VALUES ($1, $2, 'selection') RETURNING id`, [name, year]);
  return id;
}

export async function seedCall(t: TestApp, seasonId: number, track: 'dinum' | 'ditp' = 'dinum', weights: Record<string, number> = {}): Promise<number> {
  const columns = Object.keys(weights).map((k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO calls (season_id, track, title, status${columns.map((c) => `, ${c}`).join('')})
     VALUES ($1, $2, $3, 'closed'${columns.map((_, i) => `, $${i + 4}`).join('')}) RETURNING id`,
    [seasonId, track, `Appel ${track} ${seasonId}`, ...Object.values(weights)],
  );
  return id;
}

export interface SeededApplication {
  reference: string;
  projectName?: string;
  carrierName?: string;
  carrierKind?: string | null;
  carrierSiret?: string | null;
  summary?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  status?: string;
  laureateId?: number | null;
}

export async function seedApplication(t: TestApp, callId: number, a: SeededApplication): Promise<number> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO applications (call_id, season_id, reference, project_name, carrier_name, carrier_kind, carrier_siret, summary,
                               contact_name, contact_email, status, laureate_id, submitted_at)
     SELECT id, season_id, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, '2026-03-01T10:00:00Z' FROM calls WHERE id = $1 RETURNING id`,
    [callId, a.reference, a.projectName ?? `Projet ${a.reference}`, a.carrierName ?? `Association ${a.reference}`, a.carrierKind === undefined ? 'association' : a.carrierKind,
      a.carrierSiret ?? null, a.summary ?? null, a.contactName ?? 'Dominique Fictif', a.contactEmail ?? `contact.${a.reference.toLowerCase()}@example.test`,
      a.status ?? 'received', a.laureateId ?? null],
  );
  return id;
}

/** An evaluator account of `panel`, signed in. */
export async function seedEvaluator(t: TestApp, email: string, panel: Panel): Promise<{ id: number; token: string }> {
  const id = await createAccount(t.dataSource, email, ['evaluator'], { panel });
  return { id, token: await login(t.http, email) };
}

export async function assign(t: TestApp, applicationId: number, evaluatorId: number, panel: Panel): Promise<void> {
  await t.dataSource.query(`INSERT INTO evaluator_assignments (application_id, evaluator_id, panel) VALUES ($1, $2, $3)`, [applicationId, evaluatorId, panel]);
}
