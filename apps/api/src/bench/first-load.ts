import sparticuzChromium from '@sparticuz/chromium';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright-core';

/** Issue 14: the login page of a fresh browser profile is usable within this time. */
export const FIRST_LOAD_TARGET_MS = 1_500;

/** Issue 18: what the login page's first visit transfers, compressed as served (the browser accepts br and gzip). */
export const FIRST_LOAD_TARGET_KB = 300;

/** What a page's cold load brought over the network, headers included, until the network was idle. */
export interface PageWeight {
  bytes: number;
  /** HTTP requests (data: URLs are not requests). */
  requests: number;
  /** The largest answers first, for the report. */
  largest: Array<{ path: string; bytes: number }>;
}

export interface FirstLoad {
  /** Milliseconds from navigation to a visible e-mail field, one per fresh profile, for the product and the baseline. */
  productMs: number[];
  baselineMs: number[];
  /** The product's heaviest cold load of the runs (they normally all weigh the same). */
  weight: PageWeight;
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
  const once = async (url: string, weigh?: (weight: PageWeight) => void): Promise<number> => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const network = weigh ? await watchNetwork(page) : null;
      const start = performance.now();
      await page.goto(url);
      await page.getByLabel('Adresse électronique').waitFor({ state: 'visible', timeout: 60_000 });
      const ms = Math.round(performance.now() - start);
      // The weight counts what the page fetches once shown too (fonts, the API's sign-in methods and demo accounts).
      if (network && weigh) {
        await page.waitForLoadState('networkidle');
        weigh(network.weight());
      }
      return ms;
    } finally {
      await context.close();
    }
  };
  try {
    await once(baseline.url); // the browser's first page pays its own start-up costs
    const result: FirstLoad = { productMs: [], baselineMs: [], weight: { bytes: 0, requests: 0, largest: [] } };
    const heaviest = (weight: PageWeight) => {
      if (weight.bytes >= result.weight.bytes) result.weight = weight;
    };
    for (let i = 0; i < runs; i++) {
      result.baselineMs.push(await once(baseline.url));
      result.productMs.push(await once(productUrl, heaviest));
    }
    return result;
  } finally {
    await browser.close();
    await baseline.close();
  }
}

/**
 * Counts a page's network traffic as DevTools' "transferred" does: the encoded (compressed) bytes received per
 * request, headers included (CDP `Network.loadingFinished.encodedDataLength`).
 */
export async function watchNetwork(page: Page): Promise<{ weight: () => PageWeight }> {
  const cdp = await page.context().newCDPSession(page);
  const urls = new Map<string, string>();
  const bytes = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (/^https?:/.test(event.request.url)) urls.set(event.requestId, event.request.url);
  });
  cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
  await cdp.send('Network.enable');
  return {
    weight: () => {
      const answers = [...urls].map(([id, url]) => ({ path: new URL(url).pathname, bytes: Math.round(bytes.get(id) ?? 0) }));
      return {
        bytes: answers.reduce((sum, answer) => sum + answer.bytes, 0),
        requests: answers.length,
        largest: answers.sort((a, b) => b.bytes - a.bytes).slice(0, 8),
      };
    },
  };
}
