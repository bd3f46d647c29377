import { afterEach, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { type Browser, expectNoSeriousA11yViolations, launchBrowser, login } from './browser';

// Generous against the ~0.5 s measured on 2 busy cores; the defect it guards against took 10–12 s (a logout loop).
const BOUND_MS = 5_000;
// Issue 18: a first visit of the login page transfers at most 300 kB (compressed, as served; ~245 kB measured, 561 kB
// before the login page was split from react-admin). The time target (< 1.5 s) is the bench's: time is not deterministic.
const WEIGHT_LIMIT_BYTES = 300_000;

/** Bytes received (encoded, headers included, as DevTools' "transferred") and HTTP requests, per the browser (CDP). */
async function watchNetwork(page: Page): Promise<() => { bytes: number; requests: number }> {
  const cdp = await page.context().newCDPSession(page);
  const requests = new Set<string>();
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', (event) => {
    if (/^https?:/.test(event.request.url)) requests.add(event.requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (requests.has(event.requestId)) bytes += event.encodedDataLength;
  });
  await cdp.send('Network.enable');
  return () => ({ bytes: Math.round(bytes), requests: requests.size });
}

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

  it('shows the login form quickly to a fresh browser profile opening the home page, in under 300 kB', async () => {
    browser = await launchBrowser();
    const { page } = browser;
    const weight = await watchNetwork(page);
    const ms = await msUntilLoginForm(page, () => page.goto('/'));
    await page.waitForLoadState('networkidle'); // what the page fetches once shown: fonts, sign-in methods, demo accounts
    const { bytes, requests } = weight();
    console.info(`cold first load of / in a fresh profile: ${ms} ms, ${bytes} bytes in ${requests} requests`);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(bytes).toBeLessThanOrEqual(WEIGHT_LIMIT_BYTES);
    expect(page.url()).toMatch(/#\/login$/);
    // Still the DSFR look and its ProConnect button.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Marianne/);
    await page.getByRole('link', { name: /S’identifier avec\s*ProConnect/ }).waitFor();
    // The login page alone has no router: its forgotten-password link still opens that page (the app loads for it).
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
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
