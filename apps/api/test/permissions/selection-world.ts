import type { Target } from '../../src/common/auth/permissions.js';
import { freshLaureate, freshUser, unique, type World } from './world.js';

/**
 * The selection's records of the permission matrix: `own` application promoted to a laureate of `own` (managed by the
 * manager, assigned to the referent) and assigned to the evaluator; `other` neither promoted nor assigned.
 */
async function one<T = { id: number; version: number }>(w: World, sql: string, params: unknown[]): Promise<T> {
  return (await w.t.dataSource.query(sql, params))[0];
}

/** A call of a season of its own (one call per season and track). */
export async function freshCall(w: World): Promise<{ id: number; version: number }> {
  const season = await one(w, `INSERT INTO seasons (name, year) VALUES ($1, 2027) RETURNING id`, [`Saison sélection ${unique()}`]);
  return one(w, `INSERT INTO calls (season_id, track, title) VALUES ($1, 'dinum', $2) RETURNING id, version`, [season.id, `Appel ${unique()}`]);
}

const sharedCalls = new WeakMap<World, Promise<{ id: number; version: number }>>();
/** The call the matrix's applications belong to, made once per world. */
export function sharedCall(w: World): Promise<{ id: number; version: number }> {
  if (!sharedCalls.has(w)) sharedCalls.set(w, freshCall(w));
  return sharedCalls.get(w)!;
}

export async function freshApplication(w: World, target: Target, status = 'received'): Promise<{ id: number; version: number }> {
  const call = await sharedCall(w);
  const laureateId = target === 'own' ? await freshLaureate(w, 'own') : null;
  const app = await one(
    w,
    `INSERT INTO applications (call_id, season_id, reference, project_name, carrier_name, status, laureate_id)
     SELECT id, season_id, $2, $5, 'Association fictive', $3, $4 FROM calls WHERE id = $1 RETURNING id, version`,
    [call.id, `DS-${unique()}`, target === 'own' ? 'selected' : status, laureateId, `Projet fictif ${unique()}`],
  );
  if (target === 'own') await w.t.dataSource.query(`INSERT INTO evaluator_assignments (application_id, evaluator_id, panel) VALUES ($1, $2, 'jury')`, [app.id, w.users.evaluator]);
  return app;
}

const sharedApplications = new WeakMap<World, Promise<Record<Target, number>>>();
/** One application of each target, read by the GET cells. */
export function sharedApplication(w: World, target: Target): Promise<number> {
  if (!sharedApplications.has(w)) {
    sharedApplications.set(w, (async () => {
      const ids = { own: (await freshApplication(w, 'own')).id, other: (await freshApplication(w, 'other')).id };
      // And one promoted to another manager's laureate, for the lists (another referent sees it, the evaluator not).
      const { id } = await freshApplication(w, 'other', 'selected');
      await w.t.dataSource.query(`UPDATE applications SET laureate_id = $2 WHERE id = $1`, [id, await freshLaureate(w, 'other')]);
      return ids;
    })());
  }
  return sharedApplications.get(w)!.then((ids) => ids[target]);
}

const otherEvaluators = new WeakMap<World, Promise<number>>();
/** An evaluator other than the caller, whose assignments and evaluations are `other`. */
export function otherEvaluator(w: World): Promise<number> {
  if (!otherEvaluators.has(w)) otherEvaluators.set(w, freshUser(w, 'evaluator'));
  return otherEvaluators.get(w)!;
}

/** A shortlisted application assigned to the calling evaluator (`own`) or to another one (`other`). */
export async function freshAssignment(w: World, target: Target): Promise<{ id: number; applicationId: number }> {
  const { id: applicationId } = await freshApplication(w, 'other', 'shortlisted');
  const evaluatorId = target === 'own' ? w.users.evaluator : await otherEvaluator(w);
  const { id } = await one(w, `INSERT INTO evaluator_assignments (application_id, evaluator_id, panel) VALUES ($1, $2, 'jury') RETURNING id`, [applicationId, evaluatorId]);
  return { id, applicationId };
}

/** A draft evaluation by the calling evaluator (`own`) or by another one (`other`). */
export async function freshEvaluation(w: World, target: Target): Promise<{ id: number; version: number }> {
  const { applicationId } = await freshAssignment(w, target);
  const evaluatorId = target === 'own' ? w.users.evaluator : await otherEvaluator(w);
  return one(w, `INSERT INTO evaluations (application_id, evaluator_id, panel, impact) VALUES ($1, $2, 'jury', 3) RETURNING id, version`, [applicationId, evaluatorId]);
}
