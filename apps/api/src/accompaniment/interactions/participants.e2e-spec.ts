import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let p: Programme;
let contact: number;
beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'participants');
  contact = (await request(t.http).post('/api/contacts').set(bearer(p.tokens.lead)).send({ firstName: 'Camille', lastName: 'Exemple', organisationId: p.organisations.directorate })).body.id;
});
afterAll(() => t.close());

const manager = {
  post: (body: object) => request(t.http).post('/api/interactions').set(bearer(p.tokens.manager)).send({ laureateId: p.laureates.own, occurredAt: '2026-03-02T10:00:00+01:00', ...body }),
  put: (id: number, body: object) => request(t.http).put(`/api/interactions/${id}`).set(bearer(p.tokens.manager)).send(body),
  list: (filter: object) => request(t.http).get('/api/interactions').query({ filter: JSON.stringify(filter) }).set(bearer(p.tokens.manager)),
};
const partnerships = async () =>
  (await request(t.http).get('/api/partnerships').query({ filter: JSON.stringify({ laureateId: p.laureates.own }) }).set(bearer(p.tokens.manager))).body as Array<{ id: number; organisationId: number; status: string }>;

describe('participants of a journal entry', () => {
  it('any exchange records its contacts and organisations, and is found by either organisation', async () => {
    const meeting = await manager.post({ kind: 'meeting', title: 'Atelier données', contactIds: [contact], organisationIds: [p.organisations.ministry, p.organisations.directorate] });
    expect(meeting.status).toBe(201);
    expect(contact).toBeGreaterThan(0);
    expect(meeting.body).toMatchObject({ contactIds: [contact], organisationIds: [p.organisations.ministry, p.organisations.directorate] });
    const byOrganisation = await manager.list({ organisationId: p.organisations.ministry });
    expect(byOrganisation.body.map((i: { id: number }) => i.id)).toContain(meeting.body.id);
    const unknown = await manager.post({ kind: 'call', title: 'Appel', organisationIds: [999999] });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.errors)).toEqual(['organisationIds']);
  });

  it('an organisation or contact still named in the journal cannot be deleted (409 in words)', async () => {
    const ministryEntry = await manager.post({ kind: 'event', title: 'Salon', organisationIds: [p.organisations.ministry], contactIds: [contact] });
    expect(ministryEntry.status).toBe(201);
    const org = await request(t.http).delete(`/api/organisations/${p.organisations.ministry}`).set(bearer(p.tokens.lead));
    expect(org.status).toBe(409);
    expect(org.body.message).toContain('journal des interactions');
    const person = await request(t.http).delete(`/api/contacts/${contact}`).set(bearer(p.tokens.lead));
    expect(person.status).toBe(409);
  });
});

describe('correcting the administration of an introduction', () => {
  it('moves the partnership it opened to the right administration, leaving no wrong one in the pipeline', async () => {
    const wrong = (await request(t.http).post('/api/organisations').set(bearer(p.tokens.lead)).send({ name: 'Direction mal choisie', kind: 'directorate' })).body.id;
    const right = (await request(t.http).post('/api/organisations').set(bearer(p.tokens.lead)).send({ name: 'Direction attendue', kind: 'directorate' })).body.id;
    const intro = await manager.post({ kind: 'introduction', title: 'Mise en relation', organisationId: wrong });
    expect(intro.status).toBe(201);
    const opened = (await partnerships()).find((x) => x.organisationId === wrong)!;
    expect(opened.status).toBe('introduced');
    const fixed = await manager.put(intro.body.id, { organisationId: right, version: intro.body.version });
    expect(fixed.status).toBe(200);
    const after = await partnerships();
    expect(after.find((x) => x.organisationId === wrong)).toBeUndefined();
    expect(after.find((x) => x.organisationId === right)).toMatchObject({ id: opened.id, status: 'introduced' });
  });

  it('leaves a partnership that went further, and opens the right one', async () => {
    const first = (await request(t.http).post('/api/organisations').set(bearer(p.tokens.lead)).send({ name: 'Agence avancée', kind: 'public_agency' })).body.id;
    const second = (await request(t.http).post('/api/organisations').set(bearer(p.tokens.lead)).send({ name: 'Agence corrigée', kind: 'public_agency' })).body.id;
    const intro = await manager.post({ kind: 'introduction', title: 'Mise en relation agence', organisationId: first });
    const opened = (await partnerships()).find((x) => x.organisationId === first)!;
    const current = (await request(t.http).get(`/api/partnerships/${opened.id}`).set(bearer(p.tokens.manager))).body;
    expect((await request(t.http).put(`/api/partnerships/${opened.id}`).set(bearer(p.tokens.manager)).send({ status: 'meeting_held', version: current.version })).status).toBe(200);
    expect((await manager.put(intro.body.id, { organisationId: second, version: intro.body.version })).status).toBe(200);
    const after = await partnerships();
    expect(after.find((x) => x.organisationId === first)).toMatchObject({ status: 'meeting_held' });
    expect(after.find((x) => x.organisationId === second)).toMatchObject({ status: 'introduced' });
  });

  it('a meeting turned into an introduction opens the partnership', async () => {
    const agency = (await request(t.http).post('/api/organisations').set(bearer(p.tokens.lead)).send({ name: 'Agence rencontrée', kind: 'public_agency' })).body.id;
    const meeting = await manager.post({ kind: 'meeting', title: 'Réunion' });
    expect((await manager.put(meeting.body.id, { kind: 'introduction', organisationId: agency, version: meeting.body.version })).status).toBe(200);
    expect((await partnerships()).find((x) => x.organisationId === agency)).toMatchObject({ status: 'introduced' });
  });
});
