import type { Caller, Target } from '../../src/common/auth/permissions.js';
import type { Call } from './cases.js';
import { freshApplication, freshAssignment, freshCall, freshEvaluation, sharedApplication, sharedCall } from './selection-world.js';
import { unique, type World } from './world.js';

type Prepare = (w: World, caller: Caller, target: Target) => Promise<Call>;

/** How to call the selection's routes (merged into CASES). */
export const SELECTION_CASES: Record<string, Prepare> = {
  'GET /api/calls': async () => ({ path: '/api/calls?range=[0,999]' }),
  'GET /api/calls/:id': async (w) => ({ path: `/api/calls/${(await sharedCall(w)).id}` }),
  'POST /api/calls': async (w) => {
    const [{ id }] = await w.t.dataSource.query(`INSERT INTO seasons (name, year) VALUES ($1, 2027) RETURNING id`, [`Saison ${unique()}`]);
    return { path: '/api/calls', body: { seasonId: id, track: 'ditp', title: `Appel ${unique()}` } };
  },
  'PUT /api/calls/:id': async (w) => {
    const { id, version } = await freshCall(w);
    return { path: `/api/calls/${id}`, body: { status: 'open', version } };
  },
  'DELETE /api/calls/:id': async (w) => ({ path: `/api/calls/${(await freshCall(w)).id}` }),
  'GET /api/calls/:id/ranking': async (w) => ({ path: `/api/calls/${(await sharedCall(w)).id}/ranking` }),

  'GET /api/applications': async () => ({ path: '/api/applications?range=[0,999]' }),
  'GET /api/applications/:id': async (w, _, target) => ({ path: `/api/applications/${await sharedApplication(w, target)}` }),
  'POST /api/applications': async (w) => ({
    path: '/api/applications',
    body: { callId: (await sharedCall(w)).id, reference: `DS-${unique()}`, projectName: 'Projet déposé', carrierName: 'Association déposante' },
  }),
  'PUT /api/applications/:id': async (w, _, target) => {
    const { id, version } = await freshApplication(w, target);
    return { path: `/api/applications/${id}`, body: { summary: 'Résumé relu', version } };
  },
  'DELETE /api/applications/:id': async (w) => ({ path: `/api/applications/${(await freshApplication(w, 'other')).id}` }),
  'GET /api/applications/rejected.csv': async (w) => ({ path: `/api/applications/rejected.csv?seasonId=${w.season}` }),
  'GET /api/selection-funnel': async (w) => ({ path: `/api/selection-funnel?seasonId=${w.season}` }),
  'POST /api/applications/:id/promote': async (w) => ({ path: `/api/applications/${(await freshApplication(w, 'other', 'selected')).id}/promote` }),
  'POST /api/applications/bulk-status': async (w) => ({ path: '/api/applications/bulk-status', body: { ids: [(await freshApplication(w, 'other')).id], status: 'eligible', reason: 'Portée par une association' } }),

  'GET /api/evaluator-assignments': async () => ({ path: '/api/evaluator-assignments?range=[0,999]' }),
  'GET /api/evaluator-assignments/:id': async (w, _, target) => ({ path: `/api/evaluator-assignments/${(await freshAssignment(w, target)).id}` }),
  'POST /api/evaluator-assignments': async (w) => ({
    path: '/api/evaluator-assignments',
    body: { applicationId: (await freshApplication(w, 'other', 'shortlisted')).id, evaluatorId: w.users.evaluator },
  }),
  'POST /api/evaluator-assignments/bulk': async (w) => {
    const call = await freshCall(w);
    await w.t.dataSource.query(
      `INSERT INTO applications (call_id, season_id, reference, project_name, carrier_name, status) SELECT id, season_id, 'DS-1', 'Projet', 'Porteur', 'shortlisted' FROM calls WHERE id = $1`,
      [call.id],
    );
    return { path: '/api/evaluator-assignments/bulk', body: { callId: call.id, juryCount: 1, citizenCount: 0, evaluatorIds: [w.users.evaluator] } };
  },
  'DELETE /api/evaluator-assignments/:id': async (w, _, target) => ({ path: `/api/evaluator-assignments/${(await freshAssignment(w, target)).id}` }),

  'GET /api/evaluations': async () => ({ path: '/api/evaluations?range=[0,999]' }),
  'GET /api/evaluations/:id': async (w, _, target) => ({ path: `/api/evaluations/${(await freshEvaluation(w, target)).id}` }),
  'POST /api/evaluations': async (w, _, target) => ({ path: '/api/evaluations', body: { applicationId: (await freshAssignment(w, target)).applicationId, impact: 4 } }),
  'PUT /api/evaluations/:id': async (w, _, target) => {
    const { id, version } = await freshEvaluation(w, target);
    return { path: `/api/evaluations/${id}`, body: { maturity: 2, version } };
  },
  'DELETE /api/evaluations/:id': async (w, _, target) => ({ path: `/api/evaluations/${(await freshEvaluation(w, target)).id}` }),
};
