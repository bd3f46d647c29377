import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, expectNoSeriousA11yViolations, launchBrowser, login } from './browser';

const SAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/samples/demarches-simplifiees-export.csv');

describe('Import of applications from a Démarches Simplifiées export, as the programme lead', () => {
  let browser: Browser;
  const title = `Appel essai import ${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    await login(browser.page, 'pilote@demo.aic.test');
    // A call of its own (one per season and track), so that the test does not depend on the demo's calls.
    const created = await browser.page.evaluate(async (callTitle) => {
      const post = (path: string, body: object) =>
        fetch(path, { method: 'POST', headers: { Authorization: `Bearer ${localStorage.getItem('aic.token')}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
      const season = await post('/api/seasons', { name: `Saison ${callTitle}`, year: 2030 });
      return post('/api/calls', { seasonId: season.id, track: 'dinum', title: callTitle });
    }, title);
    expect(created).toMatchObject({ title });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('uploads the sample file, keeps the proposed mapping, and watches the progress reach 100 %', async () => {
    const { page } = browser;
    await page.getByRole('navigation').getByRole('menuitem', { name: 'Imports de candidatures' }).click();
    await page.getByRole('link', { name: 'Créer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer des candidatures' }).waitFor();
    await page.getByLabel('Appel à candidatures').selectOption({ label: `${title} (DINUM)` });
    await page.getByLabel(/^Fichier CSV ou XLSX/).setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Déposer et prévisualiser' }).click();

    // The preview and the mapping proposed from the DS headers.
    await page.waitForURL(/#\/application-imports\/\d+\/show$/);
    await page.getByRole('heading', { name: 'Aperçu des 10 premières lignes sur 20' }).waitFor();
    expect(await page.getByLabel(/^Nom du projet/).inputValue()).toBe('Nom du projet');
    expect(await page.getByLabel(/^Numéro de dossier/).inputValue()).toBe('ID');
    expect(await page.getByLabel(/^Structure porteuse/).inputValue()).toBe('Association titre');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Lancer l’import' }).click();
    await page.getByText('20 dossiers traités sur 20 (100 %)').waitFor();
    expect(await page.getByLabel('Progression de l’import').getAttribute('value')).toBe('100');
    await page.getByText('14 candidatures créées, 0 mises à jour, 0 inchangées, 6 lignes en erreur.').waitFor();
    await page.getByRole('heading', { name: 'Lignes en erreur' }).waitFor();
    // The rows come with their own request, after the heading: wait for the sixth before counting them.
    const errorRows = page.locator('section[aria-labelledby="import-errors"] tbody tr');
    await errorRows.nth(5).waitFor();
    expect(await errorRows.count()).toBe(6);
    await expectNoSeriousA11yViolations(page);
  });
});
