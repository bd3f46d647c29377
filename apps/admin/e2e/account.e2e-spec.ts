import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { baseUrl, type Browser, DEMO_PASSWORD, expectNoSeriousA11yViolations, launchBrowser, login } from './browser';

const api = async (path: string, init: RequestInit & { token?: string } = {}) => {
  const res = await fetch(`${baseUrl()}/api${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}) },
  });
  return { status: res.status, body: res.status === 204 ? null : await res.json() };
};

describe('Own account', () => {
  let browser: Browser;
  const email = `compte.${Date.now()}@demo.aic.test`;
  const first = 'premier-mot-de-passe';
  const second = 'second-mot-de-passe';

  beforeAll(async () => {
    browser = await launchBrowser();
    // A fresh account of its own, so that the demo accounts keep their password for the other journeys.
    const admin = await api('/auth/login', { method: 'POST', body: JSON.stringify({ email: 'admin@demo.aic.test', password: DEMO_PASSWORD }) });
    const created = await api('/users', { method: 'POST', token: admin.body.token, body: JSON.stringify({ email, fullName: 'Compte Fictif (test)', roles: ['referent'], password: first }) });
    expect(created.status).toBe(201);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('changes its own password from the user menu; the old one no longer works', async () => {
    const { page } = browser;
    await login(page, email, first);
    await page.getByRole('button', { name: 'Profil' }).click();
    await page.getByRole('menuitem', { name: 'Changer mon mot de passe' }).click();
    await page.getByLabel('Mot de passe actuel').waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('Mot de passe actuel').fill(first);
    await page.getByLabel(/^Nouveau mot de passe/).fill(second);
    await page.getByLabel('Confirmer le nouveau mot de passe').fill('pas-le-meme-mot-de-passe');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByText('Les deux mots de passe diffèrent').waitFor();

    await page.getByLabel('Confirmer le nouveau mot de passe').fill(second);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByText('Mot de passe changé').waitFor();

    expect((await api('/auth/login', { method: 'POST', body: JSON.stringify({ email, password: first }) })).status).toBe(401);
    expect((await api('/auth/login', { method: 'POST', body: JSON.stringify({ email, password: second }) })).status).toBe(200);
  });

  it('shows the API refusal of a wrong current password under its field', async () => {
    const { page } = browser;
    await page.goto('/#/account/password');
    await page.getByLabel('Mot de passe actuel').fill('pas-le-bon-mot-de-passe');
    await page.getByLabel(/^Nouveau mot de passe/).fill('troisieme-mot-de-passe');
    await page.getByLabel('Confirmer le nouveau mot de passe').fill('troisieme-mot-de-passe');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByText('Mot de passe actuel incorrect').waitFor();
  });
});
