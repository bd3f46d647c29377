import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { type Programme, seedProgramme } from '../../../test/fixtures.js';
import { bearer, createAccount, startTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app.js';
import { referencingRecords } from './referencing-records.js';

let t: TestApp;
let p: Programme;
beforeAll(async () => {
  t = await startTestApp({ loginMaxFailures: 3 });
  p = await seedProgramme(t, 'lang');
});
afterAll(() => t.close());

/**
 * Sends the same failing request without Accept-Language, with a French-first one and with `en`: the first two
 * answer the French body, the last the English one, each in the usual `{ statusCode, message, errors? }` shape.
 */
async function expectAnswers(send: () => request.Test, status: number, french: object, english: object): Promise<void> {
  for (const [acceptLanguage, body] of [[undefined, french], ['fr-FR,en;q=0.8', french], ['en', english]] as const) {
    const res = await (acceptLanguage ? send().set('Accept-Language', acceptLanguage) : send());
    expect({ acceptLanguage, status: res.status, body: res.body }).toEqual({ acceptLanguage, status, body: { statusCode: status, ...body } });
    expect(res.headers.vary).toMatch(/Accept-Language/);
  }
}

const post = (path: string, body: object, token = p.tokens.lead) => () => request(t.http).post(path).set(bearer(token)).send(body);
const get = (path: string, token = p.tokens.lead) => () => request(t.http).get(path).set(bearer(token));

describe('error answers in the language of Accept-Language', () => {
  it('400 of validation, with field errors', async () => {
    await expectAnswers(
      post('/api/organisations', { name: 'x'.repeat(301), kind: 'nope', website: 'not a url' }),
      400,
      { message: 'Données invalides', errors: { name: 'Trop long (au plus 300 caractères)', kind: 'Valeur non autorisée', website: 'Adresse web invalide (https://…)' } },
      { message: 'Invalid data', errors: { name: 'Too long (at most 300 characters)', kind: 'Value not allowed', website: 'Invalid web address (https://…)' } },
    );
  });

  it('401 of a bad login and of a missing session', async () => {
    await expectAnswers(
      () => request(t.http).post('/api/auth/login').send({ email: 'lang.lead@test.aic', password: 'wrong-password-here' }),
      401,
      { message: 'Adresse e-mail ou mot de passe incorrect' },
      { message: 'Incorrect email address or password' },
    );
    await expectAnswers(
      () => request(t.http).get('/api/seasons'),
      401,
      { message: 'Session absente ou expirée : reconnectez-vous' },
      { message: 'No session or session expired: please log in again' },
    );
  });

  it('429 after too many failed logins, the delay interpolated', async () => {
    await createAccount(t.dataSource, 'lang.throttled@test.aic', ['referent']);
    const attempt = () => request(t.http).post('/api/auth/login').send({ email: 'lang.throttled@test.aic', password: 'wrong-password-here' });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    await expectAnswers(
      () => request(t.http).post('/api/auth/login').send({ email: 'lang.throttled@test.aic', password: TEST_PASSWORD }),
      429,
      { message: 'Trop de tentatives de connexion depuis cette adresse : réessayez dans 15 minutes' },
      { message: 'Too many login attempts from this address: try again in 15 minutes' },
    );
  });

  it('403 of a role the route does not allow', async () => {
    await expectAnswers(get('/api/users', p.tokens.referent), 403, { message: 'Votre rôle ne permet pas cette action' }, { message: 'Your role does not allow this action' });
  });

  it('404 of a missing record', async () => {
    await expectAnswers(get('/api/seasons/999999'), 404, { message: 'seasons 999999 introuvable' }, { message: 'seasons 999999 not found' });
  });

  it('409 of a unique constraint of the database, naming the field', async () => {
    await expectAnswers(
      post('/api/organisations', { name: `association météo libre lang`, kind: 'association' }),
      409,
      { message: 'Cette valeur de « name » existe déjà', errors: { name: 'Valeur déjà utilisée' } },
      { message: 'This value of “name” already exists', errors: { name: 'Value already in use' } },
    );
  });

  it('409 of a delete the database refuses, naming the records that still use it', async () => {
    const ministry = await post('/api/organisations', { name: 'Ministère des langues', kind: 'ministry' })();
    expect((await post('/api/organisations', { name: 'Direction des langues', kind: 'directorate', parentId: ministry.body.id })()).status).toBe(201);
    await expectAnswers(
      () => request(t.http).delete(`/api/organisations/${ministry.body.id}`).set(bearer(p.tokens.lead)),
      409,
      { message: 'Suppression impossible : encore utilisé par des organisations rattachées', referencedBy: 'organisations' },
      { message: 'Cannot delete: still used by child organisations', referencedBy: 'organisations' },
    );
  });

  it('every table holding a foreign key is named in these messages', async () => {
    const rows: Array<{ table: string }> = await t.dataSource.query(
      `SELECT DISTINCT conrelid::regclass::text AS table FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    );
    const unnamed = rows.map((r) => r.table).filter((table) => referencingRecords(table) === referencingRecords(undefined));
    expect(rows.length).toBeGreaterThan(10);
    expect(unnamed).toEqual([]);
  });

  it('400 of the list protocol (range, sort)', async () => {
    await expectAnswers(
      get(`/api/organisations?range=${encodeURIComponent('[0,5000]')}`),
      400,
      { message: 'une page compte au plus 1000 lignes', errors: { range: 'une page compte au plus 1000 lignes' } },
      { message: 'a page has at most 1000 rows', errors: { range: 'a page has at most 1000 rows' } },
    );
    const fr = 'tri impossible sur « secret » ; champs triables : id, name, kind, acronym, territory, createdAt';
    const en = 'cannot sort by “secret”; sortable fields: id, name, kind, acronym, territory, createdAt';
    await expectAnswers(get(`/api/organisations?sort=${encodeURIComponent('["secret","ASC"]')}`), 400, { message: fr, errors: { sort: fr } }, { message: en, errors: { sort: en } });
  });

  it('409 of a service rule: a disbursement over what remains of the grant, amounts interpolated', async () => {
    const grant = await post('/api/grants', { laureateId: p.laureates.own, amount: 1000, purpose: 'hiring' })();
    expect(grant.status).toBe(201);
    expect((await post('/api/disbursements', { grantId: grant.body.id, amount: 600, paidOn: '2026-08-01' })()).status).toBe(201);
    await expectAnswers(
      post('/api/disbursements', { grantId: grant.body.id, amount: 500, paidOn: '2026-09-01' }),
      409,
      {
        message: 'Versement supérieur au reste à verser de la subvention (400 € sur 1000 €)',
        errors: { amount: 'Au plus 400 €' },
        grantAmount: 1000,
        alreadyPaid: 600,
      },
      {
        message: 'Disbursement above what remains to be paid on the grant (€400 of €1000)',
        errors: { amount: 'At most €400' },
        grantAmount: 1000,
        alreadyPaid: 600,
      },
    );
  });
});
