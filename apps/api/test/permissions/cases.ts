import { createHash, randomBytes } from 'node:crypto';
import type { Caller, Target } from '../../src/common/auth/permissions.js';
import { TEST_PASSWORD } from '../test-app.js';
import { SELECTION_CASES } from './selection-cases.js';
import { freshCalendarToken, freshCommittee, freshLaureate, freshRecord, freshUser, ownSession, unique, type World } from './world.js';

/** A season of its own (published or not) for the calls that change or need a publication. */
async function freshSeason(w: World, options: { published?: boolean; year?: number } = {}): Promise<number> {
  const [{ id }] = await w.t.dataSource.query(`INSERT INTO seasons (name, year) VALUES ($1, $2) RETURNING id`, [`Saison ${unique()}`, options.year ?? 2027]);
  if (options.published) await w.t.dataSource.query(`INSERT INTO season_publications (season_id, published_at) VALUES ($1, now())`, [id]);
  return id;
}

/** One HTTP call of a cell: the concrete path, a body that would be valid, and the token when not the caller's usual one. */
export interface Call {
  path: string;
  body?: object;
  /** undefined: the caller's shared session; null: none. */
  token?: string | null;
  /** A multipart/form-data body instead of JSON (uploads). */
  form?: { fields: Record<string, string>; file: { name: string; bytes: Uint8Array } };
  /** A body sent as is (an uploaded file), instead of `body` as JSON. */
  raw?: { contentType: string; content: string };
}

type Prepare = (w: World, caller: Caller, target: Target) => Promise<Call>;

const list = (resource: string): Prepare => async () => ({ path: `/api/${resource}?range=[0,999]` });
const readOne = (resource: string): Prepare => async (w, _, target) => ({ path: `/api/${resource}/${w.records[resource][target]}` });
/** A record made for this call only, updated with `patch`. */
const update = (resource: string, patch: object): Prepare => async (w, _, target) => {
  const { id, version } = await freshRecord(w, resource, target);
  return { path: `/api/${resource}/${id}`, body: { ...patch, version } };
};
const remove = (resource: string): Prepare => async (w, _, target) => ({ path: `/api/${resource}/${(await freshRecord(w, resource, target)).id}` });
const create = (resource: string, body: (w: World, target: Target) => Promise<object> | object): Prepare => async (w, _, target) => ({
  path: `/api/${resource}`,
  body: await body(w, target),
});
const crud = (resource: string, body: (w: World, target: Target) => Promise<object> | object, patch: object) => ({
  [`GET /api/${resource}`]: list(resource),
  [`GET /api/${resource}/:id`]: readOne(resource),
  [`POST /api/${resource}`]: create(resource, body),
  [`PUT /api/${resource}/:id`]: update(resource, patch),
  [`DELETE /api/${resource}/:id`]: remove(resource),
});
const path = (p: string): Prepare => async () => ({ path: p });
const SMALL_PDF = { name: 'piece.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n%%EOF\n') };

/** How to call every route of the matrix (the test checks that the keys are exactly those of the table). */
export const CASES: Record<string, Prepare> = {
  'POST /api/auth/login': async (w, caller) => ({ path: '/api/auth/login', body: { email: w.emails[caller === 'anonymous' ? 'referent' : caller], password: TEST_PASSWORD } }),
  'GET /api/auth/me': path('/api/auth/me'),
  'POST /api/auth/logout': async (w, caller) => ({ path: '/api/auth/logout', token: await ownSession(w, caller) }),
  'POST /api/auth/password': async (w, caller) => ({
    path: '/api/auth/password',
    body: { currentPassword: TEST_PASSWORD, newPassword: 'another-correct-horse-battery' },
    token: await ownSession(w, caller, { freshAccount: true }),
  }),
  'GET /api/auth/demo-accounts': path('/api/auth/demo-accounts'),
  'GET /api/auth/methods': path('/api/auth/methods'),
  'GET /api/auth/proconnect/login': path('/api/auth/proconnect/login'),
  'GET /api/auth/proconnect/callback': path('/api/auth/proconnect/callback?code=a-code&state=a-state-of-at-least-32-characters'),
  'POST /api/auth/proconnect/session': async () => ({ path: '/api/auth/proconnect/session', body: { code: 'c'.repeat(43) } }),
  'POST /api/auth/proconnect/logout': async (w, caller) => ({ path: '/api/auth/proconnect/logout', token: await ownSession(w, caller) }),
  'GET /api/auth/proconnect/logged-out': path('/api/auth/proconnect/logged-out?state=a-state-of-at-least-32-characters'),
  'GET /api/health': path('/api/health'),
  'GET /api/docs': path('/api/docs'),
  'GET /api/docs/*': path('/api/docs/swagger-ui.css'),
  'GET /api/docs/index.html': path('/api/docs/index.html'),
  'GET /api/docs/license': path('/api/docs/license'),
  'GET /api/docs/swagger-ui-init.js': path('/api/docs/swagger-ui-init.js'),
  'GET /api/docs/docs/swagger-ui-init.js': path('/api/docs/docs/swagger-ui-init.js'),
  'GET /api/docs-json': path('/api/docs-json'),
  'GET /api/docs-yaml': path('/api/docs-yaml'),
  'OPTIONS /*': path('/api/laureates'),

  'GET /api/users': list('users'),
  'GET /api/users/:id': async (w) => ({ path: `/api/users/${w.users.manager}` }),
  'POST /api/users': create('users', () => ({ email: `new.${unique()}@permissions.test`, fullName: 'Nouvelle personne', roles: ['referent'], password: 'correct-horse-battery-staple' })),
  'PUT /api/users/:id': async (w) => {
    const id = await freshUser(w, 'referent');
    return { path: `/api/users/${id}`, body: { fullName: 'Nom changé', version: 1 } };
  },
  'DELETE /api/users/:id': async (w) => ({ path: `/api/users/${await freshUser(w, 'referent')}` }),
  'GET /api/audit-events': list('audit-events'),
  'GET /api/audit-events/:id': async (w) => ({ path: `/api/audit-events/${w.auditEvent}` }),
  'GET /api/self-registration-domains': list('self-registration-domains'),
  'GET /api/self-registration-domains/:id': async (w) => ({ path: `/api/self-registration-domains/${await freshDomain(w)}` }),
  'POST /api/self-registration-domains': create('self-registration-domains', () => ({ domain: `d${unique()}.gouv.fr` })),
  'PUT /api/self-registration-domains/:id': async (w) => ({ path: `/api/self-registration-domains/${await freshDomain(w)}`, body: { domain: `d${unique()}.gouv.fr`, version: 1 } }),
  'DELETE /api/self-registration-domains/:id': async (w) => ({ path: `/api/self-registration-domains/${await freshDomain(w)}` }),

  'GET /api/seasons': list('seasons'),
  'GET /api/seasons/:id': async (w) => ({ path: `/api/seasons/${w.season}` }),
  'POST /api/seasons': create('seasons', () => ({ name: `Saison ${unique()}`, year: 2027 })),
  'PUT /api/seasons/:id': async (w) => {
    const [{ id, version }] = await w.t.dataSource.query(`INSERT INTO seasons (name, year) VALUES ($1, 2027) RETURNING id, version`, [`Saison ${unique()}`]);
    return { path: `/api/seasons/${id}`, body: { theme: 'Communs numériques', version } };
  },
  'DELETE /api/seasons/:id': async (w) => {
    const [{ id }] = await w.t.dataSource.query(`INSERT INTO seasons (name, year) VALUES ($1, 2027) RETURNING id`, [`Saison ${unique()}`]);
    return { path: `/api/seasons/${id}` };
  },

  'GET /api/organisations': list('organisations'),
  'GET /api/organisations/:id': async (w) => ({ path: `/api/organisations/${w.organisation}` }),
  'POST /api/organisations': create('organisations', () => ({ name: `Direction ${unique()}`, kind: 'directorate' })),
  'PUT /api/organisations/:id': async (w) => {
    const [{ id, version }] = await w.t.dataSource.query(`INSERT INTO organisations (name, kind) VALUES ($1, 'ministry') RETURNING id, version`, [`Ministère ${unique()}`]);
    return { path: `/api/organisations/${id}`, body: { acronym: 'MIN', version } };
  },
  'DELETE /api/organisations/:id': async (w) => {
    const [{ id }] = await w.t.dataSource.query(`INSERT INTO organisations (name, kind) VALUES ($1, 'ministry') RETURNING id`, [`Ministère ${unique()}`]);
    return { path: `/api/organisations/${id}` };
  },
  'GET /api/staff-members': list('staff-members'),
  'GET /api/staff-members/:id': async (w) => ({ path: `/api/staff-members/${w.users.manager}` }),
  ...crud('contacts', (w, target) => ({ firstName: 'Dominique', lastName: `Fictif ${unique()}`, laureates: [{ laureateId: w.laureates[target], role: 'Président' }] }), { jobTitle: 'Trésorière' }),
  // A contact of `own` laureate's team; of `other` laureate through its partnership only (test/access-rules covers other teams).
  'PUT /api/contacts/:id': async (w, _, target) => {
    const { id, version } = await freshRecord(w, target === 'own' ? 'contacts' : 'partner-contacts', target);
    return { path: `/api/contacts/${id}`, body: { jobTitle: 'Cheffe de bureau', version } };
  },
  'DELETE /api/contacts/:id': async (w, _, target) => ({ path: `/api/contacts/${(await freshRecord(w, target === 'own' ? 'contacts' : 'partner-contacts', target)).id}` }),
  'GET /api/contacts/:id/personal-data': async (w, _, target) => ({ path: `/api/contacts/${(await freshRecord(w, 'contacts', target)).id}/personal-data` }),
  'GET /api/laureates/:id/history': async (w, _, target) => ({ path: `/api/laureates/${w.laureates[target]}/history` }),
  'POST /api/laureates/:id/archive': async (w, _, target) => {
    const { id, version } = await freshRecord(w, 'laureates', target);
    return { path: `/api/laureates/${id}/archive`, body: { version } };
  },
  'POST /api/laureates/:id/restore': async (w, _, target) => {
    const { id, version } = await freshRecord(w, 'laureates', target);
    await w.t.dataSource.query(`UPDATE laureates SET archived_at = now() WHERE id = $1`, [id]);
    return { path: `/api/laureates/${id}/restore`, body: { version } };
  },
  'POST /api/contacts/:id/anonymise': async (w, _, target) => ({ path: `/api/contacts/${(await freshRecord(w, 'contacts', target)).id}/anonymise` }),

  ...crud('laureates', (w, target) => ({
    seasonId: w.season, name: `Nouveau lauréat ${unique()}`, track: 'ditp', accelerationManagerId: target === 'own' ? w.users.manager : w.users.otherManager,
  }), { health: 'at_risk', healthReason: 'Trésorerie tendue' }),
  ...crud('referent-assignments', async (w, target) => ({ laureateId: await freshLaureate(w, target), userId: await freshUser(w, 'referent'), kind: 'ministerial' }), { since: '2026-02-01' }),
  ...crud('partnerships', async (w, target) => ({ laureateId: await freshLaureate(w, target), organisationId: w.organisation, purpose: 'deployment' }), { status: 'introduced' }),
  ...crud('diagnostics', async (w, target) => ({ laureateId: await freshLaureate(w, target), heldOn: '2026-01-05' }), { strengths: 'Équipe soudée' }),
  ...crud('objectives', (w, target) => ({ laureateId: w.laureates[target], axis: 'deploy', title: `Objectif ${unique()}` }), { status: 'achieved' }),
  ...crud('actions', (w, target) => ({ laureateId: w.laureates[target], axis: 'consolidate', supportType: 'technical', title: `Action ${unique()}` }), { status: 'in_progress' }),
  ...crud('interactions', (w, target) => ({ laureateId: w.laureates[target], kind: 'call', occurredAt: '2026-01-10T10:00:00Z', title: `Appel ${unique()}` }), {
    summary: 'Compte rendu',
  }),

  ...crud('committees', (w) => ({ seasonId: w.season, kind: 'acceleration', title: `Comité ${unique()}` }), { place: 'Paris' }),
  'GET /api/committees/:id/briefing': async (w, _, target) => ({ path: `/api/committees/${w.records.committees[target]}/briefing` }),
  'GET /api/committees/:id/briefing.pdf': async (w, _, target) => ({ path: `/api/committees/${w.records.committees[target]}/briefing.pdf` }),
  'GET /api/committees/:id/closing-preview': async (w, _, target) => ({ path: `/api/committees/${w.records.committees[target]}/closing-preview` }),
  'POST /api/committees/:id/close': async (w, _, target) => ({ path: `/api/committees/${await freshCommittee(w, target, { decided: true })}/close` }),
  'GET /api/committees/:id/decision-letters/:laureateId': async (w, _, target) => {
    const id = await freshCommittee(w, target, { decided: true });
    await w.t.dataSource.query(`UPDATE committees SET status = 'closed', held_on = '2026-07-10' WHERE id = $1`, [id]);
    const [{ laureate_id }] = await w.t.dataSource.query(`SELECT laureate_id FROM agenda_items WHERE committee_id = $1`, [id]);
    return { path: `/api/committees/${id}/decision-letters/${laureate_id}` };
  },
  ...crud('agenda-items', async (w, target) => ({ committeeId: w.openCommittee, laureateId: await freshLaureate(w, target), presenter: 'Le chargé' }), {
    briefingNotes: 'Point sur la trésorerie',
  }),
  ...crud('decisions', async (w, target) => {
    const laureateId = await freshLaureate(w, target);
    await w.t.dataSource.query(`INSERT INTO agenda_items (committee_id, laureate_id, position) VALUES ($1, $2, 1)`, [w.openCommittee, laureateId]);
    return { committeeId: w.openCommittee, laureateId, outcome: 'continue' };
  }, { rationale: 'Dynamique confirmée' }),
  ...crud('commitments', (w, target) => ({ laureateId: w.laureates[target], organisationId: w.organisation, kind: 'staff_time', description: 'Un agent à mi-temps' }), {
    status: 'in_progress',
  }),

  ...crud('grants', (w, target) => ({ laureateId: w.laureates[target], amount: 1500, purpose: 'hiring' }), { notes: 'Convention en préparation' }),
  ...crud('disbursements', (w, target) => ({ grantId: w.records.grants[target], amount: 10, paidOn: '2026-03-01' }), { reference: 'VIR-001' }),
  'GET /api/funding-overview': async (w) => ({ path: `/api/funding-overview?seasonId=${w.season}` }),

  'GET /api/documents': list('documents'),
  'GET /api/documents/:id': readOne('documents'),
  'POST /api/documents': async (w, _, target) => ({ path: '/api/documents', form: { fields: { laureateId: String(w.laureates[target]), kind: 'other' }, file: SMALL_PDF } }),
  'PUT /api/documents/:id': update('documents', { title: 'Titre changé' }),
  'DELETE /api/documents/:id': remove('documents'),
  'GET /api/documents/:id/content': async (w, _, target) => ({ path: `/api/documents/${w.records.documents[target]}/content` }),
  'GET /api/documents/:id/versions': async (w, _, target) => ({ path: `/api/documents/${w.records.documents[target]}/versions` }),
  'POST /api/documents/:id/versions': async (w, _, target) => ({ path: `/api/documents/${(await freshRecord(w, 'documents', target)).id}/versions`, form: { fields: {}, file: SMALL_PDF } }),
  'GET /api/documents/:id/versions/:number/content': async (w, _, target) => ({ path: `/api/documents/${w.records.documents[target]}/versions/1/content` }),
  ...SELECTION_CASES,

  ...importCases(),
  'POST /api/auth/password-reset': async () => ({ path: '/api/auth/password-reset', body: { email: `oubli.${unique()}@permissions.test` } }),
  'POST /api/auth/password-token': async (w) => ({ path: '/api/auth/password-token', body: { token: await freshPasswordToken(w) } }),
  'POST /api/auth/password-token/use': async (w) => ({ path: '/api/auth/password-token/use', body: { token: await freshPasswordToken(w), password: 'correct-horse-battery-staple' } }),
  'POST /api/users/:id/invitation': async (w) => ({ path: `/api/users/${await freshUser(w, 'referent')}/invitation` }),
  'GET /api/mail-messages': list('mail-messages'),
  'GET /api/mail-messages/:id': async (w) => ({ path: `/api/mail-messages/${await freshMailMessage(w)}` }),
  'POST /api/mail-messages/:id/retry': async (w) => ({ path: `/api/mail-messages/${await freshMailMessage(w)}/retry` }),
  'GET /api/account/digest': path('/api/account/digest'),
  'PUT /api/account/digest': async () => ({ path: '/api/account/digest', body: { weeklyDigest: true } }),
  ...crud('indicators', (w, target) => ({ laureateId: w.laureates[target], name: `Indicateur ${unique()}`, unit: 'stations', baselineValue: 0, targetValue: 5 }), { targetValue: 8 }),
  ...crud('measurements', (w, target) => ({ indicatorId: w.records.indicators[target], value: 3, measuredOn: '2026-03-01' }), { value: 4 }),
  ...crud('outcome-surveys', async (w, target) => ({ laureateId: await freshLaureate(w, target), monthsSaved: 12 }), { quote: 'Un vrai coup d’accélérateur' }),
  'GET /api/dashboards/programme': async (w) => ({ path: `/api/dashboards/programme?seasonId=${w.season}` }),
  'GET /api/dashboards/season-comparison': async (w) => ({ path: `/api/dashboards/season-comparison?seasonIds=${w.season}` }),
  'GET /api/dashboards/manager': path('/api/dashboards/manager'),
  'GET /api/alerts': path('/api/alerts'),
  'GET /api/alerts/count': path('/api/alerts/count'),
  'GET /api/account/calendar-feed': path('/api/account/calendar-feed'),
  'POST /api/account/calendar-feed': path('/api/account/calendar-feed'),
  'DELETE /api/account/calendar-feed': path('/api/account/calendar-feed'),
  'GET /api/calendar/:file': async (w) => ({ path: `/api/calendar/${await freshCalendarToken(w)}.ics` }),
  'GET /api/season-publications': path('/api/season-publications'),
  'GET /api/season-publications/:id': async (w) => ({ path: `/api/season-publications/${w.season}` }),
  'PUT /api/season-publications/:id': async (w) => ({ path: `/api/season-publications/${await freshSeason(w)}`, body: { welcomeText: 'Bienvenue', version: 1 } }),
  'POST /api/season-publications/:id/publish': async (w) => ({ path: `/api/season-publications/${await freshSeason(w)}/publish` }),
  'POST /api/season-publications/:id/unpublish': async (w) => ({ path: `/api/season-publications/${await freshSeason(w, { published: true })}/unpublish` }),
  'GET /api/season-publications/:id/booklet.html': async (w) => ({ path: `/api/season-publications/${w.season}/booklet.html` }),
  'GET /api/season-publications/:id/booklet.pdf': async (w) => ({ path: `/api/season-publications/${w.season}/booklet.pdf` }),
  'GET /resultats': path('/resultats'),
  'GET /resultats/:year': async (w) => {
    await freshSeason(w, { published: true, year: 2031 });
    return { path: '/resultats/2031' };
  },
  'GET /resultats/:year/donnees/:file': async (w) => {
    await freshSeason(w, { published: true, year: 2032 });
    return { path: '/resultats/2032/donnees/laureats.csv' };
  },
  'GET /resultats/dsfr/dsfr.min.css': path('/resultats/dsfr/dsfr.min.css'),
  'GET /resultats/dsfr/fonts/:file': path('/resultats/dsfr/fonts/Marianne-Regular.woff2'),
};

async function freshDomain(w: World): Promise<number> {
  const [{ id }] = await w.t.dataSource.query(`INSERT INTO self_registration_domains (domain) VALUES ($1) RETURNING id`, [`d${unique()}.gouv.fr`]);
  return id;
}

/** A call of its own season (one call per season and track) for the import and sync cases. */
const freshCall = async (w: World): Promise<number> => {
  const [{ id: seasonId }] = await w.t.dataSource.query(`INSERT INTO seasons (name, year) VALUES ($1, 2027) RETURNING id`, [`Saison import ${unique()}`]);
  const [{ id }] = await w.t.dataSource.query(`INSERT INTO calls (season_id, track, title) VALUES ($1, 'dinum', 'Appel') RETURNING id`, [seasonId]);
  return id;
};
const SAMPLE_CSV = 'ID,Nom du projet,Association titre\n1,Jardins partagés,Les Jardiniers\n';
const freshImport = async (w: World): Promise<number> => {
  const [{ id }] = await w.t.dataSource.query(
    `INSERT INTO application_imports (call_id, file_name, format, file_size, content, headers, preview, mapping, total_rows) VALUES ($1, 'x.csv', 'csv', $2, $3, $4, '[]', '{}', 1) RETURNING id`,
    [await freshCall(w), SAMPLE_CSV.length, Buffer.from(SAMPLE_CSV), JSON.stringify(['ID', 'Nom du projet', 'Association titre'])],
  );
  return id;
};
const freshSync = async (w: World): Promise<{ id: number; version: number }> => {
  const [row] = await w.t.dataSource.query(`INSERT INTO ds_syncs (call_id, procedure_number) VALUES ($1, 4242) RETURNING id, version`, [await freshCall(w)]);
  return row;
};

function importCases(): Record<string, Prepare> {
  return {
    'GET /api/application-imports': list('application-imports'),
    'GET /api/application-imports/:id': async (w) => ({ path: `/api/application-imports/${await freshImport(w)}` }),
    'POST /api/application-imports': async (w) => ({ path: `/api/application-imports?callId=${await freshCall(w)}&fileName=x.csv`, raw: { contentType: 'text/csv', content: SAMPLE_CSV } }),
    'POST /api/application-imports/:id/run': async (w) => ({
      path: `/api/application-imports/${await freshImport(w)}/run`,
      body: { mapping: { reference: 'ID', projectName: 'Nom du projet', carrierName: 'Association titre' } },
    }),
    'GET /api/application-imports/:id/row-errors': async (w) => ({ path: `/api/application-imports/${await freshImport(w)}/row-errors` }),
    'GET /api/application-imports/:id/row-errors.csv': async (w) => ({ path: `/api/application-imports/${await freshImport(w)}/row-errors.csv` }),
    'GET /api/ds-syncs': list('ds-syncs'),
    'GET /api/ds-syncs/:id': async (w) => ({ path: `/api/ds-syncs/${(await freshSync(w)).id}` }),
    'POST /api/ds-syncs': async (w) => ({ path: '/api/ds-syncs', body: { callId: await freshCall(w), procedureNumber: 4242 } }),
    'PUT /api/ds-syncs/:id': async (w) => {
      const { id, version } = await freshSync(w);
      return { path: `/api/ds-syncs/${id}`, body: { enabled: false, version } };
    },
    'DELETE /api/ds-syncs/:id': async (w) => ({ path: `/api/ds-syncs/${(await freshSync(w)).id}` }),
    'POST /api/ds-syncs/:id/run': async (w) => ({ path: `/api/ds-syncs/${(await freshSync(w)).id}/run` }),
  };
}

/** A valid invitation link's token, for a fresh account. */
async function freshPasswordToken(w: World): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await w.t.dataSource.query(
    `INSERT INTO password_tokens (user_id, purpose, token_hash, expires_at) VALUES ($1, 'invitation', $2, now() + interval '1 day')`,
    [await freshUser(w, 'referent'), createHash('sha256').update(token).digest('hex')],
  );
  return token;
}

async function freshMailMessage(w: World): Promise<number> {
  const [{ id }] = await w.t.dataSource.query(
    `INSERT INTO mail_messages (kind, recipient, subject, text_body, html_body, status) VALUES ('invitation', $1, 'Invitation', 'texte', '<p>texte</p>', 'outbox') RETURNING id`,
    [`courriel.${unique()}@permissions.test`],
  );
  return id;
}
