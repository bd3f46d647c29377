import { DEMO_PASSWORD } from '@aic/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { readPdf } from '../../../test/pdf-reader.js';
import { rasterisePdf } from '../../../test/pdf-raster.js';
import { bearer, login, startTestApp, type TestApp } from '../../../test/test-app.js';
import { seedDemoIfEmpty } from '../../demo/seed-demo.js';

/** The season-1 closing booklet from the demo data: one click, French, a page per laureate, drawn cleanly. */
let t: TestApp;
let lead: string;
let season1: number;
let laureates: Array<{ name: string; mission: string }>;

beforeAll(async () => {
  t = await startTestApp({ demo: true });
  await seedDemoIfEmpty(t.dataSource, () => {});
  [{ id: season1 }] = await t.dataSource.query(`SELECT id FROM seasons WHERE year = 2022`);
  laureates = await t.dataSource.query(`SELECT name, mission FROM laureates WHERE season_id = $1 ORDER BY name COLLATE "fr-x-icu"`, [season1]);
  lead = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
});
afterAll(() => t.close());

const pdfOf = (path: string) =>
  request(t.http).get(path).set(bearer(lead)).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('GET /api/season-publications/:id/booklet.pdf', () => {
  let pdf: Buffer;
  let elapsed: number;
  beforeAll(async () => {
    await pdfOf(`/api/season-publications/${season1}/booklet.pdf`); // warm-up: fonts and code loaded once per process
    const started = performance.now();
    const res = await pdfOf(`/api/season-publications/${season1}/booklet.pdf`);
    elapsed = performance.now() - started;
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="livret-saison-2022.pdf"');
    pdf = res.body;
  });

  it('is made for the 9 laureates of season 1 in under 3 s', () => {
    expect(laureates).toHaveLength(9);
    expect(elapsed).toBeLessThan(3000);
  });

  it('is a tagged French PDF: welcome, figures, then one page per laureate with its name and mission', async () => {
    const read = await readPdf(pdf);
    expect(read.language).toBe('fr-FR');
    expect(read.title).toBe('Livret de clôture — saison 2022');
    expect(read.roles).toEqual(expect.arrayContaining(['H1', 'H2', 'P', 'L', 'LI']));
    expect(read.pages).toHaveLength(2 + laureates.length);
    expect(read.pages[0]).toContain('Message de bienvenue');
    expect(read.pages[0]).toContain('9 initiatives d');
    expect(read.pages[1]).toContain('Le programme en chiffres');
    expect(read.pages[1]).toContain('9 initiatives lauréates accompagnées, dont 5 renouvelées en phase 2');
    expect(read.pages[1]).toContain('8 lauréats sur 9 ont gagné 12 à 24 mois');
    expect(read.pages[1]).toContain('3 actions interministérielles mises en place');
    expect(read.pages[1]).toContain('7 lauréats sur 9 financés');
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    laureates.forEach((l, i) => {
      const page = squeeze(read.pages[2 + i]);
      expect({ page: 3 + i, name: page.includes(squeeze(l.name)), mission: page.includes(squeeze(l.mission)) }).toEqual({ page: 3 + i, name: true, mission: true });
    });
    const infoclimat = read.pages[2 + laureates.findIndex((l) => l.name === 'Infoclimat')];
    for (const text of ['« Le coup d\'accélérateur a été flagrant.', 'Résultats', 'Partenaires publics embarqués', 'Pour le déploiement (depuis avril 2022)', 'Consolider', "Quelle suite après l'AIC ?", '2022 : ouverture de 5 nouvelles stations']) {
      expect(squeeze(infoclimat)).toContain(squeeze(text));
    }
  });

  it('draws its pages cleanly: the welcome, the figures and the fullest laureate page, ink inside the margins (PNG written for a human look)', async () => {
    const read = await readPdf(pdf);
    // Rasterising costs ~0.5 s a page here: the two opening pages and the laureate page with the most text, where an overflow would show first.
    const fullest = read.pages.slice(2).reduce((best, text, i, all) => (text.length > all[best].length ? i : best), 0) + 3;
    const numbers = [1, 2, fullest];
    const pages = await rasterisePdf(pdf, numbers);
    const out = process.env.AIC_BOOKLET_PNG_DIR;
    if (out) mkdirSync(out, { recursive: true });
    pages.forEach((p, i) => {
      if (out) writeFileSync(join(out, `livret-page-${numbers[i]}.png`), p.png);
      expect(p.png.subarray(1, 4).toString()).toBe('PNG');
      expect([p.width, p.height]).toEqual([596, 842]); // A4 (595.28 × 841.89 pt) at 72 dpi, rounded up
      expect(p.ink).toBeGreaterThan(0.005);
      const box = p.inkBox!;
      // The running header sits 30 pt from the top, the page number 35 pt from the bottom: nothing closer to an edge than 20 pt.
      const inside = box.left >= 20 && box.top >= 20 && box.right <= p.width - 20 && box.bottom <= p.height - 20;
      expect({ page: numbers[i], box, inside }).toMatchObject({ page: numbers[i], inside: true });
    });
  });
});

describe('GET /api/season-publications/:id/booklet.html', () => {
  it('is a printable French page with a chapter per laureate', async () => {
    const res = await request(t.http).get(`/api/season-publications/${season1}/booklet.html`).set(bearer(lead));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).toContain('<html lang="fr">');
    expect(res.text.match(/<section class="chapter" id="laureat-/g)).toHaveLength(9);
    for (const l of laureates) expect(res.text).toContain(`>${l.name}</h2>`);
    expect(res.text).toContain('break-before: page');
  });

  it('is refused to an acceleration manager', async () => {
    const manager = await login(t.http, 'charge.a@demo.aic.test', DEMO_PASSWORD);
    expect((await request(t.http).get(`/api/season-publications/${season1}/booklet.html`).set(bearer(manager))).status).toBe(403);
  });
});
