import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type DsTestServer, startDsTestServer } from '../../../test/ds/ds-test-server.js';
import { DsClient, type DsDossier, DsSyncError, resetSeconds } from './ds-client.js';

let ds: DsTestServer;
const waits: number[] = [];
const client = (token = ds.token) => new DsClient({ baseUrl: ds.baseUrl, token, maxWaitSeconds: 5, maxRateLimitRetries: 3 }, async (ms) => void waits.push(ms));

const dossier = (number: number, modified: string): DsDossier & { demarche: number } => ({
  demarche: 77,
  number,
  state: 'en_construction',
  archived: false,
  dateDepot: '2023-04-01T10:00:00+02:00',
  dateDerniereModification: modified,
  usager: { email: `u${number}@exemple.test` },
  demandeur: { __typename: 'PersonneMorale', siret: '13000000000001', entreprise: null, association: { rna: 'W751000001', titre: 'Association Exemple' } },
  champs: [{ id: 'C1', label: 'Nom du projet', stringValue: `Projet ${number}` }],
});

beforeAll(async () => {
  ds = await startDsTestServer(3);
  for (let n = 1; n <= 7; n++) ds.dossiers.set(n, dossier(n, `2023-05-0${n}T10:00:00+02:00`));
  ds.dossiers.set(99, { ...dossier(99, '2023-05-01T10:00:00+02:00'), demarche: 78 });
});
afterAll(() => ds.close());

describe('DsClient against a GraphQL server of the DS schema subset', () => {
  it('reads every page of a procedure, and only what changed since a date', async () => {
    ds.requests.length = 0;
    const all = await client().dossiers(77, null);
    expect(all.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(ds.requests).toHaveLength(3);
    expect(all[0]).toMatchObject({ usager: { email: 'u1@exemple.test' }, demandeur: { __typename: 'PersonneMorale', association: { titre: 'Association Exemple' } }, champs: [{ label: 'Nom du projet', stringValue: 'Projet 1' }] });
    expect((await client().dossiers(77, '2023-05-06T00:00:00Z')).map((d) => d.number)).toEqual([6, 7]);
  });

  it('waits RateLimit-Reset seconds on 429, then goes on', async () => {
    waits.length = 0;
    ds.rateLimit(2, 2);
    const c = client();
    expect(await c.dossiers(78, null)).toHaveLength(1);
    expect(waits).toEqual([2000, 2000]);
    expect(c.rateLimited).toBe(2);
  });

  it('gives up after too many 429s or too long a wait', async () => {
    ds.rateLimit(10, 1);
    await expect(client().dossiers(78, null)).rejects.toThrow(/still rate limited/);
    ds.rateLimit(1, 3600);
    await expect(client().dossiers(78, null)).rejects.toThrow(/wait 3600 s/);
    ds.rateLimit(0, 1);
  });

  it('a root-level GraphQL error fails the whole read, even after good pages', async () => {
    ds.failDossiersPage(2);
    await expect(client().dossiers(77, null)).rejects.toThrow(new DsSyncError('GraphQL: Erreur interne de la plateforme (page 2)'));
    ds.failDossiersPage(null);
  });

  it('a wrong token fails', async () => {
    await expect(client('wrong').dossiers(77, null)).rejects.toThrow(/HTTP 401/);
  });

  it('reads deleted files since a date', async () => {
    ds.deleted.push({ demarche: 77, number: 3, dateSupression: '2023-06-01T10:00:00Z' }, { demarche: 77, number: 4, dateSupression: '2023-06-03T10:00:00Z' });
    expect((await client().deletedDossiers(77, null)).map((d) => d.number)).toEqual([3, 4]);
    expect((await client().deletedDossiers(77, '2023-06-02T00:00:00Z')).map((d) => d.number)).toEqual([4]);
  });

  it('reads RateLimit-Reset, else Retry-After', () => {
    expect(resetSeconds(new Headers({ 'RateLimit-Reset': '7' }))).toBe(7);
    expect(resetSeconds(new Headers({ 'Retry-After': '3' }))).toBe(3);
    expect(resetSeconds(new Headers())).toBe(1);
  });
});
