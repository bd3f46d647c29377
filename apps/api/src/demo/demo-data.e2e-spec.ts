import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@aic/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { bearer, login, startTestApp, type TestApp } from '../../test/test-app.js';
import { seedDemoIfEmpty } from './seed-demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
  expect(await seedDemoIfEmpty(t.dataSource, () => {})).toBe(true);
});
afterAll(() => t.close());

describe('demo data', () => {
  it('is loaded once: a second run changes nothing', async () => {
    expect(await seedDemoIfEmpty(t.dataSource, () => {})).toBe(false);
  });

  it('has every demo account, with the demo password, listed on the login page', async () => {
    for (const account of DEMO_ACCOUNTS) expect(await login(t.http, account.email, DEMO_PASSWORD)).toBeTruthy();
    const res = await request(t.http).get('/api/auth/demo-accounts');
    expect(res.body.map((a: { email: string }) => a.email)).toEqual(DEMO_ACCOUNTS.map((a) => a.email));
  });

  it('has seasons 1 and 2 with the published dates', async () => {
    const token = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
    const res = await request(t.http).get('/api/seasons').query({ sort: '["year","ASC"]' }).set(bearer(token));
    expect(res.body.map((s: { year: number }) => s.year)).toEqual([2022, 2023]);
    expect(res.body[0]).toMatchObject({ accompanimentStartsOn: '2022-04-14', accompanimentEndsOn: '2022-11-29', status: 'closed' });
    expect(res.body[1]).toMatchObject({ callClosesOn: '2023-05-02' });
  });

  it('has the public organisations of the booklet with their hierarchy', async () => {
    const token = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
    const find = async (q: string) => (await request(t.http).get('/api/organisations').query({ filter: JSON.stringify({ q }) }).set(bearer(token))).body;
    const [dinum] = await find('DINUM');
    const [etalab] = await find('etalab');
    expect(etalab.parentId).toBe(dinum.id);
    expect(await find('meteo france')).toHaveLength(1);
    expect((await find('archives de france'))[0].acronym).toBe('SIAF');
  });

  it('uses only fictional people: demo e-mails on reserved domains', async () => {
    const emails: Array<{ email: string }> = await t.dataSource.query(`SELECT email FROM users`);
    for (const { email } of emails) expect(email).toMatch(/@demo\.aic\.test$/);
  });
});
