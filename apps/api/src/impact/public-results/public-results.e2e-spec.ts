import { DEMO_PASSWORD } from '@aic/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { bearer, login, startTestApp, type TestApp } from '../../../test/test-app.js';
import { seedDemoIfEmpty } from '../../demo/seed-demo.js';
import { OPEN_DATA_FILES } from '../open-data/open-data-files.js';

/*
 * The public side of a season: publication by a programme lead, the public page at /resultats/<year> and the
 * open-data files, on the demo data plus records carrying personal data on purpose, which must never come out.
 */
let t: TestApp;
let dist: string;
let lead: string;
let manager: string;
let season1: number;
let season2: number;

const SECRET = {
  contactName: 'Zébulon Confidentiel',
  email: 'zebulon.confidentiel@secret.example',
  phone: '06 98 76 54 32',
  managerName: 'Gaspard Discret',
  managerEmail: 'gaspard.discret@secret.example',
  typedEmail: 'fuite.mission@secret.example',
  typedPhone: '+33 6 11 22 33 44',
};
/** Any e-mail address or French / international phone number, whatever the separators. */
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
const PHONE = /(\+\d{2}|\b0)\s?\d([\s.-]?\d{2}){4}\b/;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'aic-admin-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>AIC admin</title>');
  t = await startTestApp({ adminDistDir: dist, demo: true });
  await seedDemoIfEmpty(t.dataSource, () => {});
  [{ id: season1 }, { id: season2 }] = await t.dataSource.query(`SELECT id FROM seasons ORDER BY year`);
  lead = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
  manager = await login(t.http, 'charge.a@demo.aic.test', DEMO_PASSWORD);
  await seedPersonalData();
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

/** Personal data wherever the back-office keeps it about a season-1 laureate: team, manager, journal, notes, decisions. */
async function seedPersonalData(): Promise<void> {
  const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
  const [laureate] = await q(`SELECT id FROM laureates WHERE season_id = $1 AND name = 'Ma Dada'`, [season1]);
  const [contact] = await q(`INSERT INTO contacts (first_name, last_name, email, phone, job_title) VALUES ('Zébulon', 'Confidentiel', $1, $2, 'Chef de bureau') RETURNING id`, [SECRET.email, SECRET.phone]);
  await q(`INSERT INTO laureate_contacts (laureate_id, contact_id, role) VALUES ($1, $2, 'Président')`, [laureate.id, contact.id]);
  await q(`UPDATE partnerships SET contact_id = $2, notes = $3 WHERE laureate_id = $1`, [laureate.id, contact.id, `Appeler ${SECRET.contactName} au ${SECRET.phone}`]);
  const [user] = await q(`INSERT INTO users (email, full_name, password_hash, roles, active) VALUES ($1, $2, 'x', '{acceleration_manager}', true) RETURNING id`, [SECRET.managerEmail, SECRET.managerName]);
  await q(
    `UPDATE laureates SET acceleration_manager_id = $2, health_reason = $3, mission = mission || $4, results = $3 WHERE id = $1`,
    [laureate.id, user.id, `Suivi par ${SECRET.managerName}`, ` Écrire à ${SECRET.typedEmail} ou au ${SECRET.typedPhone}.`],
  );
  await q(
    `INSERT INTO interactions (laureate_id, kind, occurred_at, title, summary, contact_ids, user_ids) VALUES ($1, 'call', now(), $2, $3, $4, $5)`,
    [laureate.id, `Appel avec ${SECRET.contactName}`, `Joint au ${SECRET.phone}, ${SECRET.email}`, [contact.id], [user.id]],
  );
  await q(`INSERT INTO actions (laureate_id, axis, support_type, title, description, status, owner_id) VALUES ($1, 'integrate', 'networking', $2, $3, 'planned', $4)`, [
    laureate.id, `Présenter ${SECRET.contactName}`, `Courriel ${SECRET.email}`, user.id,
  ]);
  await q(`UPDATE decisions SET rationale = $2, conditions = $2 WHERE laureate_id = $1`, [laureate.id, `Avis de ${SECRET.managerName}`]);
  await q(`UPDATE grants SET notes = $2 WHERE laureate_id = $1`, [laureate.id, `Convention suivie par ${SECRET.contactName}`]);
  const [indicator] = await q(`INSERT INTO indicators (laureate_id, name, unit, baseline_value, target_value) VALUES ($1, 'Demandes publiées', 'demandes', 0, 100) RETURNING id`, [laureate.id]);
  await q(`INSERT INTO measurements (indicator_id, laureate_id, value, measured_on, source, comment) VALUES ($1, $2, 40, '2022-11-01', $3, $4)`, [
    indicator.id, laureate.id, `Tableau de ${SECRET.contactName}`, `Vérifié par ${SECRET.managerName}, ${SECRET.email}`,
  ]);
  await q(`UPDATE outcome_surveys SET quote = quote || $2 WHERE laureate_id = $1`, [laureate.id, ` Joignez-nous au ${SECRET.typedPhone}.`]);
}

/** Names of every person the database knows: contacts and accounts. */
async function personNames(): Promise<string[]> {
  const rows: Array<{ name: string }> = await t.dataSource.query(
    `SELECT first_name || ' ' || last_name AS name FROM contacts UNION SELECT last_name FROM contacts WHERE length(last_name) > 3 UNION SELECT full_name FROM users`,
  );
  return rows.map((r) => r.name);
}

async function expectNoPersonalData(label: string, text: string): Promise<void> {
  const found = [EMAIL.exec(text)?.[0], PHONE.exec(text)?.[0], ...(await personNames()).filter((name) => text.includes(name))].filter(Boolean);
  expect({ label, found }).toEqual({ label, found: [] });
  for (const secret of Object.values(SECRET)) expect(text).not.toContain(secret);
}

const get = (path: string) => request(t.http).get(path);

/** RFC 4180, as written by the export (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('season publication', () => {
  it('lists season 1 published with its welcome text and season 2 not published (demo)', async () => {
    const res = await request(t.http).get('/api/season-publications').set(bearer(lead));
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('season-publications 0-1/2');
    const byId = new Map(res.body.map((s: { id: number }) => [s.id, s]));
    expect(byId.get(season1)).toMatchObject({ year: 2022, published: true, welcomeText: expect.stringContaining('9 initiatives') });
    expect(byId.get(season2)).toMatchObject({ year: 2023, published: false, welcomeText: null });
  });

  it('follows the list protocol: sort, range, the published filter; an unknown sort field is a 400 naming the fields', async () => {
    const list = (query: object) => request(t.http).get('/api/season-publications').query(query).set(bearer(lead));
    const byYear = await list({ sort: '["year","ASC"]', range: '[0,0]' });
    expect(byYear.headers['content-range']).toBe('season-publications 0-0/2');
    expect(byYear.body.map((s: { year: number }) => s.year)).toEqual([2022]);
    expect((await list({ filter: '{"published":false}' })).body.map((s: { id: number }) => s.id)).toEqual([season2]);
    const bad = await list({ sort: '["secret","ASC"]' }).set('Accept-Language', 'en');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/sortable fields: .*year/);
  });

  it('is a programme lead’s act: a manager is refused, anonymous too', async () => {
    expect((await request(t.http).post(`/api/season-publications/${season2}/publish`).set(bearer(manager))).status).toBe(403);
    expect((await request(t.http).post(`/api/season-publications/${season2}/publish`)).status).toBe(401);
    expect((await request(t.http).get('/api/season-publications').set(bearer(manager))).status).toBe(403);
  });

  it('edits the welcome text with optimistic locking, audited', async () => {
    const before = (await request(t.http).get(`/api/season-publications/${season2}`).set(bearer(lead))).body;
    // As react-admin sends it: the whole record read, one field changed (the others are ignored, publication included).
    const res = await request(t.http).put(`/api/season-publications/${season2}`).set(bearer(lead)).send({ ...before, welcomeText: 'Bienvenue à la saison 2', published: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ welcomeText: 'Bienvenue à la saison 2', version: before.version + 1, published: false });
    const stale = await request(t.http).put(`/api/season-publications/${season2}`).set(bearer(lead)).send({ welcomeText: 'Autre', version: before.version });
    expect(stale.status).toBe(409);
    const [event] = await t.dataSource.query(`SELECT actor_email, changes FROM audit_events WHERE resource = 'season-publications' AND record_id = $1 ORDER BY id DESC LIMIT 1`, [String(season2)]);
    expect(event).toMatchObject({ actor_email: 'pilote@demo.aic.test', changes: { welcomeText: { before: null, after: 'Bienvenue à la saison 2' } } });
  });

  it('publishes and unpublishes explicitly: the public page follows, each act audited', async () => {
    expect((await get('/resultats/2023')).status).toBe(404);
    const published = await request(t.http).post(`/api/season-publications/${season2}/publish`).set(bearer(lead));
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ published: true, publishedAt: expect.any(String) });
    expect((await get('/resultats/2023')).status).toBe(200);
    expect((await get('/resultats/2023/donnees/laureats.csv')).status).toBe(200);

    expect((await request(t.http).post(`/api/season-publications/${season2}/unpublish`).set(bearer(lead))).body).toMatchObject({ published: false, publishedAt: null });
    const gone = await get('/resultats/2023');
    expect(gone.status).toBe(404);
    expect(gone.headers['content-type']).toMatch(/^text\/html/);
    expect(gone.text).toContain('Page non trouvée');
    expect((await get('/resultats/2023/donnees/laureats.csv')).status).toBe(404);
    const events = await t.dataSource.query(`SELECT changes FROM audit_events WHERE resource = 'season-publications' AND record_id = $1 ORDER BY id`, [String(season2)]);
    expect(events.map((e: { changes: { published?: { after: boolean } } }) => e.changes.published?.after)).toEqual([undefined, true, false]);
  });
});

describe('GET /resultats/:year (public, no login)', () => {
  it('renders the published season on the server, in French, with the DSFR stylesheet and no script', async () => {
    const res = await get('/resultats/2022');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).toContain('<html lang="fr"');
    expect(res.text).toContain('<h1>Résultats de la saison 2022</h1>');
    expect(res.text).not.toMatch(/<script/i);
    expect(res.text).not.toContain('AIC admin'); // not the admin's index.html
    const css = await request(t.http).get('/resultats/dsfr/dsfr.min.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    const font = (css.text.match(/fonts\/(Marianne-Regular\.woff2)/) ?? [])[1];
    expect((await request(t.http).get(`/resultats/dsfr/fonts/${font}`)).headers['content-type']).toBe('font/woff2');
  });

  it('shows the 9 laureates with their mission and partners, the figures with charts and their tables, and the open-data links', async () => {
    const { text } = await get('/resultats/2022');
    const laureates: Array<{ name: string; tagline: string }> = await t.dataSource.query(`SELECT name, tagline FROM laureates WHERE season_id = $1`, [season1]);
    expect(laureates).toHaveLength(9);
    for (const l of laureates) expect(text).toContain(`>${l.name}</h3>`);
    expect(text).toContain('Météo-France');
    expect(text).toContain('<strong>Pour le déploiement</strong> (depuis avril 2022)');
    expect(text).toMatch(/<strong class="aic-figure">9<\/strong> initiatives lauréates accompagnées/);
    expect(text).toMatch(/<strong class="aic-figure">5<\/strong> renouvelées en phase 2/);
    // The programme's published outcomes, from the validated outcome surveys.
    expect(text).toMatch(/<strong class="aic-figure">8 sur 9<\/strong> lauréats ont gagné 12 à 24 mois/);
    expect(text).toMatch(/<strong class="aic-figure">7 sur 9<\/strong> lauréats financés/);
    expect(text).toMatch(/<strong class="aic-figure">3<\/strong> actions interministérielles mises en place/);
    const autonomous = Number(/<strong class="aic-figure">(\d) sur 9<\/strong> lauréats autonomes/.exec(text)?.[1]);
    expect(autonomous / 9).toBeGreaterThan(2 / 3);
    expect(text).toContain('Nouvelles stations météorologiques');
    expect(text).toContain('« Le coup d&#39;accélérateur a été flagrant.');
    expect(text.match(/<svg role="img"/g)?.length).toBeGreaterThanOrEqual(4);
    expect(text).toContain('<caption>Actions d’accompagnement réalisées par axe (données du graphique)</caption>');
    for (const f of OPEN_DATA_FILES) expect(text).toContain(`href="/resultats/2022/donnees/${f.name}.csv"`);
  });

  it('answers 404 for an unpublished, unknown or malformed year, also with the admin served at /', async () => {
    for (const path of ['/resultats/2023', '/resultats/1999', '/resultats/abcd', '/resultats/2022/donnees/inconnu.csv', '/resultats/2023/donnees/laureats.json']) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.text).not.toContain('AIC admin');
    }
  });

  it('is reached with a trailing slash or another letter case too, never the admin\'s page', async () => {
    for (const path of ['/resultats/2022/', '/RESULTATS/2022']) {
      const res = await get(path);
      expect({ path, status: res.status, page: res.text.includes('<h1>Résultats de la saison 2022</h1>') }).toEqual({ path, status: 200, page: true });
    }
  });

  it('lists the published seasons at /resultats', async () => {
    const { status, text } = await get('/resultats');
    expect(status).toBe(200);
    expect(text).toContain('href="/resultats/2022"');
    expect(text).not.toContain('href="/resultats/2023"');
  });
});

describe('open data of a published season', () => {
  it('gives each file as CSV (UTF-8, comma) and JSON with the same rows, valid against its Table Schema', async () => {
    for (const file of OPEN_DATA_FILES) {
      const schema = JSON.parse((await get(`/resultats/2022/donnees/${file.name}.schema.json`)).text);
      expect(schema.$schema).toBe('https://frictionlessdata.io/schemas/table-schema.json');
      const names = schema.fields.map((f: { name: string }) => f.name);
      const csv = await get(`/resultats/2022/donnees/${file.name}.csv`);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      const [header, ...rows] = parseCsv(csv.text);
      expect(header).toEqual(names);
      const json: Array<Record<string, unknown>> = JSON.parse((await get(`/resultats/2022/donnees/${file.name}.json`)).text);
      expect(rows).toHaveLength(json.length);
      expect(json.length).toBeGreaterThan(0);
      json.forEach((record, i) => {
        expect(Object.keys(record)).toEqual(names);
        expect(rows[i]).toEqual(names.map((n: string) => (record[n] === null ? '' : String(record[n]))));
        for (const field of schema.fields) {
          const value = record[field.name];
          if (value === null) {
            expect({ file: file.name, field: field.name, required: field.constraints?.required ?? false }).toMatchObject({ required: false });
            continue;
          }
          const ok = { string: typeof value === 'string', integer: Number.isInteger(value), number: typeof value === 'number', date: /^\d{4}-\d{2}-\d{2}$/.test(String(value)), boolean: typeof value === 'boolean' }[field.type as string];
          expect({ file: file.name, field: field.name, value, ok }).toMatchObject({ ok: true });
          if (field.constraints?.enum) expect(field.constraints.enum).toContain(value);
        }
      });
    }
  });

  it('has the season’s laureates, partners and money', async () => {
    const laureates = JSON.parse((await get('/resultats/2022/donnees/laureats.json')).text);
    expect(laureates.map((l: { nom: string }) => l.nom)).toContain('Infoclimat');
    expect(laureates).toHaveLength(9);
    const grants = JSON.parse((await get('/resultats/2022/donnees/financements.json')).text);
    expect(new Set(grants.map((g: { laureat_id: number }) => g.laureat_id)).size).toBe(7);
    const pack = JSON.parse((await get('/resultats/2022/donnees/datapackage.json')).text);
    expect(pack.resources.map((r: { path: string }) => r.path)).toEqual(OPEN_DATA_FILES.map((f) => `${f.name}.csv`));
  });
});

describe('no personal data in public', () => {
  it('the page, the index and every open-data file carry no e-mail, phone number or person name', async () => {
    await expectNoPersonalData('page', (await get('/resultats/2022')).text);
    await expectNoPersonalData('index', (await get('/resultats')).text);
    for (const file of OPEN_DATA_FILES) {
      for (const ext of ['csv', 'json']) await expectNoPersonalData(`${file.name}.${ext}`, (await get(`/resultats/2022/donnees/${file.name}.${ext}`)).text);
    }
  });

  it('the mission typed with an e-mail and a phone number is published without them', async () => {
    const { text } = await get('/resultats/2022');
    expect(text).toContain('Écrire à [coordonnées retirées] ou au [coordonnées retirées].');
  });
});
