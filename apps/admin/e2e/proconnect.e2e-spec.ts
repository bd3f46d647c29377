import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestProvider, type TestProvider } from '../../api/test/proconnect-provider';
import { type Browser, baseUrl, expectNoSeriousA11yViolations, launchBrowser, login, product } from './browser';


describe('ProConnect sign-in', () => {
  let browser: Browser;
  let idp: TestProvider;

  beforeAll(async () => {
    idp = await startTestProvider(baseUrl(), product().proconnectPort);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await idp?.close();
  });

  it('button → ProConnect → back signed in → logout at ProConnect → login page', async () => {
    const { page } = browser;
    await page.goto('/#/login');
    const button = page.getByRole('link', { name: 'S’identifier avec ProConnect' });
    await button.waitFor();
    await expectNoSeriousA11yViolations(page);

    await button.click();
    await page.waitForURL(`${idp.issuer}/interaction/**`);
    await page.getByLabel('Adresse e-mail professionnelle').fill('charge.a@demo.aic.test');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('navigation', { name: 'Menu principal' }).waitFor();
    expect(page.url()).not.toContain('proconnect=');
    expect(await page.evaluate(() => localStorage.getItem('aic.signedInWith'))).toBe('proconnect');
    expect(idp.sessionCount()).toBe(1);

    await page.getByRole('button', { name: 'Profil' }).click();
    await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
    await page.getByRole('heading', { name: 'Déconnexion de ProConnect' }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    expect(page.url()).toBe(`${baseUrl()}/#/login`);
    expect(idp.sessionCount()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('aic.token'))).toBeNull();

    // ProConnect's session ended too: the button leads to its login step again.
    await button.click();
    await page.waitForURL(`${idp.issuer}/interaction/**`);
  });

  it('tells someone without an account, in French, with the way back to the login page', async () => {
    const { page } = browser;
    await page.getByLabel('Adresse e-mail professionnelle').fill('inconnu@interieur.gouv.fr');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aucun compte pour cette adresse' }).waitFor();
    expect(await page.getByText('inconnu@interieur.gouv.fr').count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: 'Retour à la page de connexion' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
  });

  it('an admin opens a domain to self-registration; an agent of it gets an account without a role', async () => {
    const { page } = browser;
    await login(page, 'admin@demo.aic.test');
    await page.goto('/#/self-registration-domains/create');
    await page.getByLabel(/^Domaine/).fill('@Interieur.gouv.fr');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('cell', { name: 'interieur.gouv.fr' }).waitFor();
    await expectNoSeriousA11yViolations(page);

    idp.expireSessions();
    await page.goto('/api/auth/proconnect/login');
    await page.getByLabel('Adresse e-mail professionnelle').fill('nouvel.agent@interieur.gouv.fr');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Votre compte a été créé' }).waitFor();
  });
});
