import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { freshDatabase } from '../../../test/test-app.js';
import { jsonText as j } from './json-text.js';

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: (await freshDatabase()).ownerUrl });
  await client.connect();
});
afterAll(() => client.end());

const one = async (sql: string, params: unknown[] = []) => (await client.query<{ json: string }>(`SELECT ${sql} AS json`, params)).rows[0].json;

describe('JSON text built by PostgreSQL', () => {
  it('writes every character of a text as JSON.stringify does', async () => {
    const every = Array.from({ length: 0x7f }, (_, i) => String.fromCharCode(i + 1)).join('') + 'é€ “’” « » \u00a0\u2028\u2029 🌦️ 中文';
    expect(await one(j.value('$1::text'), [every])).toBe(JSON.stringify(every));
    expect(await one(j.value('NULL::text'))).toBe('null');
  });

  it('writes numbers, euros and dates as the API did', async () => {
    expect(await one(j.integer('$1::int'), [-42])).toBe('-42');
    expect(await one(j.integer('NULL::bigint'))).toBe('null');
    for (const euros of ['0.00', '5000.00', '1234.50', '0.01', '2500.75', '999999999999.99']) {
      expect(await one(j.euros(`'${euros}'::numeric(14, 2)`))).toBe(JSON.stringify(Number(euros)));
    }
    expect(await one(j.date(`'2026-01-09'::date`))).toBe('"2026-01-09"');
    expect(await one(j.date('NULL::date'))).toBe('null');
  });

  it('builds objects, arrays and entries in the order asked, empty ones included', async () => {
    const object = j.object({ id: j.integer('x.id'), "l'étiquette": j.value('x.label'), nested: j.object({ none: j.value('NULL::text') }) });
    const from = `(VALUES (2, 'b'), (1, 'a "1"')) AS x(id, label)`;
    expect(JSON.parse(await one(j.array(object, from, 'x.id')))).toEqual([
      { id: 1, "l'étiquette": 'a "1"', nested: { none: null } },
      { id: 2, "l'étiquette": 'b', nested: { none: null } },
    ]);
    expect(await one(j.array(object, from, 'x.id DESC'))).toBe(JSON.stringify([{ id: 2, "l'étiquette": 'b', nested: { none: null } }, { id: 1, "l'étiquette": 'a "1"', nested: { none: null } }]));
    expect(await one(j.array(object, `${from} WHERE false`, 'x.id'))).toBe('[]');
    expect(await one(j.entries('x.label', 'x.id::text', from, 'x.id'))).toBe('{"a \\"1\\"":1,"b":2}');
    expect(await one(j.entries('x.label', 'x.id::text', `${from} WHERE false`, 'x.id'))).toBe('{}');
    expect(await one(j.object({}))).toBe('{}');
  });
});
