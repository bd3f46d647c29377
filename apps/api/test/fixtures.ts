import request from 'supertest';
import { bearer, createAccount, login, type TestApp } from './test-app.js';

export interface Programme {
  seasonId: number;
  organisations: { ministry: number; directorate: number; carrier: number };
  users: { lead: number; manager: number; otherManager: number; referent: number };
  tokens: { lead: string; manager: string; otherManager: string; referent: string };
  laureates: { own: number; other: number };
}

/** A season, a few organisations, staff, and two laureates: `own` (managed by `manager`) and `other`. */
export async function seedProgramme(t: TestApp, prefix: string): Promise<Programme> {
  const users = {
    lead: await createAccount(t.dataSource, `${prefix}.lead@test.aic`, ['programme_lead']),
    manager: await createAccount(t.dataSource, `${prefix}.manager@test.aic`, ['acceleration_manager']),
    otherManager: await createAccount(t.dataSource, `${prefix}.other@test.aic`, ['acceleration_manager']),
    referent: await createAccount(t.dataSource, `${prefix}.referent@test.aic`, ['referent']),
  };
  const tokens = {
    lead: await login(t.http, `${prefix}.lead@test.aic`),
    manager: await login(t.http, `${prefix}.manager@test.aic`),
    otherManager: await login(t.http, `${prefix}.other@test.aic`),
    referent: await login(t.http, `${prefix}.referent@test.aic`),
  };
  const post = async (resource: string, body: object) => {
    const res = await request(t.http).post(`/api/${resource}`).set(bearer(tokens.lead)).send(body);
    if (res.status !== 201) throw new Error(`${resource}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as number;
  };
  const seasonId = await post('seasons', { name: `Saison ${prefix}`, year: 2026, status: 'accompaniment', fundingEnvelope: 500000 });
  const ministry = await post('organisations', { name: `Ministère de la Culture ${prefix}`, kind: 'ministry' });
  const organisations = {
    ministry,
    directorate: await post('organisations', { name: `Service interministériel des Archives ${prefix}`, kind: 'directorate', acronym: 'SIAF', parentId: ministry }),
    carrier: await post('organisations', { name: `Association Météo Libre ${prefix}`, kind: 'association' }),
  };
  const laureates = {
    own: await post('laureates', { seasonId, name: 'Infoclimat', track: 'dinum', tagline: 'Données météo ouvertes', carrierOrganisationId: organisations.carrier, accelerationManagerId: users.manager }),
    other: await post('laureates', { seasonId, name: 'Vikidia', track: 'dinum', tagline: 'Encyclopédie pour les 8-13 ans', accelerationManagerId: users.otherManager }),
  };
  return { seasonId, organisations, users, tokens, laureates };
}
