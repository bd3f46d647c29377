import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, expectNoSeriousA11yViolations, launchBrowser, login } from './browser';

describe('Organisations, as the programme lead', () => {
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const name = `Collectif Éphémère e2e ${suffix}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    await login(browser.page, 'pilote@demo.aic.test');
  });

  afterAll(async () => {
    await browser?.close();
  });

  const rows = () => browser.page.locator('tbody tr');

  /** Types in the list's search box and waits for the list to show exactly the expected names. */
  async function search(text: string, expected: string[]) {
    const { page } = browser;
    await page.getByLabel('Rechercher').fill(text);
    await page.waitForFunction(
      (names) => {
        const cells = [...document.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent);
        return cells.length === names.length && names.every((n, i) => cells[i] === n);
      },
      expected,
    );
  }

  it('finds an organisation by a name typed without accents', async () => {
    const { page } = browser;
    await page.getByRole('navigation').getByRole('menuitem', { name: 'Organisations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await rows().first().waitFor();
    expect(await rows().count()).toBe(25);
    await expectNoSeriousA11yViolations(page);

    await search('meteo', ['Météo-France']);
    await search('ministere de la culture', ['Ministère de la Culture']);
  });

  it('creates an organisation and finds it in the list', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Créer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle organisation' }).waitFor();
    await page.getByLabel('Nom').fill(name);
    await page.getByLabel('Sigle').fill('CEE');
    await page.getByLabel('Organisation de rattachement').fill('meteo');
    await page.getByRole('option', { name: 'Météo-France' }).click();
    await page.getByLabel('Territoire').fill('Occitanie');
    await page.getByLabel('Site web').fill('https://example.org/');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    // Redirected to the new record's page.
    await page.waitForURL(/#\/organisations\/\d+\/show$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('link', { name: 'Météo-France' }).waitFor();
    await page.getByRole('link', { name: 'https://example.org/' }).waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('navigation').getByRole('menuitem', { name: 'Organisations' }).click();
    await search(`ephemere e2e ${suffix}`, [name]);
    await expectNoSeriousA11yViolations(page);
  });
});
