import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, createAccount, login, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let p: Programme;
let adminToken: string;

// The person whose rights are exercised, and a colleague in the same team, journal entry and partnership list.
const her = { firstName: 'Rosalie', lastName: 'Fictivegdpr', email: 'rosalie.fictivegdpr@meteo.example', phone: '+33 6 11 22 33 44', jobTitle: 'Trésorière Fictivegdpr', notes: 'Préfère être appelée le matin (noté par Fictivegdpr-note)' };
const him = { firstName: 'Bastien', lastName: 'Autrepersonne', email: 'bastien.autrepersonne@meteo.example', phone: '+33 6 99 88 77 66' };
const ids = { her: 0, him: 0, interaction: 0, herPartnership: 0, hisPartnership: 0 };
const occurredAt = '2026-03-12T09:30:00.000Z';

const lead = () => bearer(p.tokens.lead);
const post = async (resource: string, body: object) => {
  const res = await request(t.http).post(`/api/${resource}`).set(lead()).send(body);
  if (res.status !== 201) throw new Error(`${resource}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};
const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

/** Rows of every table of the application whose text contains `value`, as `table: n`. */
async function rowsContaining(value: string): Promise<Record<string, number>> {
  const tables: Array<{ table_name: string }> = await t.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'`,
  );
  const found: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}" x WHERE x::text ILIKE $1`, [`%${value}%`]);
    if (n > 0) found[table_name] = n;
  }
  return found;
}

beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'gdpr');
  await createAccount(t.dataSource, 'gdpr.admin@test.aic', ['admin']);
  adminToken = await login(t.http, 'gdpr.admin@test.aic');
  const membership = (role: string) => [{ laureateId: p.laureates.own, role }];
  ids.her = (await post('contacts', { ...her, phone: '+33 6 00 00 00 00', organisationId: p.organisations.carrier, laureates: membership('Trésorière') })).id;
  ids.him = (await post('contacts', { ...him, organisationId: p.organisations.carrier, laureates: membership('Président') })).id;
  // A change of hers, so that her personal values appear in an `update` audit event too.
  const current = (await request(t.http).get(`/api/contacts/${ids.her}`).set(lead())).body;
  expect((await request(t.http).put(`/api/contacts/${ids.her}`).set(lead()).send({ ...current, phone: her.phone })).status).toBe(200);
  ids.interaction = (
    await post('interactions', { laureateId: p.laureates.own, kind: 'meeting', occurredAt, title: 'Point trésorerie', summary: 'Budget 2027 revu.', contactIds: [ids.her, ids.him] })
  ).id;
  ids.herPartnership = (await post('partnerships', { laureateId: p.laureates.own, organisationId: p.organisations.directorate, contactId: ids.her, purpose: 'data' })).id;
  ids.hisPartnership = (await post('partnerships', { laureateId: p.laureates.own, organisationId: p.organisations.ministry, contactId: ids.him, purpose: 'funding' })).id;
});
afterAll(() => t.close());

describe('GET /api/contacts/:id/personal-data', () => {
  it('exports, as a JSON file, what every table holds about the contact and nothing about anyone else; audited', async () => {
    const res = await request(t.http).get(`/api/contacts/${ids.her}/personal-data`).set(lead());
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="contact-${ids.her}-donnees-personnelles.json"`);
    expect(res.body.contact).toMatchObject({ id: ids.her, ...her, organisationId: p.organisations.carrier, organisationName: 'Association Météo Libre gdpr', anonymisedAt: null });
    expect(res.body.projectTeams).toEqual([{ laureateId: p.laureates.own, laureateName: 'Infoclimat', role: 'Trésorière' }]);
    expect(res.body.partnerships).toEqual([expect.objectContaining({ id: ids.herPartnership, laureateName: 'Infoclimat', purpose: 'data' })]);
    expect(res.body.interactions).toEqual([
      { id: ids.interaction, laureateId: p.laureates.own, laureateName: 'Infoclimat', kind: 'meeting', occurredAt, title: 'Point trésorerie', summary: 'Budget 2027 revu.', followUp: null, followUpDueOn: null },
    ]);
    expect(res.body.history.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
    expect(res.body.history[1].changes.phone).toEqual({ before: '+33 6 00 00 00 00', after: her.phone });

    const text = JSON.stringify(res.body);
    for (const value of [him.firstName, him.lastName, him.email, him.phone, 'Président', `"contactIds"`, 'gdpr.lead@test.aic']) expect(text).not.toContain(value);

    const [event] = await t.dataSource.query(`SELECT actor_email, changes FROM audit_events WHERE resource = 'contacts' AND record_id = $1 AND action = 'export'`, [String(ids.her)]);
    expect(event).toEqual({ actor_email: 'gdpr.lead@test.aic', changes: { exported: { before: null, after: { projectTeams: 1, partnerships: 1, interactions: 1 } } } });
  });

  it('is for the programme lead and the admin only; an unknown contact is 404', async () => {
    const get = (token: string, id = ids.her) => request(t.http).get(`/api/contacts/${id}/personal-data`).set(bearer(token));
    expect((await get(adminToken)).status).toBe(200);
    expect((await get(p.tokens.manager)).status).toBe(403);
    expect((await get(p.tokens.referent)).status).toBe(403);
    expect((await request(t.http).get(`/api/contacts/${ids.her}/personal-data`)).status).toBe(401);
    expect((await get(p.tokens.lead, 999999)).status).toBe(404);
  });
});

describe('POST /api/contacts/:id/anonymise', () => {
  const anonymise = (token: string, id = ids.her) => request(t.http).post(`/api/contacts/${id}/anonymise`).set(bearer(token));

  it('refuses the manager and the referent, and an unknown contact', async () => {
    expect((await anonymise(p.tokens.manager)).status).toBe(403);
    expect((await anonymise(p.tokens.referent)).status).toBe(403);
    expect((await anonymise(p.tokens.lead, 999999)).status).toBe(404);
    expect((await rowsContaining(her.email)).contacts).toBe(1);
  });

  it('erases her personal values from every table, audit trail included; the history keeps its entries, dates and laureates', async () => {
    // Before: her values are in the contact and in its audit events (the e-mail in the creation, the phone in both).
    expect(await rowsContaining(her.email)).toEqual({ contacts: 1, audit_events: 1 });
    expect(await rowsContaining(her.phone)).toEqual({ contacts: 1, audit_events: 1 });
    expect(await rowsContaining('+33 6 00 00 00 00')).toEqual({ audit_events: 2 });
    const tables = ['contacts', 'interactions', 'partnerships', 'laureates', 'audit_events'];
    const before = Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(table)])));

    const res = await anonymise(p.tokens.lead);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: ids.her, changed: true, interactions: 1, partnerships: 1, projectTeams: 1, redactedAuditEvents: 2 });

    for (const value of [her.firstName, her.lastName, her.email, her.phone, 'Fictivegdpr-note', '+33 6 00 00 00 00', 'Trésorière']) {
      expect({ value, rows: await rowsContaining(value) }).toEqual({ value, rows: {} });
    }
    const contact = (await request(t.http).get(`/api/contacts/${ids.her}`).set(lead())).body;
    expect(contact).toMatchObject({ firstName: 'Contact', lastName: `anonymisé #${ids.her}`, email: null, phone: null, jobTitle: null, notes: null, organisationId: p.organisations.carrier, laureates: [] });
    expect(contact.anonymisedAt).toEqual(res.body.anonymisedAt);

    // The journal entry keeps its date, laureate and text, and her colleague; it loses her.
    const entry = (await request(t.http).get(`/api/interactions/${ids.interaction}`).set(lead())).body;
    expect(entry).toMatchObject({ laureateId: p.laureates.own, occurredAt, title: 'Point trésorerie', summary: 'Budget 2027 revu.', contactIds: [ids.him] });
    expect((await request(t.http).get(`/api/partnerships/${ids.herPartnership}`).set(lead())).body).toMatchObject({ contactId: null, purpose: 'data' });

    // Nothing of her colleague is touched.
    expect(await rowsContaining(him.email)).toEqual({ contacts: 1, audit_events: 1 });
    expect((await request(t.http).get(`/api/partnerships/${ids.hisPartnership}`).set(lead())).body.contactId).toBe(ids.him);
    expect((await request(t.http).get(`/api/contacts/${ids.him}`).set(lead())).body.laureates).toEqual([{ laureateId: p.laureates.own, role: 'Président' }]);

    // Same rows; the audit trail grew by the anonymisation, the redaction and one change per journal entry and partnership.
    const after = Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(table)])));
    expect(after).toEqual({ ...before, audit_events: before.audit_events + 4 });
    const events = await t.dataSource.query(
      `SELECT resource, record_id, action, actor_email FROM audit_events WHERE id > (SELECT max(id) - 4 FROM audit_events) ORDER BY id`,
    );
    expect(events).toEqual([
      { resource: 'interactions', record_id: String(ids.interaction), action: 'update', actor_email: 'gdpr.lead@test.aic' },
      { resource: 'partnerships', record_id: String(ids.herPartnership), action: 'update', actor_email: 'gdpr.lead@test.aic' },
      { resource: 'contacts', record_id: String(ids.her), action: 'redact', actor_email: 'gdpr.lead@test.aic' },
      { resource: 'contacts', record_id: String(ids.her), action: 'anonymise', actor_email: 'gdpr.lead@test.aic' },
    ]);
  });

  it('is idempotent: a second call changes and records nothing; the anonymised contact can no longer be edited (409)', async () => {
    const events = await count('audit_events');
    const again = await anonymise(adminToken);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: ids.her, changed: false });
    expect(await count('audit_events')).toBe(events);

    const current = (await request(t.http).get(`/api/contacts/${ids.her}`).set(lead())).body;
    const put = await request(t.http).put(`/api/contacts/${ids.her}`).set(lead()).send({ ...current, email: her.email });
    expect(put.status).toBe(409);
    expect(await rowsContaining(her.email)).toEqual({});
  });

  it('no journal entry or partnership may name the anonymised contact again (400 on the field)', async () => {
    const entry = await request(t.http).post('/api/interactions').set(lead()).send({ laureateId: p.laureates.own, kind: 'call', occurredAt, title: 'Rappel', contactIds: [ids.him, ids.her] });
    expect(entry.status).toBe(400);
    expect(Object.keys(entry.body.errors)).toEqual(['contactIds']);
    const current = (await request(t.http).get(`/api/partnerships/${ids.hisPartnership}`).set(lead())).body;
    const partnership = await request(t.http).put(`/api/partnerships/${ids.hisPartnership}`).set(lead()).send({ ...current, contactId: ids.her });
    expect(partnership.status).toBe(400);
    expect(Object.keys(partnership.body.errors)).toEqual(['contactId']);
    expect((await request(t.http).post('/api/interactions').set(lead()).send({ laureateId: p.laureates.own, kind: 'call', occurredAt, title: 'Rappel', contactIds: [ids.him] })).status).toBe(201);
  });

  it('leaves the audit trail append-only for everything else: the API role may not touch it, its owner only through the redaction', async () => {
    await expect(t.dataSource.query(`UPDATE audit_events SET changes = '{}' WHERE record_id = $1`, [String(ids.him)])).rejects.toThrow(/permission denied/);
    await expect(t.asOwner(`UPDATE audit_events SET changes = '{}' WHERE record_id = $1`, [String(ids.him)])).rejects.toThrow(/append-only/);
    await expect(t.asOwner(`DELETE FROM audit_events WHERE record_id = $1`, [String(ids.him)])).rejects.toThrow(/append-only/);
  });
});

describe('GET /api/contacts?filter={"retentionDue":true}', () => {
  it('lists contacts of ended laureates once the retention period has passed, not those of accompanied ones', async () => {
    const ended = (await post('laureates', { seasonId: p.seasonId, name: 'Projet terminé gdpr', track: 'ditp' })).id;
    const endedLately = (await post('laureates', { seasonId: p.seasonId, name: 'Projet terminé récemment gdpr', track: 'ditp' })).id;
    await t.dataSource.query(`UPDATE laureates SET phase = 'completed', ended_on = '2021-11-29' WHERE id = $1`, [ended]);
    await t.dataSource.query(`UPDATE laureates SET phase = 'stopped', ended_on = now()::date - 30 WHERE id = $1`, [endedLately]);
    const contact = async (lastName: string, laureateId?: number) =>
      (await post('contacts', { firstName: 'Rétention', lastName, laureates: laureateId ? [{ laureateId }] : [] })).id as number;
    const due = await contact('Échue', ended);
    const active = await contact('Active', p.laureates.own);
    const recent = await contact('Récente', endedLately);
    const noTeamOld = await contact('Sans équipe ancienne');
    const noTeamNew = await contact('Sans équipe récente');
    const inActiveJournal = await contact('Au journal actif', ended);
    await post('interactions', { laureateId: p.laureates.other, kind: 'call', occurredAt: '2021-05-01T10:00:00.000Z', title: 'Appel ancien', contactIds: [inActiveJournal] });
    // Last changed four years ago (more than the default 36 months), all but one.
    await t.dataSource.query(`UPDATE contacts SET updated_at = now() - interval '4 years' WHERE id = ANY($1)`, [[due, active, recent, noTeamOld, inActiveJournal]]);

    const list = async (filter: object) => {
      const res = await request(t.http).get('/api/contacts').query({ filter: JSON.stringify(filter), range: '[0,99]' }).set(lead());
      expect(res.status).toBe(200);
      return res.body.map((c: { id: number }) => c.id) as number[];
    };
    const listed = await list({ retentionDue: true });
    expect(listed.sort()).toEqual([due, noTeamOld].sort());
    const kept = await list({ retentionDue: false });
    for (const id of [active, recent, noTeamNew, inActiveJournal, ids.him]) expect(kept).toContain(id);
    expect(kept).not.toContain(due);
    // Anonymised ones are done: never listed again.
    expect(listed).not.toContain(ids.her);
    expect(await list({ anonymised: true })).toEqual([ids.her]);
    expect(await list({ retentionDue: true, q: 'retention echue' })).toEqual([due]);
  });

  it('follows AIC_CONTACT_RETENTION_MONTHS', async () => {
    const longer = await startTestApp({ contactRetentionMonths: 120 });
    try {
      await createAccount(longer.dataSource, 'gdpr.lead2@test.aic', ['programme_lead']);
      const token = await login(longer.http, 'gdpr.lead2@test.aic');
      const [{ id }] = await longer.dataSource.query(`INSERT INTO contacts (first_name, last_name, updated_at) VALUES ('Vieux', 'Contact', now() - interval '4 years') RETURNING id`);
      const get = () => request(longer.http).get('/api/contacts').query({ filter: JSON.stringify({ retentionDue: true }) }).set(bearer(token));
      expect((await get()).body).toEqual([]);
      await longer.dataSource.query(`UPDATE contacts SET updated_at = now() - interval '11 years' WHERE id = $1`, [id]);
      expect((await get()).body.map((c: { id: number }) => c.id)).toEqual([id]);
    } finally {
      await longer.close();
    }
  });
});
