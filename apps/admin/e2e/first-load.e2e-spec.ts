import { afterEach, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { type Browser, expectNoSeriousA11yViolations, launchBrowser, login } from './browser';

// Generous against the ~0.5 s measured on 2 busy cores; the defect it guards against took 10–12 s (a logout loop).
const BOUND_MS = 5_000;

/** Milliseconds from `action` until the login form's e-mail field is visible. */
async function msUntilLoginForm(page: Page, action: () => Promise<unknown>): Promise<number> {
  const start = Date.now();
  await action();
  await page.getByLabel('Adresse électronique').waitFor({ state: 'visible', timeout: 30_000 });
  return Date.now() - start;
}

describe('First load of the admin', () => {
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it('shows the login form quickly to a fresh browser profile opening the home page', async () => {
    browser = await launchBrowser();
    const { page } = browser;
    const ms = await msUntilLoginForm(page, () => page.goto('/'));
    console.info(`cold first load of / in a fresh profile: ${ms} ms`);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(page.url()).toMatch(/#\/login$/);
    await expectNoSeriousA11yViolations(page);
  });

  it('shows the login form quickly at a deep address, and after an expired session', async () => {
    browser = await launchBrowser();
    const { page } = browser;
    const deep = await msUntilLoginForm(page, () => page.goto('/#/laureates'));
    console.info(`first load of /#/laureates in a fresh profile: ${deep} ms`);
    expect(deep).toBeLessThan(BOUND_MS);

    // A token the API no longer knows: the first request answers 401 and the session ends.
    await page.evaluate(() => {
      localStorage.setItem('aic.token', 'expired-token');
      localStorage.setItem('aic.user', JSON.stringify({ id: 1, fullName: 'Ex', roles: ['programme_lead'] }));
    });
    const expired = await msUntilLoginForm(page, () => page.goto('/#/laureates'));
    console.info(`load of /#/laureates with an expired session: ${expired} ms`);
    expect(expired).toBeLessThan(BOUND_MS);
  });

  it('shows the login form quickly after signing out', async () => {
    browser = await launchBrowser();
    const { page } = browser;
    await login(page, 'pilote@demo.aic.test');
    await page.getByRole('button', { name: 'Profil' }).click();
    const ms = await msUntilLoginForm(page, () => page.getByRole('menuitem', { name: 'Déconnexion' }).click());
    console.info(`sign out to login form: ${ms} ms`);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
