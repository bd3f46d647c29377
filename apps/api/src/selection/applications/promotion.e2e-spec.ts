import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedApplication, seedCall, seedSeason } from '../../../test/selection-fixtures.js';
import { bearer, createAccount, login, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let lead: string;
let season: number;
let call: number;

beforeAll(async () => {
  t = await startTestApp();
  await createAccount(t.dataSource, 'pilote.promotion@test.aic', ['programme_lead']);
  lead = await login(t.http, 'pilote.promotion@test.aic');
  season = await seedSeason(t, 'Saison promotion');
  call = await seedCall(t, season, 'ditp');
});
afterAll(() => t.close());

const promote = (id: number) => request(t.http).post(`/api/applications/${id}/promote`).set(bearer(lead));
/** Rows that a promotion writes, counted: organisations, laureates, contacts, team memberships, audit events. */
const counts = async () =>
  (await t.dataSource.query(`SELECT (SELECT count(*) FROM organisations)::int AS organisations, (SELECT count(*) FROM laureates)::int AS laureates,
    (SELECT count(*) FROM contacts)::int AS contacts, (SELECT count(*) FROM laureate_contacts)::int AS members, (SELECT count(*) FROM audit_events)::int AS events`))[0];

describe('POST /api/applications/:id/promote', () => {
  it('creates the organisation, the laureate (season, track, mission) and the contact, and links them; twice creates nothing', async () => {
    const id = await seedApplication(t, call, {
      reference: 'PR-1', status: 'selected', projectName: 'Jardins nourriciers', carrierName: 'Association des Jardins', carrierKind: 'association',
      carrierSiret: '12345678900012', summary: 'Nous proposons des jardins partagés dans chaque quartier.', contactName: 'Dominique Fictif', contactEmail: 'dominique@example.test',
    });
    const before = await counts();
    const res = await promote(id);
    expect(res.status).toBe(200);
    expect(res.body.created).toEqual({ laureate: true, organisation: true, contact: true });
    const [laureate] = await t.dataSource.query(`SELECT season_id, name, track, mission, carrier_organisation_id FROM laureates WHERE id = $1`, [res.body.laureateId]);
    expect(laureate).toEqual({ season_id: season, name: 'Jardins nourriciers', track: 'ditp', mission: 'Nous proposons des jardins partagés dans chaque quartier.', carrier_organisation_id: res.body.carrierOrganisationId });
    const [organisation] = await t.dataSource.query(`SELECT name, kind, siret FROM organisations WHERE id = $1`, [res.body.carrierOrganisationId]);
    expect(organisation).toEqual({ name: 'Association des Jardins', kind: 'association', siret: '12345678900012' });
    const [contact] = await t.dataSource.query(
      `SELECT c.first_name, c.last_name, c.email, c.organisation_id, lc.role FROM contacts c JOIN laureate_contacts lc ON lc.contact_id = c.id WHERE lc.laureate_id = $1`,
      [res.body.laureateId],
    );
    expect(contact).toEqual({ first_name: 'Dominique', last_name: 'Fictif', email: 'dominique@example.test', organisation_id: res.body.carrierOrganisationId, role: 'Contact de la candidature' });
    const [{ laureate_id }] = await t.dataSource.query(`SELECT laureate_id FROM applications WHERE id = $1`, [id]);
    expect(laureate_id).toBe(res.body.laureateId);
    const after = await counts();
    // Audited: organisation, laureate, contact, application.
    expect(after).toEqual({ organisations: before.organisations + 1, laureates: before.laureates + 1, contacts: before.contacts + 1, members: before.members + 1, events: before.events + 4 });

    const again = await promote(id);
    expect([again.status, again.body.laureateId, again.body.created]).toEqual([200, res.body.laureateId, { laureate: false, organisation: false, contact: false }]);
    expect(await counts()).toEqual(after);
  });

  it('links an existing organisation found by SIRET, else by normalised name, and an existing contact by e-mail', async () => {
    const [{ id: bySiret }] = await t.dataSource.query(`INSERT INTO organisations (name, kind, siret) VALUES ('Nom officiel différent', 'association', '98765432100011') RETURNING id`);
    const [{ id: byName }] = await t.dataSource.query(`INSERT INTO organisations (name, kind) VALUES ('Les Amis du Ciel', 'association') RETURNING id`);
    const [{ id: contactId }] = await t.dataSource.query(`INSERT INTO contacts (first_name, last_name, email) VALUES ('Camille', 'Existante', 'camille@example.test') RETURNING id`);
    const siret = await seedApplication(t, call, { reference: 'PR-2', status: 'selected', projectName: 'Projet SIRET', carrierName: 'Autre nom', carrierSiret: '98765432100011' });
    const name = await seedApplication(t, call, { reference: 'PR-3', status: 'selected', projectName: 'Projet nom', carrierName: 'LES AMIS  du\u00a0ciel', contactEmail: 'Camille@Example.test' });
    const before = await counts();
    const a = await promote(siret);
    const b = await promote(name);
    expect([a.body.carrierOrganisationId, a.body.created.organisation]).toEqual([bySiret, false]);
    expect([b.body.carrierOrganisationId, b.body.created.organisation, b.body.contactId, b.body.created.contact]).toEqual([byName, false, contactId, false]);
    const after = await counts();
    expect([after.organisations - before.organisations, after.laureates - before.laureates]).toEqual([0, 2]);
  });

  it('only a selected application is promoted (409)', async () => {
    const id = await seedApplication(t, call, { reference: 'PR-4', status: 'shortlisted' });
    const res = await promote(id);
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('Seule une candidature sélectionnée devient lauréat (celle-ci est « présélectionnée »)');
  });

  it('is one transaction: a failure while adding the contact leaves no organisation, laureate nor link', async () => {
    const id = await seedApplication(t, call, { reference: 'PR-5', status: 'selected', projectName: 'Projet interrompu', carrierName: 'Porteur interrompu', contactName: 'Alix Échec' });
    await t.asOwner(`CREATE FUNCTION fail_contact() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'contact refused for the test'; END $$`);
    await t.asOwner(`CREATE TRIGGER fail_contact BEFORE INSERT ON contacts FOR EACH ROW EXECUTE FUNCTION fail_contact()`);
    const before = await counts();
    try {
      expect((await promote(id)).status).toBe(500);
    } finally {
      await t.asOwner(`DROP TRIGGER fail_contact ON contacts`);
      await t.asOwner(`DROP FUNCTION fail_contact()`);
    }
    expect(await counts()).toEqual(before);
    const [row] = await t.dataSource.query(`SELECT laureate_id, (SELECT count(*)::int FROM organisations WHERE name = 'Porteur interrompu') AS organisations FROM applications WHERE id = $1`, [id]);
    expect(row).toEqual({ laureate_id: null, organisations: 0 });
    const retried = await promote(id);
    expect([retried.status, retried.body.created]).toEqual([200, { laureate: true, organisation: true, contact: true }]);
  });
});

describe('promotions at once', () => {
  it('two applications of one new carrier promoted together share one organisation (no 409)', async () => {
    const a = await seedApplication(t, call, { reference: 'PC-1', status: 'selected', projectName: 'Projet concurrent 1', carrierName: 'Porteur commun' });
    const b = await seedApplication(t, call, { reference: 'PC-2', status: 'selected', projectName: 'Projet concurrent 2', carrierName: 'Porteur commun' });
    const [x, y] = await Promise.all([promote(a), promote(b)]);
    expect([x.status, y.status]).toEqual([200, 200]);
    expect(x.body.carrierOrganisationId).toBe(y.body.carrierOrganisationId);
  });
});

describe('organisations carry their SIRET and RNA', () => {
  it('set through the API (spaces dropped), unique (409), checked (400)', async () => {
    const post = (body: object) => request(t.http).post('/api/organisations').set(bearer(lead)).send({ kind: 'association', ...body });
    const created = await post({ name: 'Association SIRET', siret: '552 100 554 00019', rna: 'w123456789' });
    expect([created.status, created.body.siret, created.body.rna]).toEqual([201, '55210055400019', 'W123456789']);
    expect((await post({ name: 'Autre association', siret: '55210055400019' })).status).toBe(409);
    const bad = await post({ name: 'Association mal saisie', siret: '1234', rna: 'X1' });
    expect([bad.status, bad.body.errors]).toEqual([400, { siret: 'SIRET invalide (14 chiffres)', rna: 'Numéro RNA invalide (W et 9 caractères)' }]);
  });
});
