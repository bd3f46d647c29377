import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme } from '../fixtures.js';
import { bearer, createAccount, login, startTestApp, type TestApp } from '../test-app.js';
import { listRoutes, listVocabulary } from './routes.js';

/**
 * Every list, sorted by each of its sortable fields both ways, as it is and searched, and asked for its ids only under
 * two sorts (by id, and by a field it then does not select): each answers 200, in the order asked. A search sorted by
 * id (simple REST's default sort) answered 500 on every searchable list until the ids of the matches were selected
 * apart from their sort key. (`fields` crossed with every sort as well doubled this file's time.)
 */
let t: TestApp;
let token: string;
let lists: { path: string; sortable: string[] }[];

beforeAll(async () => {
  t = await startTestApp();
  const email = 'sorts.reader@test.aic';
  await createAccount(t.dataSource, email, ['admin', 'programme_lead']);
  token = await login(t.http, email);
  await seedProgramme(t, 'sorts');
  lists = [];
  for (const path of await listRoutes(t.http, token)) lists.push({ path, sortable: (await listVocabulary(t.http, token, path)).sortable });
});
afterAll(() => t?.close());

describe('every list, every sort', () => {
  it('answers 200 for each sortable field, both ways, with and without a search, and with fields=["id"] under two sorts', async () => {
    expect(lists.length).toBeGreaterThan(20);
    const failures: string[] = [];
    let searched = 0;
    for (const { path, sortable } of lists) {
      expect(sortable.length).toBeGreaterThan(0);
      const searchable = (await request(t.http).get(path).query({ filter: '{"q":"a"}' }).set(bearer(token))).status === 200;
      if (searchable) searched++;
      for (const field of sortable) {
        for (const order of ['ASC', 'DESC']) {
          const filters = searchable ? ['{}', '{"q":"a"}', '{"q":"zzzz"}'] : ['{}'];
          for (const filter of filters) {
            const idsOnly = field === 'id' || field === sortable.at(-1) ? ['["id"]'] : [];
            for (const fields of [undefined, ...idsOnly]) {
              const query = { sort: JSON.stringify([field, order]), range: '[0,9]', filter, ...(fields ? { fields } : {}) };
              const res = await request(t.http).get(path).query(query).set(bearer(token));
              if (res.status !== 200 || !Array.isArray(res.body)) failures.push(`${path} ${JSON.stringify(query)} → ${res.status}`);
              else if (fields && res.body.some((row: object) => Object.keys(row).join() !== 'id')) failures.push(`${path} ${JSON.stringify(query)}: not ids only`);
            }
          }
        }
      }
    }
    expect(searched).toBeGreaterThan(5);
    expect(failures).toEqual([]);
  }, 120_000);
});
