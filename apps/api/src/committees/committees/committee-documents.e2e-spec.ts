import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { readPdf } from '../../../test/pdf-reader.js';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let p: Programme;
let committeeId: number;

const pdfOf = (url: string, token: string, language = 'fr') =>
  request(t.http).get(url).set(bearer(token)).set('Accept-Language', language).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
const lead = (method: 'post' | 'get', url: string, body: object = {}, language = 'fr') =>
  request(t.http)[method](url).set(bearer(p.tokens.lead)).set('Accept-Language', language).send(body);

beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'documents');
  committeeId = (await lead('post', '/api/committees', { seasonId: p.seasonId, kind: 'acceleration', title: 'Comité de juillet', heldOn: '2026-07-10', place: 'Paris' })).body.id;
  for (const laureateId of [p.laureates.own, p.laureates.other]) await lead('post', '/api/agenda-items', { committeeId, laureateId });
  await lead('post', '/api/decisions', { committeeId, laureateId: p.laureates.own, outcome: 'continue_with_conditions', fundingGranted: 60000, conditions: 'Recruter une personne' });
  await lead('post', '/api/decisions', { committeeId, laureateId: p.laureates.other, outcome: 'stop', rationale: 'Projet arrivé à maturité' });
});
afterAll(() => t.close());

describe('GET /api/committees/:id/briefing.pdf', () => {
  it('is a tagged PDF in the UI language, with the page wording, the programme name and page numbers', async () => {
    const fr = await readPdf((await pdfOf(`/api/committees/${committeeId}/briefing.pdf`, p.tokens.lead)).body);
    const text = fr.pages.join(' ');
    expect(fr.language).toBe('fr-FR');
    expect(fr.title).toBe('Dossier de séance — Comité de juillet');
    expect(text).toContain('2 lauréats à l’ordre du jour');
    expect(text).toContain("Accélérateur d'Initiatives Citoyennes");
    expect(text).toMatch(new RegExp(`Page 1 sur ${fr.pages.length}`));
    expect(text).toContain('Infoclimat');
    expect(text).toContain('Poursuite sous conditions');
    expect(text).toContain('60 000 €');
    expect(fr.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI']));

    const en = await readPdf((await pdfOf(`/api/committees/${committeeId}/briefing.pdf`, p.tokens.lead, 'en')).body);
    expect(en.language).toBe('en-GB');
    expect(en.pages.join(' ')).toContain('Briefing pack — Comité de juillet');
    expect(en.pages.join(' ')).toMatch(/Page 1 of \d/);
    expect(en.pages.join(' ')).toContain('Continue with conditions');
  });
});

describe('closing: minutes and decision letters', () => {
  it('letters wait for the closing (409); closing drafts the minutes from the decisions; then one letter per laureate', async () => {
    expect((await pdfOf(`/api/committees/${committeeId}/decision-letters/${p.laureates.own}`, p.tokens.lead)).status).toBe(409);
    const closed = await lead('post', `/api/committees/${committeeId}/close`);
    expect(closed.status).toBe(200);
    const minutes: string = closed.body.committee.minutes;
    expect(minutes).toContain('Compte rendu — Comité de juillet');
    expect(minutes).toContain('1. Infoclimat — Poursuite sous conditions, financement accordé 60 000 €');
    expect(minutes).toContain('Conditions : Recruter une personne');
    expect(minutes).toContain('2. Vikidia — Arrêt');
    expect(minutes).toContain('Motifs : Projet arrivé à maturité');

    const letter = await readPdf((await pdfOf(`/api/committees/${committeeId}/decision-letters/${p.laureates.own}`, p.tokens.lead)).body);
    const text = letter.pages.join(' ');
    expect(text).toContain('Infoclimat');
    expect(text).toContain('Association Météo Libre documents');
    expect(text).toContain('Poursuite sous conditions');
    expect(text).toContain('L’accompagnement se poursuit en Phase 2 à compter du 10 juillet 2026');
    expect(letter.roles).toEqual(expect.arrayContaining(['H1', 'P']));
    const stopped = await readPdf((await pdfOf(`/api/committees/${committeeId}/decision-letters/${p.laureates.other}`, p.tokens.lead, 'en')).body);
    expect(stopped.pages.join(' ')).toContain('ends with this decision');
  });

  it('keeps minutes already written, writes English ones for an English UI, and refuses letters to others', async () => {
    const written = (await lead('post', '/api/committees', { seasonId: p.seasonId, kind: 'engagement', title: 'Comité écrit', heldOn: '2026-07-11', minutes: 'Compte rendu rédigé en séance.' })).body.id;
    await lead('post', '/api/agenda-items', { committeeId: written, laureateId: p.laureates.own });
    await lead('post', '/api/decisions', { committeeId: written, laureateId: p.laureates.own, outcome: 'continue' });
    expect((await lead('post', `/api/committees/${written}/close`)).body.committee.minutes).toBe('Compte rendu rédigé en séance.');

    const english = (await lead('post', '/api/committees', { seasonId: p.seasonId, kind: 'engagement', title: 'English one', heldOn: '2026-07-12' })).body.id;
    await lead('post', '/api/agenda-items', { committeeId: english, laureateId: p.laureates.own });
    await lead('post', '/api/decisions', { committeeId: english, laureateId: p.laureates.own, outcome: 'continue' });
    expect((await lead('post', `/api/committees/${english}/close`, {}, 'en')).body.committee.minutes).toContain('Minutes — English one');

    expect((await pdfOf(`/api/committees/${committeeId}/decision-letters/${p.laureates.own}`, p.tokens.manager)).status).toBe(403);
    expect((await pdfOf(`/api/committees/${committeeId}/decision-letters/999999`, p.tokens.lead)).status).toBe(404);
  });
});
