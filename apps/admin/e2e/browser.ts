import { DEMO_PASSWORD } from '@aic/domain';
import { AxeBuilder } from '@axe-core/playwright';
import sparticuzChromium from '@sparticuz/chromium';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@aic/domain';

/** The product this jest worker drives (global-setup.mjs starts one per worker). */
export const product = (): { baseUrl: string; proconnectPort: number } => {
  const envFile = resolve(dirname(fileURLToPath(import.meta.url)), '../../../.cache/jest-browser/e2e-env.json');
  const { products } = JSON.parse(readFileSync(envFile, 'utf8')) as { products: Array<{ baseUrl: string; proconnectPort: number }> };
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return products[(worker - 1) % products.length];
};

export const baseUrl = (): string => product().baseUrl;

export interface Browser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** Chromium from npm (@sparticuz/chromium) with a fresh profile, French locale. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'aic-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await sparticuzChromium.executablePath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 900 },
    baseURL: baseUrl(),
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/#/login');
  await page.getByLabel(/Adresse électronique|Email address/).fill(email);
  await page.getByLabel(/^(Mot de passe|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Se connecter|Sign in)$/ }).click();
  await page.getByRole('navigation').waitFor();
}

/** Notifications and dialogs: half-transparent while they fade in or out, which fails the contrast rule. */
const OVERLAYS = '.MuiSnackbarContent-root, .MuiDialog-paper, .MuiDialog-container, .MuiDialog-root .MuiBackdrop-root';

/**
 * axe on WCAG 2.1 A/AA rules, run in the page (legacy mode: the admin has no frames) with only the violations' nodes
 * sent back. By default @axe-core/playwright collects every frame's partial results (1–2 MB) and sends them, in chunks,
 * to a blank page it opens to finish the run: Playwright validating and copying those 3–5 MB a check was most of the
 * browser tests' own CPU (measured with a CPU profile of a test worker).
 */
const accessibilityCheck = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] }).setLegacyMode(true);

/** Fails on WCAG 2.1 A/AA violations of impact serious or critical, listing each with its nodes. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // Check the settled page, not a loading state, nor a notification or dialog half-faded (it would fail the contrast rule).
  await page.locator('[role="progressbar"]').first().waitFor({ state: 'detached' });
  // A notification may also start fading out (or in) while axe reads the page: the check is then made again, until the
  // page stayed the same during one (at most 3 times).
  const overlays = () => page.evaluate((selector) => [...document.querySelectorAll(selector)].map((el) => getComputedStyle(el).opacity).join(), OVERLAYS);
  let violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.waitForFunction((selector) => [...document.querySelectorAll(selector)].every((el) => getComputedStyle(el).opacity === '1'), OVERLAYS);
    const before = await overlays();
    ({ violations } = await accessibilityCheck(page).analyze());
    if ((await overlays()) === before) break;
  }
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length === 0) return;
  const report = serious
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
  throw new Error(`Accessibility violations on ${page.url()}:\n${report}`);
}

/** GET on the API with the session of the user logged in the page (token from localStorage). */
export async function apiGet<T>(page: Page, path: string, query: Record<string, unknown> = {}): Promise<T> {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, JSON.stringify(v)])).toString();
  return page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${localStorage.getItem('aic.token')}` } });
    return response.json();
  }, `${path}?${search}`);
}
