import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { autocomplete, checkA11y, exportedCsv, listedFieldsOnReload, pick } from './accompaniment-helpers';
import type { Response } from 'playwright-core';
import { apiGet, type Browser, launchBrowser, login } from './browser';

describe('Accompaniment, as the programme lead', () => {
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const name = `Commun éphémère e2e ${suffix}`;
  const tab = (label: string) => browser.page.getByRole('tab', { name: label, exact: true });

  beforeAll(async () => {
    browser = await launchBrowser();
    await login(browser.page, 'pilote@demo.aic.test');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sees the programme overview of the current season', async () => {
    const { page } = browser;
    await page.getByRole('heading', { level: 1, name: 'Vue d’ensemble du programme' }).waitFor();
    await page.getByRole('region', { name: 'Lauréats par phase' }).getByRole('link', { name: /lauréats? — Phase 1$/ }).waitFor();
    // What a lead needs first: the next committee and its readiness, the season's money, what waits for them.
    const next = page.getByRole('region', { name: 'Prochain comité' });
    await next.getByRole('link', { name: "Comité d'accélération — saison 2" }).waitFor();
    await next.getByText(/^\d+ lauréats? à l’ordre du jour$/).waitFor();
    await next.getByText(/^0 décision enregistrée sur \d+$/).waitFor();
    const money = page.getByRole('region', { name: 'Financements de la saison' });
    await money.getByText('Enveloppe', { exact: true }).waitFor();
    expect(await money.getByRole('definition').first().textContent()).toMatch(/^[\d\s]+\s€$/);
    await page.getByRole('region', { name: 'Ce qui vous attend' }).waitFor();
    await checkA11y(page);

    // The season's laureates counted by phase, read with the two fields the tiles count (meta.fields).
    const seasons = await apiGet<Array<{ id: number; status: string }>>(page, '/api/seasons', { sort: ['year', 'DESC'], range: [0, 49] });
    const season = seasons.find((s) => s.status === 'accompaniment') ?? seasons[0];
    const laureates = await apiGet<Array<{ phase: string }>>(page, '/api/laureates', { filter: { seasonId: season.id }, range: [0, 999] });
    const inPhase1 = laureates.filter((l) => l.phase === 'phase1').length;
    const read: Array<Promise<string[]>> = [];
    const collect = (response: Response) => {
      if (/\/api\/laureates\?.*fields=/.test(response.url())) read.push(response.json().then((rows: object[]) => [...new Set(rows.flatMap((row) => Object.keys(row)))].sort()));
    };
    page.on('response', collect);
    await page.reload();
    await page.getByRole('region', { name: 'Lauréats par phase' }).getByRole('link', { name: new RegExp(`^${inPhase1} lauréats? — Phase 1$`) }).waitFor();
    page.off('response', collect);
    expect(await Promise.all(read)).toEqual([['health', 'id', 'phase']]);
  });

  it('creates a laureate and assigns its manager and referent', async () => {
    const { page } = browser;
    await page.getByRole('navigation').getByRole('menuitem', { name: 'Lauréats', exact: true }).click();
    await page.getByRole('link', { name: 'Créer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouveau lauréat' }).waitFor();
    await page.getByLabel('Nom').fill(name);
    await pick(page, page.getByRole('combobox', { name: /^Saison/ }), 'Saison 2 — Communs');
    await pick(page, page.getByRole('combobox', { name: /^Chargé d'accélération/ }), 'Camille Chargée-A (démo)');
    await page.getByLabel('Mission').fill('Nous proposons un commun de démonstration.');
    await checkA11y(page);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();

    await page.getByRole('navigation').getByRole('menuitem', { name: 'Référents' }).click();
    await page.getByRole('link', { name: 'Créer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Affecter un référent' }).waitFor();
    await autocomplete(page, page.getByLabel('Lauréat'), 'ephemere', name);
    await pick(page, page.getByRole('combobox', { name: /^Référent\b/ }), 'Rose Référente-B (démo)');
    await checkA11y(page);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Référents' }).waitFor();
    await page.locator('tbody tr', { hasText: name }).waitFor();
  });

  it('fills the new laureate: objective, partner, team member', async () => {
    const { page } = browser;
    await page.locator('tbody tr', { hasText: name }).getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('Rose Référente-B (démo) (Référent interministériel)').waitFor();

    await tab('Feuille de route').click();
    await page.getByRole('link', { name: 'Ajouter un objectif (Intégrer)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvel objectif' }).waitFor();
    await page.getByRole('textbox', { name: /^Objectif/ }).fill(`Conventionner avec un ministère ${suffix}`);
    await checkA11y(page);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('region', { name: 'Intégrer' }).getByRole('heading', { name: `Conventionner avec un ministère ${suffix}` }).waitFor();

    await tab('Partenaires publics').click();
    await page.getByRole('link', { name: 'Ajouter un partenaire public' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouveau partenaire public' }).waitFor();
    await autocomplete(page, page.getByLabel('Partenaire public'), 'meteo', 'Météo-France');
    await pick(page, page.getByRole('combobox', { name: /^Objet/ }), 'Données');
    await checkA11y(page);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('region', { name: /^Identifié/ }).getByRole('link', { name: 'Météo-France', exact: true }).waitFor();
    const advance = page.getByRole('button', { name: /^Étape suivante : passer « Météo-France »/ });
    const inStage = (stage: RegExp) => page.getByRole('region', { name: stage }).getByRole('link', { name: 'Météo-France', exact: true });
    await advance.click();
    await inStage(/^Mis en relation/).waitFor();
    // Undone from the notification: back to the stage it was in.
    await page.getByRole('button', { name: 'Annuler', exact: true }).click();
    await inStage(/^Identifié/).waitFor();
    await advance.click();
    await inStage(/^Mis en relation/).waitFor();

    await tab('Équipe').click();
    await page.getByRole('link', { name: 'Ajouter un membre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouveau contact' }).waitFor();
    await page.getByLabel('Prénom').fill('Lina');
    await page.getByRole('textbox', { name: /^Nom/ }).fill(`Fictive ${suffix}`);
    await page.getByLabel('Rôle dans le projet').fill('Coordinatrice');
    await checkA11y(page);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.locator('tbody tr', { hasText: `Lina Fictive ${suffix}` }).getByText('Coordinatrice').waitFor();
    await checkA11y(page);
  });

  it('archives a laureate that has a history instead of deleting it, and restores it', async () => {
    const { page } = browser;
    await tab("Vue d'ensemble").click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    // Its roadmap and partner are a history: no delete, an archive that says what it keeps.
    await page.getByRole('button', { name: 'Archiver' }).waitFor();
    expect(await page.getByRole('button', { name: /^Supprimer/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Archiver' }).click();
    const dialog = page.getByRole('dialog', { name: `Archiver « ${name} » ?` });
    await dialog.getByText(/a un historique \(.*objectif.*\) : il ne peut pas être supprimé/).waitFor();
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Archiver' }).click();
    await page.getByText(/^Lauréat archivé le .* : consultable, non modifiable\.$/).waitFor();
    expect(await page.getByRole('link', { name: 'Éditer' }).count()).toBe(0);
    await checkA11y(page);

    // Out of the laureates list by default; there with the "Archivé" filter.
    await page.goto('/#/laureates');
    await page.getByRole('heading', { level: 1, name: 'Lauréats' }).waitFor();
    await page.goto(`/#/laureates?filter=${encodeURIComponent(JSON.stringify({ q: name }))}`);
    await page.getByText('Aucun résultat').first().waitFor();
    await page.goto(`/#/laureates?filter=${encodeURIComponent(JSON.stringify({ q: name, archived: true }))}`);
    await page.locator('tbody tr', { hasText: name }).click();

    await page.getByRole('button', { name: 'Restaurer' }).click();
    await page.getByRole('link', { name: 'Éditer' }).waitFor();
    expect(await page.getByText(/^Lauréat archivé le/).count()).toBe(0);
  });

  it('searches the journal by whole words, as its search field says', async () => {
    const { page } = browser;
    await page.goto('/#/interactions');
    await page.getByRole('heading', { level: 1, name: 'Journal des échanges' }).waitFor();
    // Each entry dated to the minute, as on the laureate's page (no seconds).
    expect((await page.locator('tbody tr td.column-occurredAt').first().textContent())?.trim()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const search = page.getByRole('searchbox', { name: 'Rechercher (mots entiers)' });
    await search.fill('CLOTURE promotion');
    await page.locator('tbody tr', { hasText: 'Événement de clôture de la 1re promotion' }).first().waitFor();
    await search.fill('clôt');
    await page.getByText('Aucun résultat').first().waitFor();
    await checkA11y(page);
  });

  it('lists the laureates with the fields its columns show, and exports them whole', async () => {
    const { page } = browser;
    await page.goto(`/#/laureates?filter=${encodeURIComponent('{}')}`); // not the search an earlier test left
    await page.getByRole('heading', { level: 1, name: 'Lauréats' }).waitFor();
    expect(await listedFieldsOnReload(page, 'laureates')).toEqual(['accelerationManagerId', 'health', 'id', 'name', 'phase', 'seasonId', 'track', 'updatedAt']);
    await page.locator('tbody tr').first().waitFor();
    // Every column has values: a field the list did not ask for would show empty.
    const [first] = await apiGet<Array<{ name: string }>>(page, '/api/laureates', { sort: ['name', 'ASC'], range: [0, 0] });
    const row = page.locator('tbody tr', { hasText: first.name }).first();
    const cells = (await row.locator('td').allTextContents()).map((text) => text.trim());
    expect(cells.slice(0, 7).filter((text) => text === '')).toEqual([]);

    // The export reads whole laureates: its columns beyond the list's (territory, website…) are filled.
    const { columns, lines } = await exportedCsv(page);
    const website = columns.indexOf('Site web');
    expect(website).toBeGreaterThan(0);
    const whole = await apiGet<Array<{ name: string; website: string | null }>>(page, '/api/laureates', { sort: ['name', 'ASC'], range: [0, 999] });
    const withSite = whole.find((l) => l.website);
    expect(withSite).toBeDefined();
    expect(lines.find((line) => line.split(';')[columns.indexOf('Nom')] === withSite!.name)?.split(';')[website]).toBe(withSite!.website);
  });

  it('lists the actions with the fields its columns and buttons read, and exports them whole', async () => {
    const { page } = browser;
    await page.goto(`/#/actions?filter=${encodeURIComponent('{}')}`);
    await page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    expect(await listedFieldsOnReload(page, 'actions')).toEqual(['axis', 'dueOn', 'id', 'laureateId', 'ownerId', 'status', 'title', 'version']);
    await page.locator('tbody tr').first().waitFor();

    // The export reads whole actions: their descriptions, which the list does not show, are in it.
    const { columns, lines } = await exportedCsv(page);
    const actions = await apiGet<Array<{ id: number; description: string | null }>>(page, '/api/actions', { sort: ['dueOn', 'ASC'], range: [0, 999] });
    const described = actions.find((action) => action.description && !/[";\r\n]/.test(action.description));
    expect(described).toBeDefined();
    const line = lines.find((l) => l.startsWith(`${described!.id};`));
    expect(line?.split(';')[columns.indexOf('Description')]).toBe(described!.description);
  });

  it('lists the journal with the fields its columns show, and exports its entries whole', async () => {
    const { page } = browser;
    await page.goto(`/#/interactions?filter=${encodeURIComponent('{}')}`); // not the search an earlier test left
    await page.getByRole('heading', { level: 1, name: 'Journal des échanges' }).waitFor();
    expect(await listedFieldsOnReload(page, 'interactions')).toEqual(['followUp', 'id', 'kind', 'laureateId', 'occurredAt', 'title']);
    await page.locator('tbody tr').first().waitFor();

    const { columns, lines } = await exportedCsv(page);
    const entries = await apiGet<Array<{ id: number; summary: string | null }>>(page, '/api/interactions', { sort: ['occurredAt', 'DESC'], range: [0, 999] });
    const summarised = entries.find((entry) => entry.summary && !/[";\r\n]/.test(entry.summary));
    expect(summarised).toBeDefined();
    const line = lines.find((l) => l.startsWith(`${summarised!.id};`)); // the id first
    expect(line?.split(';')[columns.indexOf('Résumé')]).toBe(summarised!.summary);
  });
});
