import sparticuzChromium from '@sparticuz/chromium';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';

/** Issue 14: the login page of a fresh browser profile is usable within this time. */
export const FIRST_LOAD_TARGET_MS = 1_500;

export interface FirstLoad {
  /** Milliseconds from navigation to a visible e-mail field, one per fresh profile, for the product and the baseline. */
  productMs: number[];
  baselineMs: number[];
}

/** The least a login page can cost: one small HTML document with its form, from node:http. */
const BASELINE_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Connexion</title></head>
<body><main><h1>Connexion</h1><form><label for="email">Adresse électronique</label><input id="email" type="email">
<label for="password">Mot de passe</label><input id="password" type="password"><button>Se connecter</button></form></main></body></html>`;

async function startBaselinePage(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(BASELINE_PAGE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * The cold first load of the admin's login page (issue 14: it once took 10 s), each time in a fresh browser context
 * (empty cache and storage, like a new profile), alternating with the baseline page so that both see the same
 * machine load. The browser's own start is not counted: it is paid once, before the first navigation.
 */
export async function measureFirstLoad(productUrl: string, runs: number): Promise<FirstLoad> {
  const baseline = await startBaselinePage();
  const browser = await chromium.launch({
    executablePath: await sparticuzChromium.executablePath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const once = async (url: string): Promise<number> => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(url);
      await page.getByLabel('Adresse électronique').waitFor({ state: 'visible', timeout: 60_000 });
      return Math.round(performance.now() - start);
    } finally {
      await context.close();
    }
  };
  try {
    await once(baseline.url); // the browser's first page pays its own start-up costs
    const result: FirstLoad = { productMs: [], baselineMs: [] };
    for (let i = 0; i < runs; i++) {
      result.baselineMs.push(await once(baseline.url));
      result.productMs.push(await once(productUrl));
    }
    return result;
  } finally {
    await browser.close();
    await baseline.close();
  }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
};
