import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, DEMO_ACCOUNTS, expectNoSeriousA11yViolations, launchBrowser, login } from './browser';

describe('Authentication and menus', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the demo accounts on the login page; picking one fills the form', async () => {
    const { page } = browser;
    await page.goto('/#/login');
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    for (const account of DEMO_ACCOUNTS) {
      await page.getByRole('button', { name: new RegExp(account.fullName.replace(/[()]/g, '\\$&')) }).waitFor();
    }
    expect(await page.title()).toContain('Connexion');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: /Paula Pilote/ }).click();
    expect(await page.getByLabel('Adresse électronique').inputValue()).toBe('pilote@demo.aic.test');
    expect(await page.getByLabel('Mot de passe').inputValue()).toBe('demo-aic');
  });

  it('has its accessibility check fail on a serious violation (an unnamed button, a low-contrast text)', async () => {
    const { page } = browser;
    await page.goto('/#/login');
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    await page.evaluate(() => {
      const main = document.querySelector('main') ?? document.body;
      main.insertAdjacentHTML('beforeend', '<button type="button" id="a11y-probe-button"></button><p id="a11y-probe-text" style="color:#ddd;background:#fff">Texte peu lisible</p>');
    });
    const failure = await expectNoSeriousA11yViolations(page).then(() => null, (error: Error) => error.message);
    await page.evaluate(() => document.querySelectorAll('[id^="a11y-probe-"]').forEach((probe) => probe.remove()));
    expect(failure).toMatch(/\[critical\] button-name: [^\n]*\n\s+#a11y-probe-button/);
    expect(failure).toMatch(/\[serious\] color-contrast: [^\n]*\n\s+#a11y-probe-text/);
  });

  it('shows an error, announced in an alert region, on a wrong password', async () => {
    const { page } = browser;
    await page.goto('/#/login');
    await page.getByLabel('Adresse électronique').fill('admin@demo.aic.test');
    await page.getByLabel('Mot de passe').fill('not-the-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();

    const alert = page.getByRole('alert').filter({ hasText: /\S/ });
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Adresse électronique ou mot de passe incorrect.');
    expect(page.url()).toContain('#/login');
    await expectNoSeriousA11yViolations(page);
  });

  it('shows the Utilisateurs menu to an admin only', async () => {
    const { page } = browser;
    await login(page, 'admin@demo.aic.test');
    const menu = page.getByRole('navigation', { name: 'Menu principal' });
    for (const entry of ['Utilisateurs', 'Saisons', 'Organisations', "Journal d'audit"]) {
      await menu.getByRole('menuitem', { name: entry }).waitFor();
    }
    await expectNoSeriousA11yViolations(page);

    // The audit trail dates its events to the second (the journals elsewhere to the minute).
    await menu.getByRole('menuitem', { name: "Journal d'audit" }).click();
    await page.getByRole('heading', { level: 1, name: "Journal d'audit" }).waitFor();
    expect((await page.locator('tbody tr td.column-occurredAt').first().textContent())?.trim()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);

    await page.getByRole('button', { name: 'Profil' }).click();
    await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();

    await login(page, 'referent.a@demo.aic.test');
    await menu.getByRole('menuitem', { name: 'Organisations' }).waitFor();
    // Only what a referent may read: no accounts, no audit log.
    const entries = await menu.getByRole('menuitem').allTextContents();
    expect(entries).toEqual(expect.arrayContaining(['Tableau de bord', 'Lauréats', 'Saisons', 'Organisations']));
    expect(entries).not.toContain('Utilisateurs');
    expect(entries).not.toContain("Journal d'audit");

    // Read-only role: no create button on the list.
    await menu.getByRole('menuitem', { name: 'Organisations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.getByRole('link', { name: 'Créer' }).count()).toBe(0);
  });

  it('switches the interface to English', async () => {
    const { page } = browser;
    const menu = page.getByRole('navigation');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();

    await menu.getByRole('menuitem', { name: 'Seasons' }).waitFor();
    const entries = await menu.getByRole('menuitem').allTextContents();
    expect(entries).toEqual(expect.arrayContaining(['Dashboard', 'Laureates', 'Seasons', 'Organisations']));
    expect(entries).not.toContain('Users');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectNoSeriousA11yViolations(page);
  });
});
