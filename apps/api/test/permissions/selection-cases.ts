import type { Caller, Target } from '../../src/common/auth/permissions.js';
import type { Call } from './cases.js';
import { freshApplication, freshCall, sharedApplication, sharedCall } from './selection-world.js';
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
  'POST /api/applications/bulk-status': async (w) => ({ path: '/api/applications/bulk-status', body: { ids: [(await freshApplication(w, 'other')).id], status: 'eligible', reason: 'Portée par une association' } }),
};
