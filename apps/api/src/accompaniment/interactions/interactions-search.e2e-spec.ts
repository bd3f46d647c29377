import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let p: Programme;

/**
 * A journal spread over months: 1 200 "Grenoble" entries, one a day back from June 2026 (more than the count cap,
 * over 40 months), the other laureate's entries in between, and three "Quimper" entries in 2019 only: a search newest
 * first must widen to those old months to find them.
 */
beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'journal-search');
  await t.dataSource.query(
    `INSERT INTO interactions (laureate_id, kind, occurred_at, title, summary)
     SELECT $1::int, 'meeting', timestamptz '2026-06-01 10:00Z' - g * interval '1 day', 'Réunion à Grenoble n° ' || g, 'Point d''étape sur l''Hébergement souverain'
       FROM generate_series(1, 1200) g
     UNION ALL
     SELECT $2::int, 'call', timestamptz '2026-06-01 12:00Z' - g * interval '7 days', 'Appel ' || g, 'Convention avec Grenoble-Alpes Métropole'
       FROM generate_series(1, 100) g
     UNION ALL
     SELECT $1::int, 'event', timestamptz '2019-03-01 09:00Z' + g * interval '40 days', 'Salon à Quimper', 'Stand partagé ' || g
       FROM generate_series(1, 3) g
     UNION ALL
     SELECT $1::int, 'other', timestamptz '2026-05-15 09:00Z', 'Note', 'Saint-Malo : retour d''expérience des Rencontres'`,
    [p.laureates.own, p.laureates.other],
  );
});
afterAll(() => t.close());

const search = (q: string, extra: { sort?: [string, string]; range?: [number, number]; filter?: object; token?: string } = {}) =>
  request(t.http)
    .get('/api/interactions')
    .query({ filter: JSON.stringify({ q, ...extra.filter }), sort: JSON.stringify(extra.sort ?? ['occurredAt', 'DESC']), range: JSON.stringify(extra.range ?? [0, 24]) })
    .set(bearer(extra.token ?? p.tokens.lead));

/** The ids plain SQL expects, in the list's order. */
const expected = async (where: string, order = 'occurred_at DESC, id DESC', limit = 25, offset = 0): Promise<number[]> =>
  (await t.dataSource.query(`SELECT id FROM interactions WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`)).map((r: { id: number }) => r.id);
const count = async (where: string): Promise<number> => (await t.dataSource.query(`SELECT count(*)::int AS n FROM interactions WHERE ${where}`))[0].n;
const ids = (res: request.Response) => res.body.map((r: { id: number }) => r.id);

describe('GET /api/interactions?filter={"q":…} (words, newest first, month by month)', () => {
  it('answers the newest matches first, with the total capped at 1 000 and said so', async () => {
    const where = `title LIKE '%Grenoble%' OR summary LIKE '%Grenoble%'`;
    expect(await count(where)).toBe(1300);
    const res = await search('grenoble');
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual(await expected(where));
    expect(res.headers['content-range']).toBe('interactions 0-24/1000');
    expect(res.headers['x-total-capped']).toBe('true');
    // A later page continues in the same order; a page past the cap is empty.
    const second = await search('grenoble', { range: [25, 49] });
    expect(ids(second)).toEqual(await expected(where, undefined, 25, 25));
    expect(second.headers['content-range']).toBe('interactions 25-49/1000');
    const last = await search('grenoble', { range: [990, 1014] });
    expect(ids(last)).toEqual(await expected(where, undefined, 10, 990));
    expect(last.headers['content-range']).toBe('interactions 990-999/1000');
    expect(ids(await search('grenoble', { range: [1000, 1024] }))).toEqual([]);
  });

  it('counts exactly up to 1 000, and filters and scope narrow the matches', async () => {
    const own = await search('grenoble', { filter: { laureateId: p.laureates.own }, range: [0, 9] });
    expect(own.headers['content-range']).toBe('interactions 0-9/1000');
    const other = await search('grenoble', { filter: { laureateId: p.laureates.other } });
    expect(other.headers['content-range']).toBe('interactions 0-24/100');
    expect(other.headers['x-total-capped']).toBeUndefined();
    expect(ids(other)).toEqual(await expected(`laureate_id = ${p.laureates.other}`));
    // Every word must be there: "grenoble convention" is only the other laureate's.
    expect((await search('grenoble convention', { range: [0, 0] })).headers['content-range']).toBe('interactions 0-0/100');
    // The referent follows neither laureate.
    const referent = await search('grenoble', { token: p.tokens.referent });
    expect(referent.body).toEqual([]);
    expect(referent.headers['content-range']).toBe('interactions */0');
  });

  it('widens to old months for a word found only there', async () => {
    const res = await search('quimper');
    expect(ids(res)).toEqual(await expected(`title LIKE '%Quimper%'`));
    expect(res.body).toHaveLength(3);
    expect(res.headers['content-range']).toBe('interactions 0-2/3');
    expect(res.headers['x-total-capped']).toBeUndefined();
    // Oldest first, the months are asked from the oldest.
    const oldest = await search('grenoble', { sort: ['occurredAt', 'ASC'], range: [0, 4] });
    expect(ids(oldest)).toEqual(await expected(`title LIKE '%Grenoble%' OR summary LIKE '%Grenoble%'`, 'occurred_at ASC, id ASC', 5));
  });

  it('ignores accents and case, and matches whole words', async () => {
    const souverain = await expected(`summary LIKE '%souverain%'`);
    expect(souverain.length).toBeGreaterThan(0);
    expect(ids(await search('HÉBERGEMENT souverain'))).toEqual(souverain);
    expect(ids(await search('souverain hebergement'))).toEqual(souverain);
    expect((await search('hebergement souv')).body).toEqual([]); // "souv" is not a word of the text
    expect((await search('greno')).body).toEqual([]);
    const malo = await expected(`summary LIKE '%Saint-Malo%'`);
    expect(malo).toHaveLength(1);
    expect(ids(await search('saint-malo'))).toEqual(malo);
    expect(ids(await search('malo'))).toEqual(malo);
    expect(ids(await search('retour d’expérience'))).toEqual(malo);
  });

  it('finds nothing for a word in no entry, or for punctuation alone', async () => {
    for (const q of ['zanzibar', 'grenoble zanzibar', '!!!']) {
      const res = await search(q);
      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
      expect(res.headers['content-range']).toBe('interactions */0');
    }
  });

  it('searches in any other order through the same words', async () => {
    const res = await search('quimper', { sort: ['title', 'ASC'] });
    expect(res.headers['content-range']).toBe('interactions 0-2/3');
    const capped = await search('grenoble', { sort: ['kind', 'ASC'], range: [0, 4] });
    expect(capped.headers['content-range']).toBe('interactions 0-4/1000');
    expect(capped.body.map((r: { kind: string }) => r.kind)).toEqual(['call', 'call', 'call', 'call', 'call']);
  });
});

describe('the search newest (or oldest) first, period by period, against plain SQL (generated cases)', () => {
  // Seeded: a failing case is the same on every run.
  let seed = 20261206;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)];
  // Hyphenated words (phrases), their parts alone, accents, an apostrophe, and the words in the other order.
  const VOCABULARY = ['atelier', 'Convention', 'LYON', 'Saint-Denis', 'saint', 'denis', 'Aix-en-Provence', 'provence', 'aix', 'Étape', 'etape', 'l’État', 'mi-temps', 'temps', 'co-construction', 'construction'];
  const QUERIES = [...VOCABULARY, 'denis-saint', 'saint denis', 'denis saint', 'temps-mi', 'aix-en', 'en-provence', 'l’état lyon', 'ETAT', 'atelier convention lyon'];
  // Dates over ten years, some on the edges of a month or a year (UTC), some equal (then the id decides).
  const EDGES = ['2025-12-31T23:59:59Z', '2026-01-01T00:00:00Z', '2024-12-31T23:59:59.999Z', '2025-01-01T00:00:00Z', '2026-04-30T23:59:59Z', '2026-05-01T00:00:00Z'];

  beforeAll(async () => {
    const rows = Array.from({ length: 400 }, () => {
      const at = random() < 0.2 ? pick(EDGES) : new Date(Date.UTC(2016, 0, 1) + random() * (Date.UTC(2026, 5, 1) - Date.UTC(2016, 0, 1))).toISOString();
      const words = (n: number) => Array.from({ length: n }, () => pick(VOCABULARY)).join(' ');
      return [at, words(3), words(4)];
    });
    await t.dataSource.query(
      `INSERT INTO interactions (laureate_id, kind, occurred_at, title, summary)
       SELECT $1::int, 'other', at::timestamptz, title, summary FROM unnest($2::text[], $3::text[], $4::text[]) AS generated(at, title, summary)`,
      [p.laureates.own, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    );
  });

  it('answers the pages and totals that plain SQL does, for every query, both ways', async () => {
    const where = `search_vector @@ plainto_tsquery('simple', f_unaccent(lower($1)))`;
    for (const q of QUERIES) {
      for (const direction of ['DESC', 'ASC']) {
        const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM interactions WHERE ${where}`, [q]);
        for (const range of [[0, 24], [25, 49]] as Array<[number, number]>) {
          const res = await search(q, { sort: ['occurredAt', direction], range });
          const want = (await t.dataSource.query(`SELECT id FROM interactions WHERE ${where} ORDER BY occurred_at ${direction}, id ${direction} LIMIT 25 OFFSET ${range[0]}`, [q])).map((r: { id: number }) => r.id);
          expect({ q, direction, range, ids: ids(res) }).toEqual({ q, direction, range, ids: want });
          expect({ q, direction, total: res.headers['content-range'].split('/')[1] }).toEqual({ q, direction, total: String(Math.min(n, 1000)) });
        }
      }
    }
  });
});
