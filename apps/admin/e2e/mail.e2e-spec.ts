import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, expectNoSeriousA11yViolations, launchBrowser, login } from './browser';

/**
 * E-mail on one machine (no SMTP_URL): an admin invites a person, reads the invitation in "Courriels envoyés", and its
 * link lets the person choose a password and sign in; the forgotten-password page answers without saying who exists.
 */
describe('Invitation, forgotten password, weekly digest', () => {
  let browser: Browser;
  const email = `invitee.${Date.now()}@demo.aic.test`;
  const password = 'mot-de-passe-choisi-par-moi';
  let link = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an admin invites a new user without a password and reads the e-mail in "Courriels envoyés"', async () => {
    const { page } = browser;
    await login(page, 'admin@demo.aic.test');
    await page.goto('/#/users/create');
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Nom complet').fill('Camille Invitée (test)');
    await page.getByLabel('Référent').check();
    await page.getByText('Laisser vide pour envoyer une invitation par courriel').waitFor();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: /Utilisateurs/ }).first().waitFor();

    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('menuitem', { name: 'Courriels envoyés' }).click();
    await page.getByRole('cell', { name: email }).click();
    await page.getByText('Boîte d’envoi (pas de serveur SMTP)').first().waitFor();
    // The page shows the list's row first (no body), then the whole message: wait for its body.
    const body = page.locator('pre', { hasText: 'Bonjour Camille Invitée (test),' });
    await body.waitFor();
    const text = await body.innerText();
    link = text.match(/https?:\/\/\S+#\/set-password\?token=[A-Za-z0-9_-]{43}/)?.[0] ?? '';
    expect(link).not.toBe('');
    await expectNoSeriousA11yViolations(page);
  });

  it('the link lets the person choose a password, once, then sign in', async () => {
    const { page } = browser;
    await page.evaluate(() => localStorage.clear());
    const { hash } = new URL(link);
    await page.goto(`/${hash}`);
    await page.getByRole('heading', { name: 'Activer votre compte' }).waitFor();
    await page.getByText(`Compte : Camille Invitée (test) (${email})`).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel(/^Nouveau mot de passe/).fill(password);
    await page.getByLabel('Confirmer le mot de passe').fill('un-autre-mot-de-passe');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByText('Les deux mots de passe diffèrent.').waitFor();
    await page.getByLabel('Confirmer le mot de passe').fill(password);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByText('Votre mot de passe est enregistré.').waitFor();

    await login(page, email, password);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`/${hash}`);
    await page.getByRole('heading', { name: 'Lien expiré ou déjà utilisé' }).waitFor();
  });

  it('the forgotten-password page, from the login page, gives the same answer for any address', async () => {
    const { page } = browser;
    await page.goto('/#/login');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { name: 'Mot de passe oublié' }).waitFor();
    await page.getByLabel(/Adresse électronique/).fill('personne@demo.aic.test');
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    await page.getByText('Si un compte actif utilise l’adresse personne@demo.aic.test').waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('a manager turns the Monday digest off from the user menu', async () => {
    const { page } = browser;
    await login(page, 'charge.b@demo.aic.test');
    await page.getByRole('button', { name: 'Profil' }).click();
    await page.getByRole('menuitem', { name: 'Récapitulatif hebdomadaire' }).click();
    const toggle = page.getByLabel('Recevoir le récapitulatif du lundi');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await expectNoSeriousA11yViolations(page);
    await page.locator('label[for="weekly-digest"]').click();
    await page.getByText('Vous ne recevrez plus le récapitulatif.').waitFor();
    await page.reload();
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await page.locator('label[for="weekly-digest"]').click();
    await page.getByText('Vous recevrez le récapitulatif chaque lundi.').waitFor();
  });
});
