import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let p: Programme;
beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'journal');
});
afterAll(() => t.close());

const log = (body: object) =>
  request(t.http).post('/api/interactions').set(bearer(p.tokens.manager)).send({ laureateId: p.laureates.own, occurredAt: '2026-03-02T10:00:00+01:00', ...body });
const partnerships = async () =>
  (await request(t.http).get('/api/partnerships').query({ filter: JSON.stringify({ laureateId: p.laureates.own }) }).set(bearer(p.tokens.manager))).body;

describe('POST /api/interactions (introductions)', () => {
  it('an introduction creates the partnership with the administration introduced', async () => {
    const res = await log({ kind: 'introduction', title: 'Présentation au SIAF', organisationId: p.organisations.directorate, partnershipPurpose: 'information_system' });
    expect(res.status).toBe(201);
    const [partnership] = await partnerships();
    expect(res.body.partnershipId).toBe(partnership.id);
    expect(partnership).toMatchObject({ organisationId: p.organisations.directorate, status: 'introduced', purpose: 'information_system', since: '2026-03-02' });
  });

  it('a later introduction never moves a partnership backwards, and does not duplicate it', async () => {
    const [partnership] = await partnerships();
    await request(t.http).put(`/api/partnerships/${partnership.id}`).set(bearer(p.tokens.manager)).send({ ...partnership, status: 'agreement' });
    await log({ kind: 'introduction', title: 'Nouvelle rencontre SIAF', organisationId: p.organisations.directorate });
    const after = await partnerships();
    expect(after).toHaveLength(1);
    expect(after[0].status).toBe('agreement');
  });

  it('advances an identified partnership, and creates none when asked not to', async () => {
    await request(t.http).post('/api/partnerships').set(bearer(p.tokens.manager)).send({ laureateId: p.laureates.own, organisationId: p.organisations.ministry, purpose: 'funding' });
    await log({ kind: 'introduction', title: 'Rendez-vous ministère', organisationId: p.organisations.ministry });
    expect((await partnerships()).find((x: { organisationId: number }) => x.organisationId === p.organisations.ministry).status).toBe('introduced');
    const before = (await partnerships()).length;
    const res = await log({ kind: 'introduction', title: 'Sans suite', organisationId: p.organisations.carrier, updatePartnership: false });
    expect(res.body.partnershipId).toBeUndefined();
    expect(await partnerships()).toHaveLength(before);
  });

  it('a failed entry writes neither the interaction nor the partnership', async () => {
    const before = (await partnerships()).length;
    const res = await log({ kind: 'introduction', title: 'Avec un contact inconnu', organisationId: p.organisations.carrier, contactIds: [999999] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('contactIds');
    expect(await partnerships()).toHaveLength(before);
    const journal = await request(t.http).get('/api/interactions').query({ filter: JSON.stringify({ q: 'contact inconnu' }) }).set(bearer(p.tokens.manager));
    expect(journal.body).toEqual([]);
  });
});

describe('GET /api/interactions', () => {
  it('is newest first by default and searches title and summary without accents', async () => {
    await log({ kind: 'meeting', title: 'Comité de pilotage', summary: 'Échanges sur la stratégie de déploiement', occurredAt: '2026-04-01T09:00:00Z' });
    const res = await request(t.http).get('/api/interactions').query({ filter: JSON.stringify({ laureateId: p.laureates.own }) }).set(bearer(p.tokens.referent));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]); // the referent is not assigned to this laureate
    const all = await request(t.http).get('/api/interactions').query({ filter: JSON.stringify({ laureateId: p.laureates.own }) }).set(bearer(p.tokens.lead));
    expect(all.body[0].title).toBe('Comité de pilotage');
    const found = await request(t.http).get('/api/interactions').query({ filter: JSON.stringify({ q: 'strategie deploiement' }) }).set(bearer(p.tokens.lead));
    expect(found.body.map((i: { title: string }) => i.title)).toEqual(['Comité de pilotage']);
  });

  it('validates kind, date and required title', async () => {
    const res = await log({ kind: 'telepathy', occurredAt: 'yesterday', title: '' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['kind', 'occurredAt', 'title']);
  });
});
