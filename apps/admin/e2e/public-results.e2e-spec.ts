import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, expectNoSeriousA11yViolations, launchBrowser, login } from './browser';

/** The public results page of season 1 (published in the demo), without login, and its publication by the programme lead. */
describe('Public results', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows season 1 to anyone, in the DSFR look, with no serious or critical axe violation', async () => {
    const { page } = browser;
    const response = await page.goto('/resultats/2022');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Résultats de la saison 2022' }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(9);
    expect(await page.getByRole('img', { name: /Actions d’accompagnement réalisées par axe/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /laureats\.csv/ }).count()).toBe(1);
    // The DSFR stylesheet and its Marianne font are served by the same process.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Marianne/);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    await expectNoSeriousA11yViolations(page);
    expect((await page.goto('/resultats/2023'))?.status()).toBe(404);
  });

  it('is linked from the login page, for a visitor who lands there without an account', async () => {
    const { page } = browser;
    await page.goto('/#/login');
    await page.getByRole('link', { name: 'Résultats publiés des saisons, sans compte' }).click();
    await page.getByRole('link', { name: /Saison 1 .*\(2022\)/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Résultats de la saison 2022' }).waitFor();
  });

  it('is published and withdrawn by the programme lead from the publication screen', async () => {
    const { page } = browser;
    await login(page, 'pilote@demo.aic.test');
    await page.goto('/#/season-publications');
    await page.getByRole('cell', { name: 'Saison 2 — Communs', exact: true }).click();
    await page.getByRole('button', { name: 'Publier la saison' }).waitFor();
    await page.getByLabel('Message de bienvenue du livret').waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Publier la saison' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publier la saison' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Retirer la publication' }).waitFor();
    expect((await page.request.get('/resultats/2023')).status()).toBe(200);

    await page.getByRole('button', { name: 'Retirer la publication' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Retirer la publication' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Publier la saison' }).waitFor();
    expect((await page.request.get('/resultats/2023')).status()).toBe(404);
  });
});
